import { describe, expect, it } from 'vitest';
import { chunkId } from '../../src/frontend/chunk-id.js';

// Expected values taken from the installed lua5.1 (built with an 80-byte LUA_IDSIZE).
describe('chunkId', () => {
  it('shows file names without the @', () => {
    expect(chunkId('@t.lua')).toBe('t.lua');
    expect(chunkId('@' + 'b'.repeat(72))).toBe('b'.repeat(72));
  });

  it('keeps the tail of long file names behind ...', () => {
    expect(chunkId('@' + 'a' + 'b'.repeat(72))).toBe('...' + 'b'.repeat(72));
    expect(chunkId('@' + 'b'.repeat(100))).toBe('...' + 'b'.repeat(72));
  });

  it('shows =names verbatim, cut to 79 characters', () => {
    expect(chunkId('=stdin')).toBe('stdin');
    expect(chunkId('=' + 'b'.repeat(100))).toBe('b'.repeat(79));
  });

  it('quotes source strings up to their first line break', () => {
    expect(chunkId('x = = 1')).toBe('[string "x = = 1"]');
    expect(chunkId('a\nb')).toBe('[string "a..."]');
    expect(chunkId('a\rb')).toBe('[string "a..."]');
    expect(chunkId('\nb')).toBe('[string "..."]');
    expect(chunkId('a\0b\n')).toBe('[string "a"]');
  });

  it('cuts long source strings to 63 characters', () => {
    expect(chunkId('b'.repeat(63))).toBe(`[string "${'b'.repeat(63)}"]`);
    expect(chunkId('b'.repeat(64))).toBe(`[string "${'b'.repeat(63)}..."]`);
    expect(chunkId('b'.repeat(60) + '\n')).toBe(`[string "${'b'.repeat(60)}..."]`);
  });
});
