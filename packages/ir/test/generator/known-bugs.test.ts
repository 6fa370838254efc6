import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GeneratorError } from '../../src/generator/diagnostics.js';
import { generate } from '../../src/generator/generate.js';

// Valid semantics the generator mishandles today (test/fixtures/_bug_). Each test states what
// should happen (an interpreter that behaves, or a diagnostic) and is expected to fail until the
// generator is fixed.
const root = fileURLToPath(new URL('../fixtures/_bug_/', import.meta.url));

/** The generated interpreter's text, or the diagnostic the generator gave instead. */
function interpreterOf(name: string): { text?: string; diagnostic?: string } {
  try {
    return { text: generate(join(root, name, 'deegen.config.json'))[0].content };
  } catch (e) {
    if (e instanceof GeneratorError) return { diagnostic: e.message };
    throw e;
  }
}

describe('known generator bugs', () => {
  it.fails('generates (or diagnoses) a continuation that calls again with itself', () => {
    // Today: RangeError (Maximum call stack size exceeded) from inlining the continuation forever.
    expect(() => interpreterOf('recursive-continuation')).not.toThrow();
  });

  it.fails('outlines a slow path named `generic` apart from the generic path behind the fast paths', () => {
    // Today: one function HALVE$generic, which calls itself: infinite recursion at run time.
    const { text } = interpreterOf('slow-path-named-generic');
    expect(text!.match(/^function /gm)).toHaveLength(2);
  });

  it.fails('imports the non-DSL values a semantics file imports from @deegen/ir', () => {
    const { text } = interpreterOf('dsl-module-value-import');
    expect(text).toMatch(/import \{[^}]*\bFRAME_SCRATCH\b[^}]*\} from '@deegen\/ir';/);
  });

  it.fails('lets an implementation assign to its parameters, or says it may not', () => {
    const { text, diagnostic } = interpreterOf('reassigned-parameter');
    if (diagnostic !== undefined) return;
    expect(text).not.toMatch(/const x = [^;]*; \{\s*x = x \+ 1;/);
  });

  it.fails('evaluates the argument of ret() in a bytecode without a value, or says it is not allowed', () => {
    const { text, diagnostic } = interpreterOf('ret-value-in-none-bytecode');
    if (diagnostic !== undefined) return;
    expect(text).toMatch(/record\(x\)/);
  });

  it.fails('emits or imports a semantics-file function that an implementation calls directly, or says it may not', () => {
    const { text, diagnostic } = interpreterOf('helper-called-directly');
    if (diagnostic !== undefined) return;
    expect(text).toMatch(/function twice\(|import \{[^}]*\btwice\b/);
  });

  it.fails('diagnoses a specialised literal with no values', () => {
    // Today: TypeError (reading 'id' of undefined) in the builder emitter.
    expect(interpreterOf('empty-literal-variants').diagnostic).toMatch(/error DG002/);
  });

  it.fails('diagnoses a specialised literal that lists a value twice', () => {
    // Today: two variants named TWICE_0.
    const { text, diagnostic } = interpreterOf('duplicate-literal-variants');
    if (diagnostic !== undefined) return;
    expect(text!.match(/\/\/ TWICE_0:/g)).toHaveLength(1);
  });
});
