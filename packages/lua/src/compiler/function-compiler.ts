import type { Block, CallExpr, Expr, FunctionNode, LocalVar, Stat } from '../frontend/ast.js';
import { chunkId } from '../frontend/chunk-id.js';
import { LuaSyntaxError } from '../frontend/errors.js';
import type { Desc } from './desc.js';
import { rk, type Emitter } from './emitter.js';
import type { ProtoData } from './proto.js';
import { recordKeys, roundedSizeHint } from './table-size.js';
import { shapeOfKeys } from '../runtime/shape.js';

/** Registers per function (lua5.1's MAXSTACK). */
export const MAX_REGISTERS = 250;
/** Array items stored per SETLIST (lua5.1's LFIELDS_PER_FLUSH). */
export const FIELDS_PER_FLUSH = 50;

const ARITH = { add: 'ADD', sub: 'SUB', mul: 'MUL', div: 'DIV', mod: 'MOD', pow: 'POW' } as const;

interface DebugLocal {
  name: string;
  reg: number;
  startPc: number;
  endPc: number;
}

/** Compiles one function (and, recursively, the functions nested in it) to a ProtoData. */
export class FunctionCompiler {
  private readonly em: Emitter;
  /** First free register; everything below is a local or a live temporary. */
  private freeReg = 0;
  /** Registers held by locals in scope. */
  private nactvar = 0;
  private maxReg = 2;
  private readonly locals: DebugLocal[] = [];
  /** Indices into `locals` of the locals in scope, innermost last. */
  private readonly scope: number[] = [];
  /** Pending `break` jumps of each enclosing loop, innermost last. */
  private readonly loops: number[][] = [];
  private readonly protos: ProtoData[] = [];

  constructor(
    private readonly fn: FunctionNode,
    private readonly source: string,
    private readonly newEmitter: () => Emitter,
  ) {
    this.em = newEmitter();
  }

  compile(): ProtoData {
    const fn = this.fn;
    const em = this.em;
    em.line = fn.line === 0 ? 1 : fn.line;
    const params = fn.argLocal !== null ? [...fn.params, fn.argLocal] : fn.params;
    this.reserve(params.length);
    this.activate(params);
    if (fn.isVararg) em.VARARGPREP(fn.params.length, fn.needsArg ? 1 : 0);
    this.statements(fn.body.stats);
    em.line = fn.endLine;
    em.RETURN(0, 0);
    this.endScope(0);
    // As lua5.1 does while emitting (pending jumps to a jump take its target), done once at the end.
    em.threadJumps();
    const { code, lines, consts, icKeys, icValues } = em.finish();
    return {
      source: this.source,
      name: fn.line === 0 ? 'main chunk' : `function <${chunkId(this.source)}:${fn.line}>`,
      lineDefined: fn.line,
      lastLineDefined: fn.line === 0 ? 0 : fn.lastLine,
      numParams: fn.params.length,
      isVararg: fn.isVararg,
      frameSize: this.maxReg,
      code, lines, consts, icKeys, icValues,
      protos: this.protos,
      upvals: fn.upvals.map((u) => ({ inStack: u.inStack, index: u.index, name: u.name })),
      locals: this.locals,
      jit: undefined,
      hotness: undefined,
    };
  }

  // ---- registers and scopes ----

  private reserve(n: number): void {
    this.freeReg += n;
    if (this.freeReg > this.maxReg) {
      if (this.freeReg > MAX_REGISTERS) {
        throw new LuaSyntaxError(`${chunkId(this.source)}:${this.em.line}: function or expression too complex`);
      }
      this.maxReg = this.freeReg;
    }
  }

  /** Release a temporary register (temporaries are freed in stack order). */
  private freeRegister(reg: number): void {
    if (reg >= this.nactvar) {
      this.freeReg--;
      if (reg !== this.freeReg) throw new Error(`internal: freeing register ${reg}, expected ${this.freeReg}`);
    }
  }

  private free(d: Desc): void {
    if (d.k === 'reg') this.freeRegister(d.reg);
  }

  /** Free two RK operands, the higher register first. */
  private free2(a: number, b: number): void {
    if (a > b) {
      if (a >= 0) this.freeRegister(a);
      if (b >= 0) this.freeRegister(b);
    } else {
      if (b >= 0) this.freeRegister(b);
      if (a >= 0) this.freeRegister(a);
    }
  }

  private activate(vars: LocalVar[]): void {
    for (const v of vars) {
      this.scope.push(this.locals.length);
      this.locals.push({ name: v.name, reg: v.reg, startPc: this.em.pc, endPc: -1 });
    }
    this.nactvar += vars.length;
  }

  /** Close the scope of all locals from register `base` up. */
  private endScope(base: number): void {
    const pc = this.em.pc;
    while (this.scope.length > 0) {
      const d = this.locals[this.scope[this.scope.length - 1]!]!;
      if (d.reg < base) break;
      d.endPc = pc;
      this.scope.pop();
    }
    this.nactvar = base;
  }

  private patchHere(jumps: number[]): void {
    const pc = this.em.pc;
    for (const j of jumps) this.em.setTarget(j, pc);
  }

  // ---- statements ----

  /** Table reads and writes with a constant string key get their own bytecodes (with inline caches). */
  private stringKey(key: number): number | undefined {
    return key < 0 && typeof this.em.constantAt(-1 - key) === 'string' ? -1 - key : undefined;
  }

  private emitGet(dst: number, obj: number, key: number): number {
    const k = this.stringKey(key);
    return k !== undefined ? this.em.GETFIELD(dst, obj, k) : this.em.GETTABLE(dst, obj, key);
  }

  private emitSet(obj: number, key: number, value: number): number {
    const k = this.stringKey(key);
    return k !== undefined ? this.em.SETFIELD(obj, k, value) : this.em.SETTABLE(obj, key, value);
  }

  private statements(stats: Stat[]): void {
    for (const s of stats) {
      this.statement(s);
      this.freeReg = this.nactvar;
    }
  }

  private block(b: Block): void {
    this.statements(b.stats);
    this.endScope(b.base);
    if (b.captured) this.em.CLOSE(b.base);
    this.freeReg = this.nactvar;
  }

  private statement(s: Stat): void {
    // Instructions without a more precise line get the statement's first line.
    if ('line' in s && typeof s.line === 'number') this.em.line = s.line;
    const em = this.em;
    switch (s.k) {
      case 'local': {
        this.adjust(s.vars.length, s.exprs, s.line);
        this.activate(s.vars);
        return;
      }
      case 'localfunction': {
        this.reserve(1);
        this.activate([s.v]);
        const d = this.closure(s.fn, s.line);
        this.toReg(d, s.v.reg, false);
        this.locals[this.locals.length - 1]!.startPc = em.pc;
        return;
      }
      case 'assign':
        return this.assign(s.targets, s.exprs, s.line);
      case 'call': {
        const d = this.expr(s.call) as Extract<Desc, { k: 'call' }>;
        em.line = d.line;
        em.CALL(d.base, d.nargs, 0);
        return;
      }
      case 'do':
        return this.block(s.body);
      case 'while': {
        const init = em.pc;
        const exits = this.jumpIf(s.cond, false);
        this.loops.push([]);
        this.block(s.body);
        em.line = s.endLine;
        em.JMP(init);
        this.patchHere(exits);
        this.patchHere(this.loops.pop()!);
        return;
      }
      case 'repeat':
        return this.repeat(s);
      case 'if':
        return this.ifStat(s);
      case 'numfor':
        return this.numericFor(s);
      case 'genfor':
        return this.genericFor(s);
      case 'return':
        return this.returnStat(s.exprs, s.line);
      case 'break': {
        em.line = s.line;
        if (s.closeFrom >= 0) em.CLOSE(s.closeFrom);
        this.loops[this.loops.length - 1]!.push(em.JMP(-1));
        return;
      }
    }
  }

  private repeat(s: Extract<Stat, { k: 'repeat' }>): void {
    const em = this.em;
    const init = em.pc;
    const breaks: number[] = [];
    this.loops.push(breaks);
    const body = s.body;
    this.statements(body.stats);
    const exits = this.jumpIf(s.cond, false); // the condition sees the body's locals
    em.line = s.untilLine;
    if (!body.captured) {
      this.endScope(body.base);
      for (const j of exits) em.setTarget(j, init);
    } else {
      // Captured locals must be closed whichever way the loop goes.
      em.CLOSE(body.base);
      breaks.push(em.JMP(-1));
      this.patchHere(exits);
      this.endScope(body.base);
      em.CLOSE(body.base);
      em.JMP(init);
    }
    this.freeReg = this.nactvar;
    this.patchHere(this.loops.pop()!);
  }

  private ifStat(s: Extract<Stat, { k: 'if' }>): void {
    const em = this.em;
    const escapes: number[] = [];
    let falseJumps: number[] = [];
    s.clauses.forEach((c, i) => {
      if (i > 0) {
        em.line = s.clauses[i - 1]!.endLine;
        escapes.push(em.JMP(-1));
        this.patchHere(falseJumps);
      }
      falseJumps = this.jumpIf(c.cond, false);
      this.block(c.body);
    });
    if (s.orelse !== null) {
      em.line = s.clauses[s.clauses.length - 1]!.endLine;
      escapes.push(em.JMP(-1));
      this.patchHere(falseJumps);
      this.block(s.orelse);
    } else {
      escapes.push(...falseJumps);
    }
    this.patchHere(escapes);
  }

  private numericFor(s: Extract<Stat, { k: 'numfor' }>): void {
    const em = this.em;
    const base = this.freeReg;
    this.toNextReg(this.expr(s.start));
    this.toNextReg(this.expr(s.limit));
    if (s.step !== null) {
      this.toNextReg(this.expr(s.step));
    } else {
      this.reserve(1);
      em.LOADK(base + 2, em.constant(1));
    }
    this.activate(s.hidden);
    em.line = s.doLine;
    const prep = em.FORPREP(base, -1);
    const bodyStart = em.pc;
    this.loops.push([]);
    this.loopBody(s.body, [s.v]);
    em.setTarget(prep, em.pc);
    em.line = s.line;
    em.FORLOOP(base, bodyStart);
    this.patchHere(this.loops.pop()!);
    this.endScope(base);
  }

  private genericFor(s: Extract<Stat, { k: 'genfor' }>): void {
    const em = this.em;
    const base = this.freeReg;
    this.adjust(3, s.exprs, s.line);
    this.activate(s.hidden);
    em.line = s.doLine;
    const prep = em.JMP(-1);
    const bodyStart = em.pc;
    this.loops.push([]);
    this.loopBody(s.body, s.vars);
    em.setTarget(prep, em.pc);
    em.line = s.line;
    em.TFORLOOP(base, s.vars.length, bodyStart);
    this.patchHere(this.loops.pop()!);
    this.endScope(base);
  }

  /** The scope holding a for loop's variables, then the body block inside it. */
  private loopBody(scope: Block, vars: LocalVar[]): void {
    this.freeReg = this.nactvar;
    this.activate(vars);
    this.reserve(vars.length);
    this.block(scope);
  }

  private returnStat(exprs: Expr[], line: number): void {
    const em = this.em;
    if (exprs.length === 0) {
      em.line = line;
      em.RETURN(0, 0);
      return;
    }
    const last = exprs[exprs.length - 1]!;
    for (let i = 0; i < exprs.length - 1; i++) this.toNextReg(this.expr(exprs[i]!));
    const d = this.expr(last);
    em.line = line;
    if (d.k === 'call' && exprs.length === 1) {
      em.line = d.line;
      em.TAILCALL(d.base, d.nargs);
      return;
    }
    if (d.k === 'call' || d.k === 'vararg') {
      this.setMulti(d);
      em.line = line;
      em.RETURN(this.nactvar, -1);
      return;
    }
    if (exprs.length === 1) {
      const r = this.toAnyReg(d);
      em.line = line;
      em.RETURN(r, 1);
      return;
    }
    this.toNextReg(d);
    em.line = line;
    em.RETURN(this.nactvar, exprs.length);
  }

  /**
   * Evaluate `exprs` into `n` consecutive new registers, dropping extra values and padding with
   * nil, with a trailing call or `...` supplying as many values as are missing.
   */
  private adjust(n: number, exprs: Expr[], line: number): void {
    const em = this.em;
    if (exprs.length === 0) {
      const reg = this.freeReg;
      this.reserve(n);
      em.line = line;
      em.LOADNIL(reg, n);
      return;
    }
    for (let i = 0; i < exprs.length - 1; i++) this.toNextReg(this.expr(exprs[i]!));
    const d = this.expr(exprs[exprs.length - 1]!);
    let extra = n - exprs.length;
    if (d.k === 'call' || d.k === 'vararg') {
      extra = Math.max(extra + 1, 0);
      this.setResults(d, extra);
      if (extra > 1) this.reserve(extra - 1);
    } else {
      this.toNextReg(d);
      if (extra > 0) {
        const reg = this.freeReg;
        this.reserve(extra);
        em.line = line;
        em.LOADNIL(reg, extra);
      }
    }
  }

  private assign(targets: Expr[], exprs: Expr[], line: number): void {
    type Target =
      | { k: 'local'; reg: number }
      | { k: 'upval'; index: number }
      | { k: 'global'; name: string }
      | { k: 'index'; obj: number; key: number };
    const places: Target[] = [];
    for (const t of targets) {
      switch (t.k) {
        case 'local': {
          // A table or key register of an earlier target that this assignment overwrites must be
          // read before the assignment: use a copy.
          const reg = t.v.reg;
          let conflict = false;
          const copy = this.freeReg;
          for (const p of places) {
            if (p.k !== 'index') continue;
            if (p.obj === reg) {
              conflict = true;
              p.obj = copy;
            }
            if (p.key === reg) {
              conflict = true;
              p.key = copy;
            }
          }
          if (conflict) {
            this.em.line = t.line;
            this.em.MOVE(copy, reg);
            this.reserve(1);
          }
          places.push({ k: 'local', reg });
          break;
        }
        case 'upval':
          places.push({ k: 'upval', index: t.index });
          break;
        case 'global':
          places.push({ k: 'global', name: t.name });
          break;
        case 'index': {
          const obj = this.toAnyReg(this.expr(t.obj));
          const key = this.toRK(this.expr(t.key));
          places.push({ k: 'index', obj, key });
          break;
        }
        default:
          throw new Error('internal: bad assignment target');
      }
    }
    const store = (p: Target, d: Desc): void => {
      const em = this.em;
      switch (p.k) {
        case 'local':
          this.free(d);
          this.toReg(d, p.reg, false);
          return;
        case 'upval': {
          const r = this.toAnyReg(d);
          em.line = line;
          em.SETUPVAL(r, p.index);
          this.free(d.k === 'reg' ? d : { k: 'reg', reg: r });
          return;
        }
        case 'global': {
          const r = this.toAnyReg(d);
          em.line = line;
          em.SETGLOBAL(r, em.constant(p.name));
          this.free(d.k === 'reg' ? d : { k: 'reg', reg: r });
          return;
        }
        case 'index': {
          const v = this.toRK(d);
          em.line = line;
          this.emitSet(p.obj, p.key, v);
          if (v >= 0) this.freeRegister(v);
          return;
        }
      }
    };
    let i = places.length - 1;
    if (exprs.length === places.length) {
      for (let j = 0; j < exprs.length - 1; j++) this.toNextReg(this.expr(exprs[j]!));
      let d = this.expr(exprs[exprs.length - 1]!);
      if (d.k === 'call' || d.k === 'vararg') d = this.setOne(d);
      this.em.line = line;
      store(places[i]!, d);
      i--;
    } else {
      this.adjust(places.length, exprs, line);
      if (exprs.length > places.length) this.freeReg -= exprs.length - places.length;
    }
    for (; i >= 0; i--) store(places[i]!, { k: 'reg', reg: this.freeReg - 1 });
  }

  // ---- expressions ----

  private expr(e: Expr): Desc {
    const em = this.em;
    switch (e.k) {
      // lua5.1 records for each instruction the line of the last token read: for a constant
      // loaded into a register, the constant's own line.
      case 'nil':
      case 'true':
      case 'false':
        em.line = e.line;
        return { k: e.k };
      case 'number':
      case 'string':
        em.line = e.line;
        return { k: 'const', value: e.value };
      case 'vararg':
        return { k: 'vararg', line: e.line };
      case 'function':
        return this.closure(e.fn, e.line);
      case 'table':
        return this.table(e);
      case 'paren': {
        const d = this.expr(e.inner);
        return d.k === 'call' || d.k === 'vararg' ? this.setOne(d) : d;
      }
      case 'local':
        return { k: 'reg', reg: e.v.reg };
      case 'upval':
        return { k: 'pending', emit: (dst) => ((em.line = e.line), em.GETUPVAL(dst, e.index)) };
      case 'global':
        return { k: 'pending', emit: (dst) => ((em.line = e.line), em.GETGLOBAL(dst, em.constant(e.name))) };
      case 'index': {
        // An upvalue table indexed by a key whose evaluation runs no code: one GETTABUP instead
        // of GETUPVAL into a temporary and GETTABLE (constant string keys keep GETFIELD's cache).
        if (e.obj.k === 'upval' && inertKey(e.key)) {
          const up = e.obj.index;
          const key = this.toRK(this.expr(e.key));
          if (key >= 0) this.freeRegister(key);
          return { k: 'pending', emit: (dst) => ((em.line = e.line), em.GETTABUP(dst, up, key)) };
        }
        const obj = this.toAnyReg(this.expr(e.obj));
        const key = this.toRK(this.expr(e.key));
        this.free2(key, obj);
        return { k: 'pending', emit: (dst) => ((em.line = e.line), this.emitGet(dst, obj, key)) };
      }
      case 'call':
      case 'method':
        return this.call(e);
      case 'unop': {
        if (e.op === 'not' && isCondition(e.operand)) return { k: 'cond', e };
        const r = this.toAnyReg(this.expr(e.operand));
        this.freeRegister(r);
        const op = e.op === 'neg' ? 'UNM' : e.op === 'not' ? 'NOT' : 'LEN';
        return { k: 'pending', emit: (dst) => ((em.line = e.line), em[op](dst, r)) };
      }
      case 'binop': {
        switch (e.op) {
          case 'add':
          case 'sub':
          case 'mul':
          case 'div':
          case 'mod':
          case 'pow': {
            const [a, b] = this.operands(e.left, e.right);
            this.free2(a, b);
            const op = ARITH[e.op];
            return { k: 'pending', emit: (dst) => ((em.line = e.line), em[op](dst, a, b)) };
          }
          case 'concat':
            return this.concat(e);
          default:
            return { k: 'cond', e };
        }
      }
    }
  }

  /** Both operands as RK, left first; a numeral on the left waits so that it stays a constant. */
  private operands(left: Expr, right: Expr): [number, number] {
    const l = this.expr(left);
    const numeral = l.k === 'const' && typeof l.value === 'number';
    const a = numeral ? 0 : this.toRK(l);
    const b = this.toRK(this.expr(right));
    return [numeral ? this.toRK(l) : a, b];
  }

  private concat(e: Expr): Desc {
    // `a .. b .. c` is right-associative: one CONCAT over consecutive registers covers the chain.
    const parts: Expr[] = [];
    let cur: Expr = e;
    for (;;) {
      let inner = cur;
      while (inner.k === 'paren') inner = inner.inner;
      if (inner.k === 'binop' && inner.op === 'concat') {
        parts.push(inner.left);
        cur = inner.right;
      } else {
        parts.push(cur);
        break;
      }
    }
    const first = this.freeReg;
    for (const p of parts) this.toNextReg(this.expr(p));
    this.freeReg = first;
    const em = this.em;
    const line = e.line;
    return { k: 'pending', emit: (dst) => ((em.line = line), em.CONCAT(dst, first, parts.length)) };
  }

  private closure(fn: FunctionNode, line: number): Desc {
    const child = new FunctionCompiler(fn, this.source, this.newEmitter).compile();
    this.protos[fn.index] = child;
    const em = this.em;
    return { k: 'pending', emit: (dst) => ((em.line = line), em.CLOSURE(dst, fn.index)) };
  }

  private call(e: CallExpr): Desc {
    const em = this.em;
    let base: number;
    if (e.k === 'method') {
      const obj = this.toAnyReg(this.expr(e.obj));
      this.freeRegister(obj);
      base = this.freeReg;
      this.reserve(2);
      em.line = e.line;
      em.SELF(base, obj, em.constant(e.name));
    } else {
      base = this.toNextReg(this.expr(e.fn));
    }
    let nargs: number;
    const args = e.args;
    if (args.length === 0) {
      nargs = e.k === 'method' ? 1 : 0;
    } else {
      for (let i = 0; i < args.length - 1; i++) this.toNextReg(this.expr(args[i]!));
      const last = this.expr(args[args.length - 1]!);
      if (last.k === 'call' || last.k === 'vararg') {
        this.setMulti(last);
        nargs = -1;
      } else {
        this.toNextReg(last);
        nargs = this.freeReg - base - 1;
      }
    }
    this.freeReg = base + 1;
    return { k: 'call', base, nargs, line: e.line };
  }

  private table(e: Extract<Expr, { k: 'table' }>): Desc {
    const em = this.em;
    const items = e.items;
    const lastItem = items[items.length - 1];
    const multiTail = lastItem !== undefined && lastItem.kind === 'list' && isMulti(lastItem.value);
    const t = this.freeReg;
    em.line = e.line;
    const arrayHint = roundedSizeHint(e.arrayCount - (multiTail ? 1 : 0));
    const keys = recordKeys(items);
    if (keys.length > 0) em.NEWRECORD(t, arrayHint, em.constant(shapeOfKeys(keys)));
    else em.NEWTABLE(t, arrayHint, roundedSizeHint(e.hashCount));
    this.reserve(1);
    let pending: Desc | null = null;
    let toStore = 0;
    let flushed = 0;
    for (const item of items) {
      // The previous list item is put in place (and a full batch stored) only now, as lua5.1 does.
      if (pending !== null) {
        this.toNextReg(pending);
        pending = null;
        if (toStore === FIELDS_PER_FLUSH) {
          em.SETLIST(t, toStore, flushed);
          flushed += toStore;
          toStore = 0;
          this.freeReg = t + 1;
        }
      }
      if (item.kind === 'list') {
        pending = this.expr(item.value);
        toStore++;
      } else {
        const key = this.toRK(this.expr(item.key));
        const value = this.toRK(this.expr(item.value));
        em.line = item.line;
        this.emitSet(t, key, value);
        // Only the key and value temporaries go: list items waiting for SETLIST sit below them.
        this.free2(key, value);
      }
    }
    if (toStore > 0) {
      if (pending !== null && (pending.k === 'call' || pending.k === 'vararg')) {
        this.setMulti(pending);
        em.line = e.line;
        em.SETLIST(t, -1, flushed);
      } else {
        if (pending !== null) this.toNextReg(pending);
        em.line = e.line;
        em.SETLIST(t, toStore, flushed);
      }
    }
    this.freeReg = t + 1;
    return { k: 'reg', reg: t };
  }

  // ---- placing values ----

  /** Keep all the values of a call or `...` (up to "top"). */
  private setMulti(d: Extract<Desc, { k: 'call' | 'vararg' }>): void {
    this.setResults(d, -1);
  }

  /** Emit a call or `...` producing `n` values (-1: all) from its base register. */
  private setResults(d: Extract<Desc, { k: 'call' | 'vararg' }>, n: number): void {
    const em = this.em;
    em.line = d.line;
    if (d.k === 'call') {
      em.CALL(d.base, d.nargs, n);
    } else {
      em.VARARG(this.freeReg, n);
      this.reserve(1);
    }
  }

  /** Truncate a call or `...` to its first value. */
  private setOne(d: Extract<Desc, { k: 'call' | 'vararg' }>): Desc {
    const em = this.em;
    if (d.k === 'call') {
      em.line = d.line;
      em.CALL(d.base, d.nargs, 1);
      return { k: 'reg', reg: d.base };
    }
    const line = d.line;
    return { k: 'pending', emit: (dst) => ((em.line = line), em.VARARG(dst, 1)) };
  }

  /**
   * Put the value of `d` into `dst`. `fresh` says `dst` is a just-reserved temporary that nothing
   * reads, so it may be written before the value is final.
   */
  private toReg(d: Desc, dst: number, fresh: boolean): void {
    const em = this.em;
    switch (d.k) {
      case 'nil':
        em.LOADNIL(dst, 1);
        return;
      case 'true':
      case 'false':
        em.LOADBOOL(dst, d.k === 'true' ? 1 : 0);
        return;
      case 'const':
        em.LOADK(dst, em.constant(d.value));
        return;
      case 'reg':
        if (d.reg !== dst) em.MOVE(dst, d.reg);
        return;
      case 'pending':
        d.emit(dst);
        return;
      case 'call':
      case 'vararg': {
        // The call's base register is a temporary: release it before copying, or it stays
        // reserved and shifts every later register (an argument count, a freeing order).
        const one = this.setOne(d);
        this.free(one);
        return this.toReg(one, dst, fresh);
      }
      case 'cond':
        return this.condToReg(d.e, dst, fresh);
    }
  }

  /** Put the value in the next free register; returns that register. */
  private toNextReg(d: Desc): number {
    if (d.k === 'call' || d.k === 'vararg') d = this.setOne(d);
    this.free(d);
    const dst = this.freeReg;
    this.reserve(1);
    this.toReg(d, dst, true);
    return dst;
  }

  /** A register holding the value: its own if it has one, else the next free register. */
  private toAnyReg(d: Desc): number {
    if (d.k === 'call' || d.k === 'vararg') d = this.setOne(d);
    if (d.k === 'reg') return d.reg;
    return this.toNextReg(d);
  }

  /**
   * An RK operand: literals become constants (nil, true and false too, as lua5.1 makes them:
   * `x == nil` is one EQ and `t[i] = true` one SETTABLE), the rest a register.
   */
  private toRK(d: Desc): number {
    switch (d.k) {
      case 'const': return rk(this.em.constant(d.value));
      case 'nil': return rk(this.em.constant(undefined));
      case 'true': return rk(this.em.constant(true));
      case 'false': return rk(this.em.constant(false));
      default: return this.toAnyReg(d);
    }
  }

  // ---- conditions and short-circuit values ----

  /**
   * Emit code that jumps when the truthiness of `e` equals `cond` and falls through otherwise;
   * returns the jumps to patch.
   */
  private jumpIf(e: Expr, cond: boolean): number[] {
    const em = this.em;
    while (e.k === 'paren' && !isMulti(e.inner)) e = e.inner;
    switch (e.k) {
      case 'nil':
      case 'false':
        return cond ? [] : [em.JMP(-1)];
      case 'true':
      case 'number':
      case 'string':
        return cond ? [em.JMP(-1)] : [];
      case 'unop':
        if (e.op === 'not') return this.jumpIf(e.operand, !cond);
        break;
      case 'binop': {
        const op = e.op;
        if (op === 'and' || op === 'or') {
          const shortCircuit = op === 'or'; // truthiness at which the left operand decides
          if (cond === shortCircuit) return [...this.jumpIf(e.left, cond), ...this.jumpIf(e.right, cond)];
          const skip = this.jumpIf(e.left, shortCircuit);
          const jumps = this.jumpIf(e.right, cond);
          this.patchHere(skip);
          return jumps;
        }
        if (op === 'eq' || op === 'ne' || op === 'lt' || op === 'le' || op === 'gt' || op === 'ge') {
          return [this.compare(e, cond)];
        }
        break;
      }
    }
    const d = this.expr(e);
    const r = this.toAnyReg(d);
    this.freeRegister(r);
    em.line = e.line;
    return [em.TEST(r, cond ? 1 : 0, -1)];
  }

  /** Emit a comparison that jumps when its result equals `cond`. */
  private compare(e: Extract<Expr, { k: 'binop' }>, cond: boolean): number {
    const em = this.em;
    const [a, b] = this.operands(e.left, e.right);
    this.free2(a, b);
    em.line = e.line;
    const c = cond ? 1 : 0;
    switch (e.op) {
      case 'eq': return em.EQ(a, b, c, -1);
      case 'ne': return em.EQ(a, b, 1 - c, -1);
      case 'lt': return em.LT(a, b, c, -1);
      case 'le': return em.LE(a, b, c, -1);
      case 'gt': return em.LT(b, a, c, -1);
      default: return em.LE(b, a, c, -1);
    }
  }

  /** Value of a condition-like expression into `dst` (see toReg for `fresh`). */
  private condToReg(e: Expr, dst: number, fresh: boolean): void {
    const em = this.em;
    if (e.k === 'binop' && (e.op === 'and' || e.op === 'or')) {
      const ends = this.valueJumpIf(e.left, e.op === 'or', dst, fresh);
      const d = this.expr(e.right);
      this.free(d);
      this.toReg(d, dst, fresh);
      this.patchHere(ends);
      return;
    }
    // A comparison or a negated condition: its value is a boolean.
    const onTrue = this.jumpIf(e, true);
    em.line = e.line;
    em.LOADBOOL(dst, 0);
    const end = em.JMP(-1);
    this.patchHere(onTrue);
    em.LOADBOOL(dst, 1);
    this.patchHere([end]);
  }

  /**
   * Jump when the truthiness of `e` equals `cond`, with `e`'s value in `dst` on the jumps;
   * fall through (with `dst` unspecified) otherwise.
   */
  private valueJumpIf(e: Expr, cond: boolean, dst: number, fresh: boolean): number[] {
    const em = this.em;
    while (e.k === 'paren' && !isMulti(e.inner)) e = e.inner;
    switch (e.k) {
      case 'nil':
      case 'false':
      case 'true':
      case 'number':
      case 'string': {
        const truthy = e.k !== 'nil' && e.k !== 'false';
        if (truthy !== cond) return [];
        this.toReg(this.expr(e), dst, fresh);
        return [em.JMP(-1)];
      }
      case 'binop':
        if (e.op === 'and' || e.op === 'or') {
          const shortCircuit = e.op === 'or';
          if (cond === shortCircuit) {
            return [...this.valueJumpIf(e.left, cond, dst, fresh), ...this.valueJumpIf(e.right, cond, dst, fresh)];
          }
          const skip = this.jumpIf(e.left, shortCircuit);
          const jumps = this.valueJumpIf(e.right, cond, dst, fresh);
          this.patchHere(skip);
          return jumps;
        }
        break;
    }
    if (isCondition(e)) {
      // A boolean-valued test: when it jumps, its value is `cond` itself.
      const skip = this.jumpIf(e, !cond);
      em.line = e.line;
      em.LOADBOOL(dst, cond ? 1 : 0);
      const j = em.JMP(-1);
      this.patchHere(skip);
      return [j];
    }
    const d = this.expr(e);
    if (d.k !== 'reg' && fresh && d.k !== 'call' && d.k !== 'vararg') {
      this.toReg(d, dst, true);
      em.line = e.line;
      return [em.TEST(dst, cond ? 1 : 0, -1)];
    }
    const r = this.toAnyReg(d);
    this.freeRegister(r);
    em.line = e.line;
    if (r === dst) return [em.TEST(dst, cond ? 1 : 0, -1)];
    return [em.TESTSET(dst, r, cond ? 1 : 0, -1)];
  }
}

function isMulti(e: Expr): boolean {
  return e.k === 'call' || e.k === 'method' || e.k === 'vararg';
}

/**
 * Whether evaluating `e` as a table key can run no code (no call, no metamethod) and so cannot
 * change an upvalue read before it; constant strings excepted, which GETFIELD serves.
 */
function inertKey(e: Expr): boolean {
  return e.k === 'number' || e.k === 'true' || e.k === 'false' || e.k === 'local' || e.k === 'upval';
}

/** Expressions compiled as jumps: comparisons, `and`/`or`, and `not` of those. */
function isCondition(e: Expr): boolean {
  while (e.k === 'paren') e = e.inner;
  if (e.k === 'binop') return e.op !== 'concat' && !(e.op in ARITH);
  if (e.k === 'unop' && e.op === 'not') return isCondition(e.operand);
  return false;
}
