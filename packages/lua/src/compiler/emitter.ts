import type { CodeWords } from '@deegen/ir';
import type { Shape } from '../runtime/shape.js';

/** A constant-pool entry: a literal (undefined is nil) or NEWRECORD's reserved keys. */
export type Constant = number | string | boolean | undefined | Shape;

/**
 * What the compiler needs from a bytecode builder: one method per opcode of the contract
 * (docs: "Lua opcode set"), same name, operands in the contract's order, each returning the pc of
 * the emitted instruction. The generated builder implements this structurally.
 */
export interface Emitter {
  /** Where the next instruction goes. */
  readonly pc: number;
  /** Source line recorded for instructions emitted from now on. */
  line: number;
  /** Index of `value` in the constant pool (deduplicated; 0 and -0 are distinct). */
  constant(value: Constant): number;
  /** Point the label operand of the instruction at `instrPc` to `target`. */
  setTarget(instrPc: number, target: number): void;
  /** Points every branch whose target is a JMP at where that JMP leads (chains followed). */
  threadJumps(): void;
  /** The value of constant `k`. */
  constantAt(k: number): unknown;
  finish(): { code: CodeWords; lines: Int32Array; consts: unknown[]; icKeys: unknown[]; icValues: unknown[] };

  MOVE(dst: number, src: number): number;
  LOADK(dst: number, k: number): number;
  LOADBOOL(dst: number, value: number): number;
  LOADNIL(first: number, count: number): number;
  GETUPVAL(dst: number, index: number): number;
  SETUPVAL(src: number, index: number): number;
  GETGLOBAL(dst: number, name: number): number;
  SETGLOBAL(src: number, name: number): number;
  GETTABLE(dst: number, obj: number, key: number): number;
  GETTABUP(dst: number, obj: number, key: number): number;
  SETTABLE(obj: number, key: number, value: number): number;
  GETFIELD(dst: number, obj: number, name: number): number;
  SETFIELD(obj: number, name: number, value: number): number;
  NEWTABLE(dst: number, arraySize: number, hashSize: number): number;
  NEWRECORD(dst: number, arraySize: number, shape: number): number;
  SELF(base: number, obj: number, key: number): number;
  ADD(dst: number, lhs: number, rhs: number): number;
  SUB(dst: number, lhs: number, rhs: number): number;
  MUL(dst: number, lhs: number, rhs: number): number;
  DIV(dst: number, lhs: number, rhs: number): number;
  MOD(dst: number, lhs: number, rhs: number): number;
  POW(dst: number, lhs: number, rhs: number): number;
  UNM(dst: number, src: number): number;
  NOT(dst: number, src: number): number;
  LEN(dst: number, src: number): number;
  CONCAT(dst: number, first: number, count: number): number;
  JMP(target: number): number;
  EQ(lhs: number, rhs: number, cond: number, target: number): number;
  LT(lhs: number, rhs: number, cond: number, target: number): number;
  LE(lhs: number, rhs: number, cond: number, target: number): number;
  TEST(src: number, cond: number, target: number): number;
  TESTSET(dst: number, src: number, cond: number, target: number): number;
  CALL(base: number, nargs: number, nresults: number): number;
  TAILCALL(base: number, nargs: number): number;
  RETURN(first: number, count: number): number;
  FORPREP(base: number, target: number): number;
  FORLOOP(base: number, target: number): number;
  TFORLOOP(base: number, nresults: number, target: number): number;
  SETLIST(table: number, count: number, offset: number): number;
  CLOSE(first: number): number;
  CLOSURE(dst: number, proto: number): number;
  VARARG(dst: number, count: number): number;
  VARARGPREP(numParams: number, needsArg: number): number;
}

/** Encode constant index `k` as an RK operand. */
export function rk(k: number): number {
  return -1 - k;
}
