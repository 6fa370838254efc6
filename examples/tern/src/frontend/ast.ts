/**
 * Tern's syntax tree. Every declaration carries a Binding that the resolver (resolve.ts) fills
 * in; identifiers point at their Binding, or at none for a global.
 */
export interface Binding {
  readonly name: string;
  /** Set by the resolver when a nested function uses the variable: it then lives in a Cell. */
  captured: boolean;
  /** The function that declares it (set by the resolver). */
  owner: FunctionNode | null;
}

export type Expr =
  | { kind: 'int'; line: number; value: number }
  | { kind: 'float'; line: number; value: number }
  | { kind: 'string'; line: number; value: string }
  | { kind: 'bool'; line: number; value: boolean }
  | { kind: 'nil'; line: number }
  | { kind: 'name'; line: number; name: string; binding: Binding | null }
  | { kind: 'unary'; line: number; op: '-' | '!'; operand: Expr }
  | { kind: 'binary'; line: number; op: string; lhs: Expr; rhs: Expr }
  | { kind: 'logical'; line: number; op: '&&' | '||'; lhs: Expr; rhs: Expr }
  | { kind: 'call'; line: number; callee: Expr; args: Expr[] }
  | { kind: 'field'; line: number; target: Expr; name: string }
  | { kind: 'index'; line: number; target: Expr; index: Expr }
  | { kind: 'array'; line: number; items: Expr[] }
  | { kind: 'object'; line: number; fields: { name: string; value: Expr }[] }
  | { kind: 'function'; line: number; fn: FunctionNode };

export type Stmt =
  | { kind: 'let'; line: number; binding: Binding; value: Expr }
  | { kind: 'fn'; line: number; binding: Binding; fn: FunctionNode }
  | { kind: 'assign'; line: number; target: Expr; value: Expr }
  | { kind: 'expr'; line: number; expr: Expr }
  | { kind: 'if'; line: number; cond: Expr; then: Stmt[]; otherwise: Stmt[] | null }
  | { kind: 'while'; line: number; cond: Expr; body: Stmt[] }
  | { kind: 'break'; line: number }
  | { kind: 'return'; line: number; value: Expr | null };

export interface FunctionNode {
  readonly name: string;
  readonly line: number;
  readonly params: Binding[];
  readonly body: Stmt[];
  /** The program itself: its top-level `let` and `fn` declare globals. */
  readonly isMain: boolean;
}

export function newBinding(name: string): Binding {
  return { name, captured: false, owner: null };
}
