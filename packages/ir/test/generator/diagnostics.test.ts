import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTICS, GeneratorError } from '../../src/generator/diagnostics.js';
import { generate } from '../../src/generator/generate.js';

// One folder per mistake under test/fixtures/_error_; each must fail with exactly this text.
// Line numbers count the `// @ts-nocheck` first line of every case file.
const root = fileURLToPath(new URL('../fixtures/_error_/', import.meta.url));

const expected: Record<string, string> = {
  'dg001-spec-not-object-literal': 'semantics/a.ts:5: error DG001: bytecode() must be called with an object literal',
  'dg002-missing-summary': 'semantics/a.ts:4: error DG002: missing or malformed property: summary must be a string literal',
  'dg002-expression-body': 'semantics/a.ts:8: error DG002: missing or malformed property: the function needs a block body',
  'dg002-too-many-parameters':
    'semantics/a.ts:8: error DG002: missing or malformed property: A has only 1 operand parameters',
  'dg003-unknown-operand-kind': 'semantics/a.ts:6: error DG003: unknown operand kind: slot',
  'dg004-terminal-not-returned':
    'semantics/a.ts:9: error DG004: a terminal call must be the expression of a return statement: write `return ret()`',
  'dg004-terminal-in-nested-function':
    'semantics/a.ts:10: error DG004: a terminal call must be the expression of a return statement: terminals cannot be used inside nested functions',
  'dg005-unknown-result-shape': 'semantics/a.ts:7: error DG005: result shape must be none, value or branch: values',
  'dg006-value-without-out':
    "semantics/a.ts:7: error DG006: result shape does not match the operands: result 'value' needs exactly one out() operand",
  'dg006-branch-without-label':
    "semantics/a.ts:7: error DG006: result shape does not match the operands: result 'branch' needs exactly one label() operand",
  'dg006-branch-terminal-in-value-bytecode':
    'semantics/a.ts:9: error DG006: result shape does not match the operands: branch() in a bytecode whose result is not a branch',
  'dg007-unknown-operand': "semantics/a.ts:8: error DG007: fast path names an unknown operand or type: no operand 'source'",
  'dg007-out-operand': "semantics/a.ts:8: error DG007: fast path names an unknown operand or type: no operand 'dst'",
  'dg007-operand-not-a-parameter':
    "semantics/a.ts:8: error DG007: fast path names an unknown operand or type: fast path operand 'rhs' is not a parameter",
  'dg007-unknown-type':
    "semantics/a.ts:8: error DG007: fast path names an unknown operand or type: no type 'float' in the language's type lattice",
  'dg008-slow-path-not-declared-here':
    'semantics/a.ts:10: error DG008: slowPath target must be a function declared in the same semantics file: helper',
  'dg008-slow-path-arrow': 'semantics/a.ts:9: error DG008: slowPath target must be a function declared in the same semantics file',
  'dg009-arguments-not-array-literal':
    'semantics/a.ts:10: error DG009: call() arguments must be an array literal of at most 8 elements',
  'dg009-too-many-arguments': 'semantics/a.ts:9: error DG009: call() arguments must be an array literal of at most 8 elements',
  'dg010-missing-continuation':
    'semantics/a.ts:9: error DG010: a continuation must be a function expression or a function declared in the same semantics file',
  'dg010-continuation-not-declared-here':
    'semantics/a.ts:10: error DG010: a continuation must be a function expression or a function declared in the same semantics file: done',
  'dg011-guest-return-in-slow-path': 'semantics/a.ts:14: error DG011: guestReturn() cannot be used in an outlined slow path',
  // The generic path behind fast paths is outlined too, so the same rule applies to the implementation.
  'dg011-guest-return-behind-fast-path':
    'semantics/a.ts:11: error DG011: guestReturn() cannot be used in an outlined slow path',
  'dg012-reserved-identifier':
    'semantics/a.ts:9: error DG012: identifiers starting with $ are reserved for generated code: $copy',
  'dg012-reserved-operand-name':
    'semantics/a.ts:6: error DG012: identifiers starting with $ are reserved for generated code: $src',
  'dg013-top-level-constant':
    "semantics/a.ts:4: error DG013: a semantics file may only hold imports, bytecodes, slow-path or continuation functions and exported constants: 'ONE' (export it as a const, or move it into a runtime module)",
  'dg013-top-level-statement':
    'semantics/a.ts:13: error DG013: a semantics file may only hold imports, bytecodes, slow-path or continuation functions and exported constants',
  'dg015-guard-with-block-body':
    'types.ts:5: error DG015: type guard must be an arrow function with one parameter, a type predicate and an expression body: the body must be an expression',
  'dg015-guard-without-predicate':
    'types.ts:5: error DG015: type guard must be an arrow function with one parameter, a type predicate and an expression body: missing `(v): v is T` predicate',
  'dg015-no-define-types':
    'types.ts:2: error DG015: type guard must be an arrow function with one parameter, a type predicate and an expression body: no defineTypes({...}) call found',
  'dg017-writes-not-a-range': "semantics/a.ts:7: error DG017: writes entries must be '<range or literal operand>[+N][..]': src",
  'dg017-writes-malformed': "semantics/a.ts:7: error DG017: writes entries must be '<range or literal operand>[+N][..]': base + 1",
  'dg014-conflicting-imports':
    "semantics/b.ts:3: error DG014: conflicting imports of the same name: 'scale' from '../../helper.js' and '../../spec.js'",
  'dg018-helper-called-directly':
    'semantics/a.ts:9: error DG018: functions of a semantics file run only as slow paths or continuations: use slowPath(), or move helpers into a runtime module: twice',
  'dg019-empty-literal-variants': 'semantics/a.ts:6: error DG019: literal variants must list distinct values, at least one: []',
  'dg019-duplicate-literal-variants': 'semantics/a.ts:6: error DG019: literal variants must list distinct values, at least one: [0, 0]',
  'dg020-cached-not-a-const':
    'semantics/a.ts:10: error DG020: cached(key, () => expression) must initialise a const declaration, at most one per instruction word',
};

/** Diagnostics no semantics can trigger (docs/dsl-reference.md, "Diagnostics", says why). */
const unreachable = ['DG016'];

function diagnose(name: string): string {
  try {
    generate(join(root, name, 'deegen.config.json'));
  } catch (e) {
    if (e instanceof GeneratorError) return e.message;
    throw e;
  }
  return 'no diagnostic';
}

describe('generator diagnostics', () => {
  for (const [name, message] of Object.entries(expected)) {
    it(`reports ${name}`, () => {
      expect(diagnose(name)).toBe(message);
    });
  }

  it('has one folder per case and covers every catalogued code that can be triggered', () => {
    const folders = readdirSync(root).filter((f) => statSync(join(root, f)).isDirectory());
    expect(folders.sort()).toEqual(Object.keys(expected).sort());
    const covered = new Set(folders.map((f) => f.slice(0, 5).toUpperCase()));
    const missing = Object.keys(DIAGNOSTICS).filter((c) => !covered.has(c) && !unreachable.includes(c));
    expect(missing).toEqual([]);
  });
});
