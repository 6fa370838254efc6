import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as lua from '../src/index.js';

/**
 * Every ```ts and ```js block of docs/embedding.md runs here, so the examples cannot rot. A block
 * is a module of its own (imports from '@deegen/lua' included). A line ending in a comment
 * `// → expected` checks a value: the line's expression (or, for `const x = ...`, the variable)
 * must equal the JS expression `expected` (vitest's toEqual). `// → throws Name: message` checks
 * that the line throws an error of that name and message.
 */

const DOC = fileURLToPath(new URL('../../../docs/embedding.md', import.meta.url));

interface Example {
  heading: string;
  line: number;
  code: string;
}

function examples(markdown: string): Example[] {
  const out: Example[] = [];
  const lines = markdown.split('\n');
  let heading = '';
  for (let i = 0; i < lines.length; i++) {
    const h = /^#+\s+(.*)$/.exec(lines[i]);
    if (h !== null) heading = h[1];
    if (!/^```(ts|js)\s*$/.test(lines[i])) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end] !== '```') end++;
    out.push({ heading, line: start + 1, code: lines.slice(start, end).join('\n') });
    i = end;
  }
  return out;
}

const MODULES: Record<string, unknown> = { '@deegen/lua': lua };

/** `import { a, b as c } from 'm'` → `const { a, b: c } = __import('m')`; type-only imports go. */
function rewriteImport(line: string): string | undefined {
  const m = /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)';?\s*$/.exec(line);
  if (m === null) return undefined;
  if (m[1] !== undefined) return '';
  const names = m[2]
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '' && !n.startsWith('type '))
    .map((n) => n.replace(/\s+as\s+/, ': '));
  return `const { ${names.join(', ')} } = __import(${JSON.stringify(m[3])});`;
}

/** Turns `// →` lines into checks; `docLine` is the block's first line in the document. */
function instrument(code: string, docLine: number): string {
  return code
    .split('\n')
    .map((text, i) => {
      const imported = rewriteImport(text);
      if (imported !== undefined) return imported;
      const m = /^(\s*)(.*?);?\s*\/\/ → (.*)$/.exec(text);
      if (m === null) return text;
      const [, indent, statement, expected] = m;
      const at = docLine + i;
      const thrown = /^throws (\w+): (.*)$/.exec(expected);
      if (thrown !== null) {
        return `${indent}__throws(() => { ${statement}; }, ${JSON.stringify(thrown[1])}, ${JSON.stringify(thrown[2])}, ${at});`;
      }
      const decl = /^(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=/.exec(statement);
      if (decl !== null) return `${indent}${statement}; __expect(${decl[1]}, (${expected}), ${at});`;
      if (/^(?:const|let|var)\b/.test(statement)) throw new Error(`embedding.md:${at}: '// →' after a declaration needs a simple name`);
      return `${indent}__expect((${statement}), (${expected}), ${at});`;
    })
    .join('\n');
}

function check(actual: unknown, expected: unknown, line: number): void {
  expect(actual, `docs/embedding.md:${line}`).toEqual(expected);
}

function checkThrows(body: () => void, name: string, message: string, line: number): void {
  let thrown: unknown;
  try {
    body();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, `docs/embedding.md:${line} should throw`).toBeInstanceOf(Error);
  const e = thrown as Error;
  expect(`${e.name}: ${e.message}`, `docs/embedding.md:${line}`).toBe(`${name}: ${message}`);
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<void>;

async function runExample(ex: Example): Promise<number> {
  const source = instrument(ex.code, ex.line);
  const js = transformSync(source, { loader: 'ts', target: 'es2022' }).code;
  let checks = 0;
  // Strict, as the module code the examples stand for is.
  const body = new AsyncFunction('__import', '__expect', '__throws', `'use strict';\n${js}`);
  await body(
    (name: string) => {
      if (!(name in MODULES)) throw new Error(`embedding.md:${ex.line}: examples may import only ${Object.keys(MODULES).join(', ')}`);
      return MODULES[name];
    },
    (actual: unknown, expected: unknown, line: number) => {
      checks++;
      check(actual, expected, line);
    },
    (fn: () => void, name: string, message: string, line: number) => {
      checks++;
      checkThrows(fn, name, message, line);
    },
  );
  return checks;
}

describe('docs/embedding.md', () => {
  const all = examples(readFileSync(DOC, 'utf8'));

  it('has examples to run', () => {
    expect(all.length).toBeGreaterThan(10);
  });

  for (const ex of all) {
    it(`runs the example at line ${ex.line} (${ex.heading}) and gets the values it shows`, async () => {
      expect(await runExample(ex)).toBeGreaterThan(0);
    });
  }
});

/**
 * Type-checks the examples as the TypeScript a user would write: each block is a module importing
 * '@deegen/lua' (resolved to the sources). Returns the diagnostics, with document line numbers.
 */
function typeErrors(all: Example[]): string[] {
  const root = fileURLToPath(new URL('../', import.meta.url));
  const names = new Map<string, Example>();
  for (const ex of all) names.set(`${root}doc-example-${ex.line}.ts`, ex);
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ['node'],
    customConditions: ['@deegen/source'],
    paths: { '@deegen/lua': [`${root}src/index.ts`] },
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (f) => (names.has(f) ? `${names.get(f)!.code}\nexport {};\n` : readFile(f));
  host.fileExists = (f) => names.has(f) || fileExists(f);
  const program = ts.createProgram([...names.keys()], options, host);
  const out: string[] = [];
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const ex = d.file === undefined ? undefined : names.get(d.file.fileName);
    const where = ex !== undefined && d.start !== undefined ? `docs/embedding.md:${ex.line + d.file!.getLineAndCharacterOfPosition(d.start).line}` : (d.file?.fileName ?? '?');
    out.push(`${where}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
  }
  return out;
}

describe('docs/embedding.md as TypeScript', () => {
  it('type-checks every example (and would report one that misuses the API)', () => {
    // One program for both, as building it takes seconds: the planted example sits past the document's end.
    const planted = { heading: 't', line: 100_000, code: "import { LuaState } from '@deegen/lua';\nnew LuaState().run(42);" };
    const errors = typeErrors([...examples(readFileSync(DOC, 'utf8')), planted]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^docs\/embedding\.md:100001: Argument of type 'number'/);
  });
});

describe('the example runner', () => {
  it('fails an example whose shown value is wrong', async () => {
    const wrong = { heading: 't', line: 1, code: "import { LuaState } from '@deegen/lua';\nnew LuaState().run('return 1 + 1'); // → [3]" };
    await expect(runExample(wrong)).rejects.toThrow(/embedding\.md:2/);
  });

  it('fails an example that does not throw what it shows', async () => {
    const wrong = { heading: 't', line: 1, code: "import { LuaState } from '@deegen/lua';\nnew LuaState().run('error(\"x\", 0)'); // → throws LuaError: y" };
    await expect(runExample(wrong)).rejects.toThrow(/embedding\.md:2/);
  });
});
