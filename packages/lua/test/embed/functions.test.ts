import { describe, expect, it } from 'vitest';
import { LuaError, LuaState, LuaTable, multi } from '../../src/index.js';
import type { LuaCallable } from '../../src/index.js';

describe('JS functions called from Lua', () => {
  it('get Lua arguments mapped, all of them, and no this', () => {
    const lua = new LuaState();
    let seen: { self: unknown; args: unknown[] } | undefined;
    lua.set('f', function (this: unknown, ...args: unknown[]) {
      seen = { self: this, args };
    });
    lua.run('f(1, nil, "s", true, {}, nil)');
    expect(seen!.self).toBeUndefined();
    expect(seen!.args).toHaveLength(6);
    expect(seen!.args.slice(0, 4)).toEqual([1, undefined, 's', true]);
    expect(seen!.args[4]).toBeInstanceOf(LuaTable);
  });

  it('receive the object first for method calls, as Lua passes it', () => {
    const lua = new LuaState();
    lua.set('obj', { name: 'o', describe: (self: LuaTable, suffix: string) => `${self.get('name') as string}${suffix}` });
    expect(lua.run('return obj:describe("!")')).toEqual(['o!']);
  });

  it('return no results for undefined, several for multi(), one for anything else', () => {
    const lua = new LuaState();
    lua.set('none', () => undefined);
    lua.set('several', () => multi(1, undefined, 'x'));
    lua.set('empty', () => multi());
    lua.set('array', () => [1, 2]);
    lua.set('nul', () => null);
    expect(lua.run('return select("#", none())')).toEqual([0]);
    expect(lua.run('return several()')).toEqual([1, undefined, 'x']);
    expect(lua.run('return select("#", several())')).toEqual([3]);
    expect(lua.run('return select("#", empty())')).toEqual([0]);
    expect(lua.run('local t = array() return type(t), t[1], t[2]')).toEqual(['table', 1, 2]);
    expect(lua.run('return select("#", nul()), nul()')).toEqual([1, undefined]);
  });

  it('raise a thrown Error as a Lua error with its message, which pcall catches', () => {
    const lua = new LuaState();
    lua.set('fail', () => {
      throw new TypeError('wrong type');
    });
    expect(lua.run('return pcall(fail)')).toEqual([false, 'wrong type']);
    expect(() => lua.run('fail()')).toThrow(LuaError);
    expect(() => lua.run('fail()')).toThrow('wrong type');
  });

  it('raise a thrown LuaError with its value, and other thrown values mapped', () => {
    const lua = new LuaState();
    lua.set('failTable', () => {
      throw new LuaError({ code: 1 });
    });
    lua.set('failString', () => {
      throw 'plain';
    });
    lua.set('failNumber', () => {
      throw 42;
    });
    expect(lua.run('local ok, e = pcall(failTable) return ok, type(e), e.code')).toEqual([false, 'table', 1]);
    expect(lua.run('return pcall(failString)')).toEqual([false, 'plain']);
    expect(lua.run('return pcall(failNumber)')).toEqual([false, 42]);
  });

  it('pass a Lua error raised through them unchanged, the very value', () => {
    const lua = new LuaState();
    lua.run('marker = {} function inner() error(marker) end');
    lua.set('viaJs', () => lua.call('inner'));
    expect(lua.run('local ok, e = pcall(viaJs) return ok, rawequal(e, marker)')).toEqual([false, true]);
    // And when JS catches it, it sees a LuaError whose value is the same table.
    lua.set('catching', () => {
      try {
        lua.call('inner');
      } catch (e) {
        return (e as LuaError).value === lua.get('marker');
      }
    });
    expect(lua.run('return catching()')).toEqual([true]);
  });

  it('raise a LuaError of another state by its message, its value belonging to that state', () => {
    const other = new LuaState();
    const lua = new LuaState();
    lua.set('otherString', () => other.run('error("from other", 0)'));
    lua.set('otherTable', () => other.run('error({})'));
    expect(lua.run('return pcall(otherString)')).toEqual([false, 'from other']);
    expect(lua.run('return pcall(otherTable)')).toEqual([false, '(error object is a table value)']);
  });

  it('can call back into Lua, on the thread that called them', () => {
    const lua = new LuaState({ grant: ['debug'] });
    // The stack a nested call sees is that of the coroutine calling the JS function, not the main thread's.
    lua.set('trace', () => lua.run('return debug.traceback("at", 2)')[0]);
    const [inCoroutine] = lua.run(
      'local function inCo() return (trace()) end local co = coroutine.create(function() return (inCo()) end) local _, r = coroutine.resume(co) return r',
      { chunkName: '=main' },
    );
    expect(inCoroutine).toBe("at\nstack traceback:\n\t[C]: in function 'trace'\n\tmain:1: in function 'inCo'\n\tmain:1: in function <main:1>");
  });

  it('refuse a yield from the Lua code they call, as lua5.1 refuses one across a C call', () => {
    const lua = new LuaState();
    lua.set('yieldInside', () => lua.run('coroutine.yield(1)'));
    const [ok, message] = lua.run('return coroutine.resume(coroutine.create(function() yieldInside() end))');
    expect(ok).toBe(false);
    expect(message).toContain('yield across');
  });

  it('show in tracebacks as C functions', () => {
    const lua = new LuaState();
    lua.set('host', () => {
      throw new Error('from host');
    });
    let e: LuaError | undefined;
    try {
      lua.run('host()', { chunkName: '=t' });
    } catch (x) {
      e = x as LuaError;
    }
    expect(e!.traceback).toBe("stack traceback:\n\t[C]: in function 'host'\n\tt:1: in main chunk\n\t[C]: ?");
  });
});

describe('Lua functions called from JS', () => {
  it('return all results as an array', () => {
    const lua = new LuaState();
    const [f] = lua.run('return function(...) return select("#", ...), ... end') as [LuaCallable];
    expect(f()).toEqual([0]);
    expect(f(1, undefined)).toEqual([2, 1, undefined]);
  });

  it('are what lua.call calls, by value or by global name', () => {
    const lua = new LuaState();
    lua.run('function add(a, b) return a + b end');
    expect(lua.call('add', 1, 2)).toEqual([3]);
    expect(lua.call(lua.get('add') as LuaCallable, 3, 4)).toEqual([7]);
  });

  it('include values with __call', () => {
    const lua = new LuaState();
    const [callable] = lua.run('return setmetatable({}, { __call = function(self, x) return x * 2 end })');
    lua.set('c', callable);
    expect(lua.call('c', 21)).toEqual([42]);
  });

  it('throw LuaError for values that cannot be called', () => {
    const lua = new LuaState();
    expect(() => lua.call('missing')).toThrow(LuaError);
    expect(() => lua.call('missing')).toThrow('attempt to call a nil value');
  });
});
