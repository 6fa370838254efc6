import type { Expr } from '../frontend/ast.js';

/**
 * A partly compiled expression, so that each consumer can choose where the value goes (as
 * lua5.1's expression descriptors do). Nothing is emitted between making a descriptor and
 * consuming it, so a pending instruction can wait for its destination register.
 */
export type Desc =
  | { k: 'nil' }
  | { k: 'true' }
  | { k: 'false' }
  /** A number or string literal, put into the constant pool when used. */
  | { k: 'const'; value: number | string }
  /** The value is in register `reg` (a local's register, or a temporary if >= the active locals). */
  | { k: 'reg'; reg: number }
  /** One instruction whose operands are ready and which only needs its destination. */
  | { k: 'pending'; emit: (dst: number) => void }
  /** A call whose CALL is not emitted yet (its result count is up to the consumer). */
  | { k: 'call'; base: number; nargs: number; line: number }
  | { k: 'vararg'; line: number }
  /** A comparison, `not` of one, or `and`/`or`: compiled as jumps once the destination is known. */
  | { k: 'cond'; e: Expr };
