import type { FunctionProto, NativeFunction } from '@deegen/ir';
import type { Value } from './value.js';

/** A variable captured by a closure: the register holds the cell, closures share it. */
export class Cell {
  constructor(public value: Value) {}
}

/** Where a closure finds each captured variable when it is created. */
export interface CaptureDesc {
  /** True: a register of the enclosing function (holding a Cell); false: one of its captures. */
  readonly fromLocal: boolean;
  readonly index: number;
}

/** A compiled Tern function: the generic proto plus what Tern itself needs. */
export interface TernProto extends FunctionProto {
  readonly name: string;
  readonly arity: number;
  readonly protos: readonly TernProto[];
  readonly captures: readonly CaptureDesc[];
}

/**
 * Every Tern function value, closure or builtin. `arity` is checked by every call: Tern has no
 * optional or extra arguments.
 */
export class TFunction {
  constructor(
    readonly proto: TernProto | null,
    readonly native: NativeFunction | null,
    readonly name: string,
    readonly arity: number,
    readonly captures: readonly Cell[],
  ) {}
}

/** Creates a closure of `proto` inside `parent`, whose registers start at `stack[base]`. */
export function makeClosure(proto: TernProto, parent: TFunction, stack: readonly unknown[], base: number): TFunction {
  const cells = proto.captures.map((c) => (c.fromLocal ? (stack[base + c.index] as Cell) : parent.captures[c.index]));
  return new TFunction(proto, null, proto.name, proto.arity, cells);
}
