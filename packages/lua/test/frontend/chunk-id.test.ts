import { describe, expect, it } from 'vitest';
import { RUNTIME_ID_SIZE, SYNTAX_ID_SIZE, chunkId } from '../../src/frontend/chunk-id.js';

// Expected values taken from the installed lua5.1. Without a size, chunkId formats as syntax
// errors do (80 bytes).
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

  it('formats as syntax errors do unless told otherwise', () => {
    const long = '@' + 'b'.repeat(100);
    expect(chunkId(long)).toBe(chunkId(long, SYNTAX_ID_SIZE));
  });
});

// lua5.1 gives runtime positions (error(), runtime errors, tracebacks) a 60-byte buffer.
describe('chunkId at the runtime size', () => {
  const id = (source: string) => chunkId(source, RUNTIME_ID_SIZE);

  it('keeps the last 52 characters of long file names', () => {
    expect(id('@' + 'b'.repeat(52))).toBe('b'.repeat(52));
    expect(id('@a' + 'b'.repeat(52))).toBe('...' + 'b'.repeat(52));
  });

  it('cuts =names to 59 characters', () => {
    expect(id('=' + 'b'.repeat(100))).toBe('b'.repeat(59));
    expect(id('=stdin')).toBe('stdin');
  });

  it('cuts source strings to 43 characters', () => {
    expect(id('b'.repeat(43))).toBe(`[string "${'b'.repeat(43)}"]`);
    expect(id('b'.repeat(44))).toBe(`[string "${'b'.repeat(43)}..."]`);
    expect(id('error("e") --' + 'b'.repeat(100))).toBe(`[string "error("e") --${'b'.repeat(30)}..."]`);
  });
});
