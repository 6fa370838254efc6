import type { Block, FunctionNode, LocalVar, UpvalDesc } from './ast.js';
import type { Lexer } from './lexer.js';

/** Lua 5.1's limits on locals and upvalues per function (LUAI_MAXVARS, LUAI_MAXUPVALUES). */
export const MAX_LOCALS = 200;
export const MAX_UPVALUES = 60;

/** A lexical block being parsed; `ast` is null for the bare loop frames that only catch `break`. */
export interface BlockScope {
  parent: BlockScope | null;
  /** Number of active locals when the block was entered: its locals start at this register. */
  base: number;
  breakable: boolean;
  /** Some local of this block is captured by an inner function (so far). */
  captured: boolean;
  ast: Block | null;
}

export type Resolved =
  | { kind: 'local'; v: LocalVar }
  | { kind: 'upval'; index: number }
  | { kind: 'global' };

/** Name resolution state of one function being parsed. */
export class FunctionScope {
  readonly actives: LocalVar[] = [];
  /** Declared in the current statement but not yet in scope (`local a, b = ...`). */
  pending = 0;
  block: BlockScope | null = null;

  constructor(
    readonly parent: FunctionScope | null,
    readonly node: FunctionNode,
    private readonly lex: Lexer,
  ) {}

  /** Declare a local that becomes visible at the next `activate`. */
  declare(name: string): LocalVar {
    this.checkLimit(this.actives.length + this.pending + 1, MAX_LOCALS, 'local variables');
    const v: LocalVar = { name, reg: this.actives.length + this.pending };
    this.pending++;
    return v;
  }

  activate(vars: LocalVar[]): void {
    for (const v of vars) this.actives.push(v);
    this.pending = 0;
  }

  enterBlock(breakable: boolean, ast: Block | null): BlockScope {
    const b: BlockScope = { parent: this.block, base: this.actives.length, breakable, captured: false, ast };
    this.block = b;
    return b;
  }

  leaveBlock(): void {
    const b = this.block!;
    this.actives.length = b.base;
    this.block = b.parent;
  }

  resolve(name: string): Resolved {
    return resolveIn(this, name, true);
  }

  /** Mark the block declaring register `reg` as having a captured local. */
  markCaptured(reg: number): void {
    let b = this.block;
    while (b !== null && b.base > reg) b = b.parent;
    if (b !== null) {
      b.captured = true;
      if (b.ast !== null) b.ast.captured = true;
    }
  }

  upvalIndex(name: string, inStack: boolean, index: number): number {
    const ups: UpvalDesc[] = this.node.upvals;
    for (let i = 0; i < ups.length; i++) {
      const u = ups[i]!;
      if (u.inStack === inStack && u.index === index) return i;
    }
    this.checkLimit(ups.length + 1, MAX_UPVALUES, 'upvalues');
    ups.push({ name, inStack, index });
    return ups.length - 1;
  }

  private checkLimit(value: number, limit: number, what: string): void {
    if (value <= limit) return;
    const where = this.node.line === 0 ? 'main function' : `function at line ${this.node.line}`;
    this.lex.error(`${where} has more than ${limit} ${what}`, 0);
  }
}

function resolveIn(fs: FunctionScope | null, name: string, direct: boolean): Resolved {
  if (fs === null) return { kind: 'global' };
  const a = fs.actives;
  for (let i = a.length - 1; i >= 0; i--) {
    const v = a[i]!;
    if (v.name === name) {
      if (!direct) fs.markCaptured(v.reg);
      return { kind: 'local', v };
    }
  }
  const outer = resolveIn(fs.parent, name, false);
  if (outer.kind === 'global') return outer;
  const index =
    outer.kind === 'local' ? fs.upvalIndex(name, true, outer.v.reg) : fs.upvalIndex(name, false, outer.index);
  return { kind: 'upval', index };
}
