import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generator/generate.js';

// Valid semantics the generator once mishandled (test/fixtures/_regression_): each test states
// what the generated interpreter must look like.
const root = fileURLToPath(new URL('../fixtures/_regression_/', import.meta.url));

function interpreterOf(name: string): string {
  return generate(join(root, name, 'deegen.config.json'))[0].content;
}

describe('generator regressions', () => {
  it('does not inline a continuation into itself when it calls again with itself', () => {
    const text = interpreterOf('recursive-continuation');
    // The handler inlines the continuation once; inside it, the repeated call goes through the conts switch.
    expect(text).toMatch(/\$t\.pendingCont = \d+; continue main;/);
  });

  it('outlines a slow path named `generic` apart from the generic path behind the fast paths', () => {
    const text = interpreterOf('slow-path-named-generic');
    expect(text.match(/^function /gm)).toHaveLength(2);
    expect(text).toMatch(/^function HALVE\$\$generic\(/m);
    expect(text).toMatch(/^function HALVE\$generic\(/m);
  });

  it('imports the non-DSL values a semantics file imports from @deegen/ir', () => {
    expect(interpreterOf('dsl-module-value-import')).toMatch(/import \{[^}]*\bFRAME_SCRATCH\b[^}]*\} from '@deegen\/ir';/);
  });

  it('lets an implementation assign to its parameters', () => {
    const text = interpreterOf('reassigned-parameter');
    expect(text).toMatch(/let x = [^;]*;/);
    expect(text).not.toMatch(/const x = /);
  });

  it('evaluates the argument of ret() in a bytecode without a value', () => {
    expect(interpreterOf('ret-value-in-none-bytecode')).toMatch(/record\(x\); \$pc \+= \d+; continue dispatch;/);
  });
});
