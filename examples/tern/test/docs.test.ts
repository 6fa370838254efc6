import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// docs/new-language.md quotes this example's code; every excerpt must still be in its file.
const repo = join(import.meta.dirname, '..', '..', '..');
const doc = readFileSync(join(repo, 'docs', 'new-language.md'), 'utf8');
const excerpts = [...doc.matchAll(/From `([^`]+)`:\n\n```\w*\n([\s\S]*?)\n```/g)].map((m) => ({ path: m[1], code: m[2] }));

describe('the new-language tutorial', () => {
  it('quotes the example in many places', () => {
    expect(excerpts.length).toBeGreaterThanOrEqual(20);
  });

  for (const [i, { path, code }] of excerpts.entries()) {
    it(`excerpt ${i + 1} is still verbatim in ${path}`, () => {
      expect(readFileSync(join(repo, path), 'utf8')).toContain(code);
    });
  }
});
