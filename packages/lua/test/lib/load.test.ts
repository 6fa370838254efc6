import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileFunction } from '../../src/lib/load.js';
import { LuaError } from '../../src/runtime/errors.js';
import { LuaFunction } from '../../src/runtime/function.js';
import { LuaTable } from '../../src/runtime/table.js';
import { LuaState } from '../../src/state.js';

/** Runs `source` in a fresh state with every library (these tests read files and stdin) and returns what it printed. */
function run(source: string, setup?: (s: LuaState) => void): string {
  let out = '';
  const state = new LuaState({ grant: 'all', write: (s) => (out += s) });
  setup?.(state);
  state.run(source, { chunkName: '=test' });
  return out;
}

/** A standard input that hands out `pieces` one call at a time, then ''. */
function stdinOf(...pieces: string[]): () => string {
  let i = 0;
  return () => (i < pieces.length ? pieces[i++] : '');
}

describe('compileFunction', () => {
  it('gives the compiled function the environment it is asked for', () => {
    const env = new LuaTable();
    const fn = compileFunction('return 1', '=x', env);
    expect(fn).toBeInstanceOf(LuaFunction);
    expect((fn as LuaFunction).env).toBe(env);
  });

  it('returns syntax errors as lua5.1 words them', () => {
    expect(compileFunction('x =', '=name', new LuaTable())).toBe("name:1: unexpected symbol near '<eof>'");
  });

  it('refuses binary chunks with lua5.1 header messages when they are granted', () => {
    const env = new LuaTable();
    expect(compileFunction('\x1bLua', '=b', env, true)).toBe('b: unexpected end in precompiled chunk');
    const header = '\x1bLua\x51\x00\x01\x04\x08\x04\x08\x00';
    expect(compileFunction(header, '@f.luac', env, true)).toBe('f.luac: unexpected end in precompiled chunk');
    // A real lua5.1 chunk (a valid header and a body) is refused as a bad header.
    expect(compileFunction(`${header}\x00\x00\x00\x00`, '\x1bLua...', env, true)).toBe('binary string: bad header in precompiled chunk');
    expect(compileFunction('\x1bLuaQ-other-junk', 'name', env, true)).toBe('name: bad header in precompiled chunk');
  });

  it('refuses binary chunks outright when they are not granted', () => {
    expect(compileFunction('\x1bLua', '=b', new LuaTable())).toBe('b: attempt to load a binary chunk (not granted to this state)');
  });

  it('backs LuaState.loadRaw, which throws the message as the VM\'s LuaError', () => {
    const state = new LuaState({ grant: ['binary-chunks'] });
    let caught: unknown;
    try {
      state.loadRaw('\x1b', '=bin');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(LuaError);
    expect((caught as LuaError).value).toBe('bin: unexpected end in precompiled chunk');
  });
});

describe('loading from standard input', () => {
  it('reads all of stdin for loadfile() and names the chunk "=stdin"', () => {
    const out = run('local f = loadfile() print(f()) print(type(loadfile()))', (s) => {
      s.realm.readStdin = stdinOf('return 1', ' + 41');
    });
    // The second loadfile finds stdin at its end: an empty chunk.
    expect(out).toBe('42\nfunction\n');
  });

  it('reports stdin syntax errors under the name stdin', () => {
    const out = run('print(loadfile())', (s) => {
      s.realm.readStdin = stdinOf('x =\n');
    });
    expect(out).toBe("nil\tstdin:2: unexpected symbol near '<eof>'\n");
  });

  it('runs stdin with dofile() and skips a leading # line', () => {
    const out = run('print(dofile())', (s) => {
      s.realm.readStdin = stdinOf('#!/bin/lua\n', 'return select("#", 1, 2), 3');
    });
    expect(out).toBe('2\t3\n');
  });
});

describe('loadfile on the host file system', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deegen-load-'));

  it('reads bytes as latin1, so every byte survives', () => {
    const file = join(dir, 'bytes.lua');
    writeFileSync(file, Buffer.from([0x72, 0x65, 0x74, 0x75, 0x72, 0x6e, 0x20, 0x22, 0xe9, 0xff, 0x22]));
    expect(run(`local s = dofile(${JSON.stringify(file)}) print(#s, s:byte(1, 2))`)).toBe('2\t233\t255\n');
  });

  it('keeps line numbers after a # first line that has no newline', () => {
    const file = join(dir, 'hash.lua');
    writeFileSync(file, '# nothing else');
    expect(run(`print(select('#', dofile(${JSON.stringify(file)})))`)).toBe('0\n');
  });

  it('lets os.exit through a reader instead of treating it as a reader error', () => {
    let out = '';
    const state = new LuaState({ grant: ['os'], write: (s) => (out += s) });
    expect(() => state.run('print(load(function() os.exit(3) end)) print("after")', { chunkName: '=t' })).toThrow();
    expect(out).toBe('');
    expect(state.realm.exitStatus).toBe(3);
  });
});
