import type { Binding, Expr, FunctionNode, Stmt } from '../frontend/ast.js';
import { BytecodeBuilder } from '../generated/builder.gen.js';
import { TernSyntaxError } from '../runtime/errors.js';
import { TFloat } from '../runtime/float.js';
import type { CaptureDesc, TernProto } from '../runtime/function.js';

/**
 * Compiles one function to register bytecode with the generated builder. Registers: parameters
 * first, then locals as they are declared, then temporaries above them (stack discipline, so
 * a call's callee and arguments always sit at the top and the callee's frame starts there).
 */
export class FunctionCompiler {
  private readonly b = new BytecodeBuilder();
  /** First free register; registers below `nlocals` hold live locals. */
  private free = 0;
  private nlocals = 0;
  private maxRegs = 1;
  private readonly locals = new Map<Binding, number>();
  private readonly captures: CaptureDesc[] = [];
  private readonly captureIndex = new Map<Binding, number>();
  private readonly protos: TernProto[] = [];
  /** Per enclosing loop: positions of its `break` jumps. */
  private readonly loops: number[][] = [];
  private readonly floats = new Map<number, TFloat>();

  constructor(
    private readonly node: FunctionNode,
    private readonly parent: FunctionCompiler | null,
  ) {}

  compile(): TernProto {
    const n = this.node;
    this.b.line = n.line;
    for (const p of n.params) {
      const r = this.declareLocal(p);
      if (p.captured) this.b.NEWCELL(r, r);
    }
    this.block(n.body, n.isMain);
    // Falling off the end returns nil.
    const r = this.alloc();
    this.b.LOADNIL(r);
    this.b.RETURN(r);
    const { code, lines, consts, icKeys, icValues } = this.b.finish();
    return {
      code,
      lines,
      consts,
      icKeys,
      icValues,
      frameSize: this.maxRegs,
      numParams: n.params.length,
      name: n.name,
      arity: n.params.length,
      protos: this.protos,
      captures: this.captures,
    };
  }

  // ---- registers and constants

  private alloc(): number {
    const r = this.free++;
    if (this.free > this.maxRegs) this.maxRegs = this.free;
    return r;
  }

  private declareLocal(b: Binding): number {
    const r = this.alloc();
    this.nlocals = this.free;
    this.locals.set(b, r);
    return r;
  }

  /** Builder encoding of constant `k` in a slotOrConstant operand. */
  private static rk(k: number): number {
    return -1 - k;
  }

  private floatConstant(v: number): number {
    let f = this.floats.get(v);
    if (f === undefined) this.floats.set(v, (f = new TFloat(v)));
    return this.b.constant(f);
  }

  /** The register of a local this function owns and that is not captured (read in place). */
  private plainLocal(e: Expr): number | undefined {
    if (e.kind !== 'name' || e.binding === null || e.binding.captured) return undefined;
    return this.locals.get(e.binding);
  }

  /** The index of captured variable `b` (a local of an enclosing function) in this function's captures. */
  private capture(b: Binding): number {
    let i = this.captureIndex.get(b);
    if (i === undefined) {
      const p = this.parent!;
      const own = p.locals.get(b);
      this.captures.push(own !== undefined && b.owner === p.node ? { fromLocal: true, index: own } : { fromLocal: false, index: p.capture(b) });
      i = this.captures.length - 1;
      this.captureIndex.set(b, i);
    }
    return i;
  }

  // ---- statements

  private block(body: Stmt[], topLevel = false): void {
    const free = this.free;
    const nlocals = this.nlocals;
    for (const st of body) this.statement(st, topLevel);
    this.free = free;
    this.nlocals = nlocals;
  }

  private statement(st: Stmt, topLevel: boolean): void {
    this.b.line = st.line;
    const mark = this.free;
    switch (st.kind) {
      case 'let':
        if (topLevel) this.b.DEFGLOBAL(this.b.constant(st.binding.name), this.operand(st.value));
        else {
          const r = this.declareLocal(st.binding);
          this.expr(st.value, r);
          if (st.binding.captured) this.b.NEWCELL(r, r);
          return;
        }
        break;
      case 'fn':
        if (topLevel) {
          const t = this.alloc();
          this.closure(st.fn, t);
          this.b.DEFGLOBAL(this.b.constant(st.binding.name), t);
        } else {
          const r = this.declareLocal(st.binding);
          if (!st.binding.captured) {
            this.closure(st.fn, r);
            return;
          }
          // The cell exists before the closure, so the function can capture itself.
          this.b.LOADNIL(r);
          this.b.NEWCELL(r, r);
          const t = this.alloc();
          this.closure(st.fn, t);
          this.b.SETCELL(r, t);
          this.free = r + 1;
          return;
        }
        break;
      case 'assign':
        this.assign(st.target, st.value);
        break;
      case 'expr':
        this.expr(st.expr, this.alloc());
        break;
      case 'if': {
        const skip = this.b.JMPIFNOT(this.register(st.cond), 0);
        this.free = mark;
        this.block(st.then);
        if (st.otherwise === null) this.b.setTarget(skip, this.b.pc);
        else {
          const end = this.b.JMP(0);
          this.b.setTarget(skip, this.b.pc);
          this.block(st.otherwise);
          this.b.setTarget(end, this.b.pc);
        }
        break;
      }
      case 'while': {
        const start = this.b.pc;
        const exit = this.b.JMPIFNOT(this.register(st.cond), 0);
        this.free = mark;
        this.loops.push([]);
        this.block(st.body);
        this.b.line = st.line;
        this.b.JMP(start);
        this.b.setTarget(exit, this.b.pc);
        for (const j of this.loops.pop()!) this.b.setTarget(j, this.b.pc);
        break;
      }
      case 'break':
        if (this.loops.length === 0) throw new TernSyntaxError(st.line, "'break' outside a loop");
        this.loops[this.loops.length - 1].push(this.b.JMP(0));
        break;
      case 'return': {
        let r: number;
        if (st.value === null) this.b.LOADNIL((r = this.alloc()));
        else r = this.register(st.value);
        this.b.RETURN(r);
        break;
      }
    }
    this.free = mark;
  }

  private assign(target: Expr, value: Expr): void {
    if (target.kind === 'name') {
      const b = target.binding;
      if (b === null) this.b.SETGLOBAL(this.b.constant(target.name), this.operand(value));
      else if (b.owner !== this.node) this.b.SETCAPTURE(this.capture(b), this.operand(value));
      else if (b.captured) this.b.SETCELL(this.locals.get(b)!, this.operand(value));
      else this.expr(value, this.locals.get(b)!);
    } else if (target.kind === 'field') {
      const t = this.register(target.target);
      this.b.SETFIELD(t, this.b.constant(target.name), this.operand(value));
    } else if (target.kind === 'index') {
      const t = this.register(target.target);
      const i = this.operand(target.index);
      this.b.SETINDEX(t, i, this.operand(value));
    }
  }

  private closure(fn: FunctionNode, dst: number): void {
    const proto = new FunctionCompiler(fn, this).compile();
    this.protos.push(proto);
    this.b.CLOSURE(dst, this.protos.length - 1);
  }

  // ---- expressions

  /** `e` in some register: a plain local's own, or a new temporary. */
  private register(e: Expr): number {
    const own = this.plainLocal(e);
    if (own !== undefined) return own;
    const r = this.alloc();
    this.expr(e, r);
    return r;
  }

  /** `e` as a slotOrConstant operand: literals go to the constant pool. */
  private operand(e: Expr): number {
    if (e.kind === 'int' || e.kind === 'string') return FunctionCompiler.rk(this.b.constant(e.value));
    if (e.kind === 'float') return FunctionCompiler.rk(this.floatConstant(e.value));
    return this.register(e);
  }

  /** Whether `r` is a temporary no local lives in (so it may be written before `e` is done). */
  private isTemp(r: number): boolean {
    return r >= this.nlocals;
  }

  /** Compiles `e` so that its value ends up in register `dst`. */
  private expr(e: Expr, dst: number): void {
    this.b.line = e.line;
    const mark = this.free;
    switch (e.kind) {
      case 'int':
        if (e.value >= 0 && e.value < 1 << 16) this.b.LOADINT(dst, e.value);
        else this.b.LOADK(dst, this.b.constant(e.value));
        break;
      case 'float':
        this.b.LOADK(dst, this.floatConstant(e.value));
        break;
      case 'string':
        this.b.LOADK(dst, this.b.constant(e.value));
        break;
      case 'bool':
        this.b.LOADBOOL(dst, e.value ? 1 : 0);
        break;
      case 'nil':
        this.b.LOADNIL(dst);
        break;
      case 'name': {
        const b = e.binding;
        if (b === null) this.b.GETGLOBAL(dst, this.b.constant(e.name));
        else if (b.owner !== this.node) this.b.GETCAPTURE(dst, this.capture(b));
        else if (b.captured) this.b.GETCELL(dst, this.locals.get(b)!);
        else if (this.locals.get(b) !== dst) this.b.MOVE(dst, this.locals.get(b)!);
        break;
      }
      case 'unary': {
        const r = this.register(e.operand);
        this.b.line = e.line;
        if (e.op === '-') this.b.NEG(dst, r);
        else this.b.NOT(dst, r);
        break;
      }
      case 'binary':
        this.binary(e.op, e.lhs, e.rhs, dst, e.line);
        break;
      case 'logical': {
        // Built in a temporary: `x = y && x` must not overwrite x before reading it.
        const t = this.isTemp(dst) ? dst : this.alloc();
        this.expr(e.lhs, t);
        this.b.line = e.line;
        const j = e.op === '&&' ? this.b.JMPIFNOT(t, 0) : this.b.JMPIF(t, 0);
        this.expr(e.rhs, t);
        this.b.setTarget(j, this.b.pc);
        if (t !== dst) this.b.MOVE(dst, t);
        break;
      }
      case 'call': {
        const base = this.isTemp(dst) && dst === this.free - 1 ? dst : this.alloc();
        this.expr(e.callee, base);
        for (const a of e.args) this.expr(a, this.alloc());
        this.b.line = e.line;
        this.b.CALL(base, e.args.length);
        if (base !== dst) this.b.MOVE(dst, base);
        break;
      }
      case 'field': {
        const t = this.register(e.target);
        this.b.line = e.line;
        this.b.GETFIELD(dst, t, this.b.constant(e.name));
        break;
      }
      case 'index': {
        const t = this.register(e.target);
        const i = this.operand(e.index);
        this.b.line = e.line;
        this.b.GETINDEX(dst, t, i);
        break;
      }
      case 'array': {
        const first = this.free;
        for (const item of e.items) this.expr(item, this.alloc());
        this.b.line = e.line;
        this.b.NEWARRAY(dst, first, e.items.length);
        break;
      }
      case 'object': {
        // Built in a temporary: `o = {a: o}` must read the old o.
        const t = this.isTemp(dst) ? dst : this.alloc();
        this.b.NEWOBJECT(t);
        for (const f of e.fields) {
          const v = this.operand(f.value);
          this.b.line = e.line;
          this.b.SETFIELD(t, this.b.constant(f.name), v);
        }
        if (t !== dst) this.b.MOVE(dst, t);
        break;
      }
      case 'function':
        this.closure(e.fn, dst);
        break;
    }
    this.free = mark;
  }

  private binary(op: string, lhs: Expr, rhs: Expr, dst: number, line: number): void {
    const l = this.operand(lhs);
    const r = this.operand(rhs);
    this.b.line = line;
    const b = this.b;
    switch (op) {
      case '+': b.ADD(dst, l, r); break;
      case '-': b.SUB(dst, l, r); break;
      case '*': b.MUL(dst, l, r); break;
      case '/': b.DIV(dst, l, r); break;
      case '//': b.IDIV(dst, l, r); break;
      case '%': b.MOD(dst, l, r); break;
      case '==': b.EQ(dst, l, r); break;
      case '!=': b.NE(dst, l, r); break;
      case '<': b.LT(dst, l, r); break;
      case '<=': b.LE(dst, l, r); break;
      // Operands are evaluated left to right, then swapped.
      case '>': b.LT(dst, r, l); break;
      case '>=': b.LE(dst, r, l); break;
      default: throw new TernSyntaxError(line, `unknown operator '${op}'`);
    }
  }
}
