import { describe, expect, it } from 'vitest';
import { LuaState } from '../../src/index.js';

/**
 * Lua's collector is observable (weak tables, `__gc`): a value JS holds a handle to must count as
 * reachable, or a weak table would lose it while JS still uses it.
 */
describe('values held by JS handles', () => {
  it('stay in weak tables across a collection while JS holds them', () => {
    const lua = new LuaState();
    const [held, fn] = lua.run(`
      cache = setmetatable({}, { __mode = "v" })
      cache.t = {}
      cache.f = function() end
      cache.dropped = {}
      return cache.t, cache.f
    `);
    lua.run('collectgarbage()');
    expect(lua.run('return cache.t ~= nil, cache.f ~= nil, cache.dropped')).toEqual([true, true, undefined]);
    expect(lua.get('cache') !== undefined && held !== undefined && fn !== undefined).toBe(true);
  });
});
