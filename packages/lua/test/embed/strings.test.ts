import { describe, expect, it } from 'vitest';
import { LuaState } from '../../src/index.js';

/** Lua's bytes of a value that went in, as numbers. */
function bytesOf(lua: LuaState, v: unknown): unknown[] {
  return lua.call(lua.load('local s = ... return s:byte(1, -1)'), v);
}

describe('strings going into Lua', () => {
  const lua = new LuaState();

  it('are the UTF-8 bytes of JS text', () => {
    expect(bytesOf(lua, 'é€😀')).toEqual([0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
    expect(lua.call(lua.load('return #...'), 'é')).toEqual([2]);
  });

  it('keep zero bytes', () => {
    expect(bytesOf(lua, 'a\0b')).toEqual([0x61, 0, 0x62]);
  });

  it('turn a lone surrogate into U+FFFD', () => {
    expect(bytesOf(lua, '\ud800')).toEqual([0xef, 0xbf, 0xbd]);
  });

  it('are the bytes of a Uint8Array as they are, even when not UTF-8', () => {
    expect(bytesOf(lua, new Uint8Array([0xff, 0, 0xc3]))).toEqual([0xff, 0, 0xc3]);
  });

  it('take source text as UTF-8 and source bytes as they are', () => {
    expect(lua.run('return #"é"')).toEqual([2]);
    expect(lua.run(new Uint8Array([...new TextEncoder().encode('return "'), 0xe9, 0x22]))).toEqual([new Uint8Array([0xe9])]);
  });

  it('encode keys and global names as UTF-8 too', () => {
    lua.set('café', 1);
    expect(lua.run('return _G["caf\\195\\169"]')).toEqual([1]);
    expect(lua.get('café')).toBe(1);
  });
});

describe('strings coming out of Lua', () => {
  const lua = new LuaState();

  it('are JS text when they are valid UTF-8', () => {
    expect(lua.run('return "caf\\195\\169", "\\240\\159\\152\\128"')).toEqual(['café', '😀']);
  });

  it('keep zero bytes', () => {
    expect(lua.run('return "a\\0b", "\\0"')).toEqual(['a\0b', '\0']);
  });

  it('keep a leading byte order mark', () => {
    expect(lua.run('return "\\239\\187\\191x"')).toEqual(['\ufeffx']);
  });

  it('are Uint8Arrays of the exact bytes when they are not valid UTF-8', () => {
    const invalid = [
      [0xff], // never valid
      [0xc3], // truncated sequence
      [0xc0, 0x80], // overlong NUL
      [0xed, 0xa0, 0x80], // an encoded surrogate
      [0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
      [0x61, 0x00, 0xe9], // valid then latin-1
    ];
    for (const bytes of invalid) {
      const source = `return "${bytes.map((b) => `\\${b}`).join('')}"`;
      expect(lua.run(source), source).toEqual([new Uint8Array(bytes)]);
    }
  });

  it('round-trip byte for byte through JS whatever they hold', () => {
    const echo = lua.load('return ...');
    const all = new Uint8Array(256).map((_, i) => i);
    const [back] = echo(all);
    expect(back).toEqual(all);
    expect(echo(...echo('é\0x'))).toEqual(['é\0x']);
  });

  it('are always Uint8Arrays with strings: "bytes"', () => {
    const bytes = new LuaState({ strings: 'bytes' });
    expect(bytes.run('return "ab", "é"')).toEqual([new Uint8Array([0x61, 0x62]), new Uint8Array([0xc3, 0xa9])]);
    const [t] = bytes.run('return { k = "v" }');
    expect([...(t as Iterable<unknown>)]).toEqual([[new Uint8Array([0x6b]), new Uint8Array([0x76])]]);
  });
});
