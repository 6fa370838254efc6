import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli.js';

const corpus = join(import.meta.dirname, 'corpus');

function capture(stream: 'stdout' | 'stderr'): { text: () => string } {
  let text = '';
  vi.spyOn(process[stream], 'write').mockImplementation((chunk: string | Uint8Array) => {
    text += String(chunk);
    return true;
  });
  return { text: () => text };
}

describe('the tern command', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('runs a program and exits with status 0', () => {
    const out = capture('stdout');
    expect(main([join(corpus, 'hello.tn')])).toBe(0);
    expect(out.text()).toBe('hello, tern\n42\nnil\ntrue\n');
  });

  it('reports an uncaught error on stderr with its line and exits with status 1', () => {
    capture('stdout');
    const err = capture('stderr');
    expect(main(['--reference', join(corpus, 'arity-too-many.tn')])).toBe(1);
    expect(err.text()).toBe("error: line 3: function 'add' expects 2 arguments, got 3\n");
  });

  it('explains its usage when no file is given', () => {
    const err = capture('stderr');
    expect(main([])).toBe(2);
    expect(err.text()).toMatch(/^usage: tern/);
  });
});
