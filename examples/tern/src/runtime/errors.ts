import type { Value } from './value.js';

/**
 * Thrown by semantics and builtins for a runtime error: just the message. The language hooks add
 * the source line of the running instruction when they turn it into a TernError.
 */
export class TernThrow {
  constructor(readonly value: Value) {}
}

/**
 * A Tern error as the program and the embedder see it. `value` is what `try` hands to its
 * handler: the message for runtime errors, the thrown value for `throw(v)`.
 */
export class TernError extends Error {
  constructor(
    readonly value: Value,
    /** Source line of the instruction that failed (0 when unknown, e.g. syntax errors). */
    readonly line: number,
    text: string,
  ) {
    super(line > 0 ? `line ${line}: ${text}` : text);
    this.name = 'TernError';
  }
}

/** A compile-time error; the runner reports it like a runtime error. */
export class TernSyntaxError extends Error {
  constructor(
    readonly line: number,
    detail: string,
  ) {
    super(`line ${line}: syntax error: ${detail}`);
    this.name = 'TernSyntaxError';
  }
}
