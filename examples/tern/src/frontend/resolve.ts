import type { Binding, Expr, FunctionNode, Stmt } from './ast.js';

interface Scope {
  readonly names: Map<string, Binding>;
  readonly parent: Scope | null;
  readonly fn: FunctionNode;
}

/**
 * Links every identifier to the local it names (or to none: a global) and marks locals that a
 * nested function uses as captured. Top-level `let` and `fn` of the program declare globals, so
 * they are not entered in any scope.
 */
export function resolveProgram(main: FunctionNode): void {
  resolveFunction(main, null);
}

function resolveFunction(fn: FunctionNode, outer: Scope | null): void {
  const scope: Scope = { names: new Map(), parent: outer, fn };
  for (const p of fn.params) declare(scope, p);
  block(fn.body, scope, fn.isMain);
}

function declare(scope: Scope, b: Binding): void {
  b.owner = scope.fn;
  scope.names.set(b.name, b);
}

function block(body: Stmt[], scope: Scope, topLevel: boolean): void {
  for (const st of body) statement(st, scope, topLevel);
}

function statement(st: Stmt, scope: Scope, topLevel: boolean): void {
  switch (st.kind) {
    case 'let':
      expr(st.value, scope);
      if (!topLevel) declare(scope, st.binding);
      return;
    case 'fn':
      // Declared before its body, so the function can call itself.
      if (!topLevel) declare(scope, st.binding);
      resolveFunction(st.fn, scope);
      return;
    case 'assign':
      expr(st.target, scope);
      expr(st.value, scope);
      return;
    case 'expr':
      expr(st.expr, scope);
      return;
    case 'if':
      expr(st.cond, scope);
      block(st.then, { names: new Map(), parent: scope, fn: scope.fn }, false);
      if (st.otherwise) block(st.otherwise, { names: new Map(), parent: scope, fn: scope.fn }, false);
      return;
    case 'while':
      expr(st.cond, scope);
      block(st.body, { names: new Map(), parent: scope, fn: scope.fn }, false);
      return;
    case 'return':
      if (st.value) expr(st.value, scope);
      return;
    case 'break':
      return;
  }
}

function expr(e: Expr, scope: Scope): void {
  switch (e.kind) {
    case 'name': {
      for (let s: Scope | null = scope; s !== null; s = s.parent) {
        const b = s.names.get(e.name);
        if (b !== undefined) {
          e.binding = b;
          if (b.owner !== scope.fn) b.captured = true;
          return;
        }
      }
      e.binding = null;
      return;
    }
    case 'unary':
      expr(e.operand, scope);
      return;
    case 'binary':
    case 'logical':
      expr(e.lhs, scope);
      expr(e.rhs, scope);
      return;
    case 'call':
      expr(e.callee, scope);
      for (const a of e.args) expr(a, scope);
      return;
    case 'field':
      expr(e.target, scope);
      return;
    case 'index':
      expr(e.target, scope);
      expr(e.index, scope);
      return;
    case 'array':
      for (const x of e.items) expr(x, scope);
      return;
    case 'object':
      for (const f of e.fields) expr(f.value, scope);
      return;
    case 'function':
      resolveFunction(e.fn, scope);
      return;
    default:
      return;
  }
}
