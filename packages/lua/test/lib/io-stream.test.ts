import { describe, expect, it } from 'vitest';
import { MemoryDevice } from '../../src/lib/io-device.js';
import { parseMode } from '../../src/lib/io-open.js';
import { FileStream } from '../../src/lib/io-stream.js';

function reader(data: string): FileStream {
  return new FileStream(new MemoryDevice(data), true, false, 'pipe');
}

describe('FileStream reading', () => {
  it('splits lines at newlines only and returns undefined at the end', () => {
    const s = reader('a\r\n\nlast');
    expect([s.readLine(), s.readLine(), s.readLine(), s.readLine()]).toEqual(['a\r', '', 'last', undefined]);
  });

  it('cuts a line at a NUL byte and runs on into the next piece, as fgets and strlen do', () => {
    const s = reader('ab\0cd\nef\n');
    expect(s.readLine()).toBe('abef');
    expect(s.readLine()).toBeUndefined();
  });

  it('handles lines longer than one read-ahead chunk', () => {
    const long = 'x'.repeat(20000);
    const s = reader(`${long}\nshort\n`);
    expect(s.readLine()).toBe(long);
    expect(s.readLine()).toBe('short');
  });

  it('reads numbers like scanf, losing consumed characters of a failed attempt but the last', () => {
    const cases: [string, number | undefined, string][] = [
      ['  42 rest', 42, ' rest'],
      ['0x1p4z', 16, 'z'],
      ['1e+x', 1, 'x'],
      ['--5', undefined, '-5'],
      ['inx', undefined, ''],
      ['-infinity!', -Infinity, '!'],
      ['0x', undefined, ''],
      ['.e1', undefined, 'e1'],
    ];
    for (const [text, n, rest] of cases) {
      const s = reader(text);
      expect(s.readNumber(), text).toBe(n);
      expect(s.readAll(), text).toBe(rest);
    }
  });

  it('reads counted pieces and tests for the end with atEnd', () => {
    const s = reader('abcdef');
    expect(s.readChars(4)).toBe('abcd');
    expect(s.atEnd()).toBe(false);
    expect(s.readChars(10)).toBe('ef');
    expect(s.atEnd()).toBe(true);
    expect(s.readChars(1)).toBeUndefined();
    expect(s.readAll()).toBe('');
  });

  it('refuses to write to a read-only stream with EBADF', () => {
    expect(() => reader('x').write('y')).toThrow(expect.objectContaining({ message: 'Bad file descriptor', errno: 9 }));
  });
});

describe('fopen mode parsing', () => {
  it('accepts what glibc accepts', () => {
    expect(parseMode('r')).toMatchObject({ readable: true, writable: false, flags: 'r' });
    expect(parseMode('rb+')).toMatchObject({ readable: true, writable: true, flags: 'r+' });
    expect(parseMode('a+b')).toMatchObject({ readable: true, writable: true, append: true, flags: 'a+' });
    expect(parseMode('wx')).toMatchObject({ flags: 'wx' });
    expect(parseMode('rbbbbbbb+')).toMatchObject({ writable: false });
    expect(parseMode('')).toBeUndefined();
    expect(parseMode('+r')).toBeUndefined();
  });
});
