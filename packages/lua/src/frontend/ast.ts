/**
 * The syntax tree the parser hands to the compiler. Names are already resolved: a variable is a
 * local (with its register), an upvalue (with its index) or a global. `line` fields are the source
 * lines lua5.1 tags the corresponding instructions with.
 */

/** A local variable; `reg` is its register (locals take the lowest registers in declaration order). */
export interface LocalVar {
  name: string;
  reg: number;
}

export interface UpvalDesc {
  name: string;
  /** True: a register of the enclosing function; false: one of its upvalues. */
  inStack: boolean;
  index: number;
}

export type BinOp =
  | 'add' | 'sub' | 'mul' | 'div' | 'mod' | 'pow' | 'concat'
  | 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge' | 'and' | 'or';

export type UnOp = 'neg' | 'not' | 'len';

export type Expr =
  | { k: 'nil'; line: number }
  | { k: 'true'; line: number }
  | { k: 'false'; line: number }
  | { k: 'number'; value: number; line: number }
  | { k: 'string'; value: string; line: number }
  | { k: 'vararg'; line: number }
  | { k: 'function'; fn: FunctionNode; line: number }
  | { k: 'table'; items: TableItem[]; line: number; arrayCount: number; hashCount: number }
  | { k: 'binop'; op: BinOp; left: Expr; right: Expr; line: number }
  | { k: 'unop'; op: UnOp; operand: Expr; line: number }
  | { k: 'paren'; inner: Expr; line: number }
  | { k: 'local'; v: LocalVar; line: number }
  | { k: 'upval'; index: number; name: string; line: number }
  | { k: 'global'; name: string; line: number }
  | { k: 'index'; obj: Expr; key: Expr; line: number }
  | { k: 'call'; fn: Expr; args: Expr[]; line: number }
  | { k: 'method'; obj: Expr; name: string; args: Expr[]; line: number };

export type CallExpr = Extract<Expr, { k: 'call' | 'method' }>;

export type TableItem =
  | { kind: 'list'; value: Expr }
  | { kind: 'keyed'; key: Expr; value: Expr; line: number };

/** A scope: its locals start at register `base`; `captured` says whether an inner function captures one. */
export interface Block {
  stats: Stat[];
  base: number;
  captured: boolean;
}

export type Stat =
  | { k: 'local'; vars: LocalVar[]; exprs: Expr[]; line: number }
  | { k: 'localfunction'; v: LocalVar; fn: FunctionNode; line: number }
  | { k: 'assign'; targets: Expr[]; exprs: Expr[]; line: number }
  | { k: 'call'; call: CallExpr; line: number }
  | { k: 'do'; body: Block; line: number }
  | { k: 'while'; cond: Expr; body: Block; line: number; endLine: number }
  | { k: 'repeat'; body: Block; cond: Expr; line: number; untilLine: number }
  | { k: 'if'; clauses: { cond: Expr; body: Block; line: number; endLine: number }[]; orelse: Block | null; line: number }
  | {
      k: 'numfor'; hidden: LocalVar[]; v: LocalVar; start: Expr; limit: Expr; step: Expr | null;
      body: Block; line: number; doLine: number;
    }
  | { k: 'genfor'; hidden: LocalVar[]; vars: LocalVar[]; exprs: Expr[]; body: Block; line: number; doLine: number }
  | { k: 'return'; exprs: Expr[]; line: number }
  /** `closeFrom` >= 0: registers from there hold captured locals that the jump leaves. */
  | { k: 'break'; closeFrom: number; line: number };

export interface FunctionNode {
  line: number;
  lastLine: number;
  /** Declared parameters, `self` first for methods (not the implicit `arg`). */
  params: LocalVar[];
  isVararg: boolean;
  /** Vararg function whose body never mentions `...`: it gets Lua 5.1's `arg` table. */
  needsArg: boolean;
  /** The implicit `arg` local of vararg functions (not of the main chunk). */
  argLocal: LocalVar | null;
  body: Block;
  upvals: UpvalDesc[];
  children: FunctionNode[];
  /** Index of this function in its parent's `children` (the CLOSURE operand). */
  index: number;
  /** Line of the token that ends the function (for its final RETURN). */
  endLine: number;
}
