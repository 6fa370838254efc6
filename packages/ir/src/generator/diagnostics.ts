import { relative, sep } from 'node:path';
import type { Node } from 'ts-morph';

/**
 * The generator's diagnostics catalog: stable codes, each with one message template.
 * A diagnostic always names the file and line of the offending construct.
 */
export const DIAGNOSTICS = {
  DG001: 'bytecode() must be called with an object literal',
  DG002: 'missing or malformed property',
  DG003: 'unknown operand kind',
  DG004: 'a terminal call must be the expression of a return statement',
  DG005: 'result shape must be none, value or branch',
  DG006: 'result shape does not match the operands',
  DG007: 'fast path names an unknown operand or type',
  DG008: 'slowPath target must be a function declared in the same semantics file',
  DG009: 'call() arguments must be an array literal of at most 8 elements',
  DG010: 'a continuation must be a function expression or a function declared in the same semantics file',
  DG011: 'guestReturn() cannot be used in an outlined slow path',
  DG012: 'identifiers starting with $ are reserved for generated code',
  DG013: 'a semantics file may only hold imports, bytecodes, slow-path or continuation functions and exported constants',
  DG014: 'conflicting imports of the same name',
  DG015: 'type guard must be an arrow function with one parameter, a type predicate and an expression body',
  DG016: 'terminal or intrinsic used outside an implementation',
  DG017: "writes entries must be '<range or literal operand>[+N][..]'",
  DG018: 'functions of a semantics file run only as slow paths or continuations: use slowPath(), or move helpers into a runtime module',
  DG019: 'literal variants must list distinct values, at least one',
  DG020: 'cached(key, () => expression) must initialise a const declaration, at most one per instruction word',
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTICS;

export class GeneratorError extends Error {
  constructor(
    readonly code: DiagnosticCode,
    readonly file: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}: error ${code}: ${DIAGNOSTICS[code]}${detail ? `: ${detail}` : ''}`);
  }
}

let displayRoot = '';

/** Diagnostics print paths relative to this folder (the language package), never absolute ones. */
export function setDisplayRoot(dir: string): void {
  displayRoot = dir;
}

export function displayPath(file: string): string {
  return displayRoot ? relative(displayRoot, file).split(sep).join('/') : file;
}

export function fail(code: DiagnosticCode, node: Node, detail = ''): never {
  const file = displayPath(node.getSourceFile().getFilePath());
  throw new GeneratorError(code, file, node.getStartLineNumber(), detail);
}
