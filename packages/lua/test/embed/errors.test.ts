import { describe, expect, it } from 'vitest';
import { LuaError, LuaState, LuaTable } from '../../src/index.js';

function caught(body: () => unknown): LuaError {
  try {
    body();
  } catch (e) {
    if (e instanceof LuaError) return e;
    throw e;
  }
  throw new Error('nothing was thrown');
}

describe('errors out of Lua', () => {
  it('are LuaError, an Error, with the Lua message', () => {
    const lua = new LuaState();
    const e = caught(() => lua.run('local t = nil; return t.x', { chunkName: '=chunk' }));
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('LuaError');
    expect(e.message).toBe("chunk:1: attempt to index local 't' (a nil value)");
    expect(e.value).toBe(e.message);
  });

  it('carry the Lua traceback, also at the top of the JS stack', () => {
    const lua = new LuaState();
    const e = caught(() => lua.run('local function f() error("x") end\nlocal function g() f() end\ng()', { chunkName: '=m' }));
    expect(e.traceback).toBe(
      "stack traceback:\n\t[C]: in function 'error'\n\tm:1: in function 'f'\n\tm:2: in function 'g'\n\tm:3: in main chunk\n\t[C]: ?",
    );
    expect(e.stack!.startsWith(`LuaError: m:1: x\n${e.traceback}\n    at `)).toBe(true);
  });

  it('carry the error value mapped, whatever its type', () => {
    const lua = new LuaState();
    const t = caught(() => lua.run('error({ code = 5 })'));
    expect(t.value).toBeInstanceOf(LuaTable);
    expect((t.value as LuaTable).get('code')).toBe(5);
    expect(t.message).toBe('(error object is a table value)');
    const n = caught(() => lua.run('error(1.5, 0)'));
    expect(n.value).toBe(1.5);
    expect(n.message).toBe('1.5');
    const nil = caught(() => lua.run('error()'));
    expect(nil.value).toBeUndefined();
    expect(nil.message).toBe('(error object is a nil value)');
    const bytes = caught(() => lua.run('error("\\255", 0)'));
    expect(bytes.value).toEqual(new Uint8Array([255]));
    expect(bytes.message).toBe('\ufffd');
  });

  it('include syntax errors, without a traceback', () => {
    const lua = new LuaState();
    const e = caught(() => lua.run('x = = 1', { chunkName: '=bad' }));
    expect(e.message).toBe("bad:1: unexpected symbol near '='");
    expect(e.traceback).toBeUndefined();
    expect(() => lua.load('return +')).toThrow(LuaError);
  });

  it('come from Lua functions called through their JS callables too', () => {
    const lua = new LuaState();
    const f = lua.load('error("inside", 0)');
    const e = caught(() => f());
    expect(e.message).toBe('inside');
    expect(e.traceback).toContain('in main chunk');
  });

  it('turn a stack overflow into the Lua error, not a JS RangeError', () => {
    const lua = new LuaState();
    const e = caught(() => lua.run('local function f() return 1 + f() end f()', { chunkName: '=deep' }));
    expect(e.message).toBe('deep:1: stack overflow');
  });

  it('leave the state usable', () => {
    const lua = new LuaState();
    caught(() => lua.run('error("first")'));
    expect(lua.run('return 1')).toEqual([1]);
  });
});

describe('LuaError made in JS', () => {
  it('takes its message from the value as Lua would print it', () => {
    expect(new LuaError('text').message).toBe('text');
    expect(new LuaError(3).message).toBe('3');
    expect(new LuaError(0.1).message).toBe('0.1');
    expect(new LuaError({}).message).toBe('(error object is a userdata value)');
    expect(new LuaError(undefined).message).toBe('(error object is a nil value)');
    expect(new LuaError('x').traceback).toBeUndefined();
  });
});
