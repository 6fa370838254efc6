import type { BinOp, Block, CallExpr, Expr, FunctionNode, LocalVar, Stat, TableItem, UnOp } from './ast.js';
import { Lexer } from './lexer.js';
import { FunctionScope } from './scope.js';
import { T, tokenName } from './tokens.js';
import { foldBinary, foldUnary } from './fold.js';

/**
 * Nesting limit of blocks and expressions: lua5.1 allows 200 nested C calls and its file loader
 * has used one of them when the parser starts.
 */
export const MAX_SYNTAX_LEVELS = 199;

/** Binary operator priorities as (left, right); right < left makes `..` and `^` right-associative. */
const BINARY: Partial<Record<number, [BinOp, number, number]>> = {
  [0x2b]: ['add', 6, 6], [0x2d]: ['sub', 6, 6], [0x2a]: ['mul', 7, 7], [0x2f]: ['div', 7, 7],
  [0x25]: ['mod', 7, 7], [0x5e]: ['pow', 10, 9], [T.Concat]: ['concat', 5, 4],
  [T.Eq]: ['eq', 3, 3], [T.Ne]: ['ne', 3, 3], [0x3c]: ['lt', 3, 3], [T.Le]: ['le', 3, 3],
  [0x3e]: ['gt', 3, 3], [T.Ge]: ['ge', 3, 3], [T.And]: ['and', 2, 2], [T.Or]: ['or', 1, 1],
};
const UNARY_PRIORITY = 8;

/** Parse a whole chunk into the main function's tree; throws LuaSyntaxError with lua5.1's message. */
export function parseChunk(source: string, chunkName: string): FunctionNode {
  return new Parser(source, chunkName).chunk();
}

function newBlock(base: number): Block {
  return { stats: [], base, captured: false };
}

function newFunction(line: number, index: number): FunctionNode {
  return {
    line, lastLine: 0, params: [], isVararg: false, needsArg: false, argLocal: null,
    body: newBlock(0), upvals: [], children: [], index, endLine: line,
  };
}

class Parser {
  private readonly lex: Lexer;
  private fs!: FunctionScope;
  private level = 0;

  constructor(source: string, chunkName: string) {
    this.lex = new Lexer(source, chunkName);
  }

  chunk(): FunctionNode {
    const main = newFunction(0, 0);
    main.isVararg = true;
    this.fs = new FunctionScope(null, main, this.lex);
    this.lex.next();
    main.body.stats = this.statements();
    this.check(T.Eos);
    main.endLine = this.lex.lastLine;
    return main;
  }

  // ---- token helpers ----

  /** The current token (a call, so that TypeScript does not narrow it across `next()`). */
  private t(): number {
    return this.lex.tok;
  }

  private testNext(t: number): boolean {
    if (this.lex.tok !== t) return false;
    this.lex.next();
    return true;
  }

  private check(t: number): void {
    if (this.lex.tok !== t) this.lex.syntaxError(`'${tokenName(t)}' expected`);
  }

  private checkNext(t: number): void {
    this.check(t);
    this.lex.next();
  }

  private checkMatch(what: number, who: number, where: number): void {
    if (this.testNext(what)) return;
    if (where === this.lex.line) this.check(what);
    this.lex.syntaxError(`'${tokenName(what)}' expected (to close '${tokenName(who)}' at line ${where})`);
  }

  private checkName(): string {
    this.check(T.Name);
    const s = this.lex.str;
    this.lex.next();
    return s;
  }

  private enterLevel(): void {
    if (++this.level > MAX_SYNTAX_LEVELS) this.lex.error('chunk has too many syntax levels', 0);
  }

  // ---- statements ----

  private blockFollows(): boolean {
    const t = this.t();
    return t === T.Else || t === T.Elseif || t === T.End || t === T.Until || t === T.Eos;
  }

  /** A statement list up to the end of its block; `return` and `break` must come last. */
  private statements(): Stat[] {
    const out: Stat[] = [];
    this.enterLevel();
    let last = false;
    while (!last && !this.blockFollows()) {
      const t = this.t();
      last = t === T.Return || t === T.Break;
      out.push(this.statement());
      this.testNext(0x3b);
    }
    this.level--;
    return out;
  }

  /** A block with its own scope. */
  private block(): Block {
    const b = newBlock(this.fs.actives.length);
    this.fs.enterBlock(false, b);
    b.stats = this.statements();
    this.fs.leaveBlock();
    return b;
  }

  private statement(): Stat {
    const line = this.lex.line;
    switch (this.t()) {
      case T.If:
        return this.ifStat(line);
      case T.While:
        return this.whileStat(line);
      case T.Do: {
        this.lex.next();
        const body = this.block();
        this.checkMatch(T.End, T.Do, line);
        return { k: 'do', body, line };
      }
      case T.For:
        return this.forStat(line);
      case T.Repeat:
        return this.repeatStat(line);
      case T.Function:
        return this.functionStat(line);
      case T.Local:
        this.lex.next();
        return this.testNext(T.Function) ? this.localFunction() : this.localStat();
      case T.Return:
        return this.returnStat();
      case T.Break:
        return this.breakStat();
      default:
        return this.exprStat();
    }
  }

  private ifStat(line: number): Stat {
    const clauses: { cond: Expr; body: Block; line: number; endLine: number }[] = [];
    do {
      const clauseLine = this.lex.line;
      this.lex.next(); // 'if' or 'elseif'
      const cond = this.expr();
      this.checkNext(T.Then);
      const body = this.block();
      clauses.push({ cond, body, line: clauseLine, endLine: this.lex.lastLine });
    } while (this.t() === T.Elseif);
    let orelse: Block | null = null;
    if (this.testNext(T.Else)) orelse = this.block();
    this.checkMatch(T.End, T.If, line);
    return { k: 'if', clauses, orelse, line };
  }

  private whileStat(line: number): Stat {
    this.lex.next();
    const cond = this.expr();
    this.fs.enterBlock(true, null);
    this.checkNext(T.Do);
    const body = this.block();
    const endLine = this.lex.lastLine;
    this.checkMatch(T.End, T.While, line);
    this.fs.leaveBlock();
    return { k: 'while', cond, body, line, endLine };
  }

  private repeatStat(line: number): Stat {
    this.lex.next();
    this.fs.enterBlock(true, null);
    const body = newBlock(this.fs.actives.length);
    this.fs.enterBlock(false, body);
    body.stats = this.statements();
    this.checkMatch(T.Until, T.Repeat, line);
    const cond = this.expr(); // sees the body's locals
    const untilLine = this.lex.lastLine;
    this.fs.leaveBlock();
    this.fs.leaveBlock();
    return { k: 'repeat', body, cond, line, untilLine };
  }

  private forStat(line: number): Stat {
    this.lex.next();
    this.fs.enterBlock(true, null);
    const name = this.checkName();
    let s: Stat;
    if (this.t() === 0x3d) s = this.numericFor(name, line);
    else if (this.t() === 0x2c || this.t() === T.In) s = this.genericFor(name, line);
    else this.lex.syntaxError(`'=' or 'in' expected`);
    this.checkMatch(T.End, T.For, line);
    this.fs.leaveBlock();
    return s;
  }

  private numericFor(name: string, line: number): Stat {
    const fs = this.fs;
    const hidden = [fs.declare('(for index)'), fs.declare('(for limit)'), fs.declare('(for step)')];
    const v = fs.declare(name);
    this.checkNext(0x3d);
    const start = this.expr();
    this.checkNext(0x2c);
    const limit = this.expr();
    const step = this.testNext(0x2c) ? this.expr() : null;
    fs.pending = 1; // the loop variable stays declared while the control variables come into scope
    fs.actives.push(...hidden);
    this.checkNext(T.Do);
    const doLine = this.lex.lastLine;
    const body = this.forBody([v]);
    return { k: 'numfor', hidden, v, start, limit, step, body, line, doLine };
  }

  private genericFor(first: string, line: number): Stat {
    const fs = this.fs;
    const hidden = [fs.declare('(for generator)'), fs.declare('(for state)'), fs.declare('(for control)')];
    const vars: LocalVar[] = [fs.declare(first)];
    while (this.testNext(0x2c)) vars.push(fs.declare(this.checkName()));
    this.checkNext(T.In);
    const exprs = this.exprList();
    fs.pending = vars.length;
    fs.actives.push(...hidden);
    this.checkNext(T.Do);
    const doLine = this.lex.lastLine;
    const body = this.forBody(vars);
    return { k: 'genfor', hidden, vars, exprs, body, line, doLine };
  }

  /** The loop variables get a scope of their own around the body block, as in lua5.1. */
  private forBody(vars: LocalVar[]): Block {
    const scope = newBlock(this.fs.actives.length);
    this.fs.enterBlock(false, scope);
    this.fs.activate(vars);
    const inner = this.block();
    scope.stats = [{ k: 'do', body: inner, line: 0 }];
    this.fs.leaveBlock();
    return scope;
  }

  private functionStat(line: number): Stat {
    this.lex.next();
    let target: Expr = this.singleVar(this.checkName());
    let isMethod = false;
    while (this.t() === 0x2e) target = this.field(target);
    if (this.t() === 0x3a) {
      isMethod = true;
      target = this.field(target);
    }
    const fn = this.body(isMethod, line);
    return { k: 'assign', targets: [target], exprs: [fn], line };
  }

  private localFunction(): Stat {
    const v = this.fs.declare(this.checkName());
    this.fs.activate([v]);
    const fnExpr = this.body(false, this.lex.line);
    return { k: 'localfunction', v, fn: (fnExpr as { fn: FunctionNode }).fn, line: this.lex.lastLine };
  }

  private localStat(): Stat {
    const vars: LocalVar[] = [];
    do vars.push(this.fs.declare(this.checkName()));
    while (this.testNext(0x2c));
    const exprs = this.testNext(0x3d) ? this.exprList() : [];
    this.fs.activate(vars);
    return { k: 'local', vars, exprs, line: this.lex.lastLine };
  }

  private returnStat(): Stat {
    this.lex.next();
    const exprs = this.blockFollows() || this.t() === 0x3b ? [] : this.exprList();
    return { k: 'return', exprs, line: this.lex.lastLine };
  }

  private breakStat(): Stat {
    const line = this.lex.line;
    this.lex.next();
    let captured = false;
    let b = this.fs.block;
    while (b !== null && !b.breakable) {
      captured ||= b.captured;
      b = b.parent;
    }
    if (b === null) this.lex.syntaxError('no loop to break');
    return { k: 'break', closeFrom: captured ? b.base : -1, line };
  }

  private exprStat(): Stat {
    const e = this.suffixedExpr();
    if (e.k === 'call' || e.k === 'method') return { k: 'call', call: e, line: e.line };
    // Anything but a call or an assignable place (a parenthesised expression, in practice) is
    // rejected at once, whatever follows it: lua5.1 words it "syntax error" near the next token.
    if (e.k !== 'local' && e.k !== 'upval' && e.k !== 'global' && e.k !== 'index') {
      this.lex.syntaxError('syntax error');
    }
    {
      const targets: Expr[] = [e];
      while (this.testNext(0x2c)) {
        const t = this.suffixedExpr();
        if (t.k !== 'local' && t.k !== 'upval' && t.k !== 'global' && t.k !== 'index') {
          this.lex.syntaxError('syntax error');
        }
        targets.push(t);
      }
      this.checkNext(0x3d);
      const exprs = this.exprList();
      return { k: 'assign', targets, exprs, line: this.lex.lastLine };
    }
  }

  // ---- expressions ----

  private exprList(): Expr[] {
    const list = [this.expr()];
    while (this.testNext(0x2c)) list.push(this.expr());
    return list;
  }

  private expr(): Expr {
    return this.subExpr(0);
  }

  private subExpr(limit: number): Expr {
    this.enterLevel();
    let left: Expr;
    const uop = this.unaryOp(this.t());
    if (uop !== null) {
      this.lex.next();
      const operand = this.subExpr(UNARY_PRIORITY);
      left = foldUnary(uop, operand, this.lex.lastLine);
    } else {
      left = this.simpleExpr();
    }
    for (;;) {
      const b = BINARY[this.t()];
      if (b === undefined || b[1] <= limit) break;
      this.lex.next();
      const right = this.subExpr(b[2]);
      left = foldBinary(b[0], left, right, this.lex.lastLine);
    }
    this.level--;
    return left;
  }

  private unaryOp(t: number): UnOp | null {
    if (t === T.Not) return 'not';
    if (t === 0x2d) return 'neg';
    if (t === 0x23) return 'len';
    return null;
  }

  private simpleExpr(): Expr {
    const line = this.lex.line;
    let e: Expr;
    switch (this.t()) {
      case T.Number:
        e = { k: 'number', value: this.lex.num, line };
        break;
      case T.String:
        e = { k: 'string', value: this.lex.str, line };
        break;
      case T.Nil:
        e = { k: 'nil', line };
        break;
      case T.True:
        e = { k: 'true', line };
        break;
      case T.False:
        e = { k: 'false', line };
        break;
      case T.Dots: {
        const fn = this.fs.node;
        if (!fn.isVararg) this.lex.syntaxError("cannot use '...' outside a vararg function");
        fn.needsArg = false;
        e = { k: 'vararg', line };
        break;
      }
      case 0x7b:
        return this.tableConstructor();
      case T.Function:
        this.lex.next();
        return this.body(false, line);
      default:
        return this.suffixedExpr();
    }
    this.lex.next();
    return e;
  }

  private primaryExpr(): Expr {
    if (this.t() === T.Name) {
      return this.singleVar(this.checkName());
    }
    if (this.t() === 0x28) {
      const line = this.lex.line;
      this.lex.next();
      const inner = this.expr();
      this.checkMatch(0x29, 0x28, line);
      return { k: 'paren', inner, line: this.lex.lastLine };
    }
    this.lex.syntaxError('unexpected symbol');
  }

  private suffixedExpr(): Expr {
    let e = this.primaryExpr();
    for (;;) {
      switch (this.t()) {
        case 0x2e:
          e = this.field(e);
          break;
        case 0x5b: {
          this.lex.next();
          const key = this.expr();
          this.checkNext(0x5d);
          e = { k: 'index', obj: e, key, line: this.lex.lastLine };
          break;
        }
        case 0x3a: {
          this.lex.next();
          const name = this.checkName();
          const { args, line } = this.callArgs();
          e = { k: 'method', obj: e, name, args, line };
          break;
        }
        case 0x28:
        case T.String:
        case 0x7b: {
          const { args, line } = this.callArgs();
          e = { k: 'call', fn: e, args, line } satisfies CallExpr;
          break;
        }
        default:
          return e;
      }
    }
  }

  /** `.name` or `:name` (the caller has checked which). */
  private field(obj: Expr): Expr {
    this.lex.next();
    const line = this.lex.line;
    const name = this.checkName();
    return { k: 'index', obj, key: { k: 'string', value: name, line }, line: this.lex.lastLine };
  }

  private callArgs(): { args: Expr[]; line: number } {
    const line = this.lex.line;
    switch (this.t()) {
      case 0x28: {
        if (line !== this.lex.lastLine) this.lex.syntaxError('ambiguous syntax (function call x new statement)');
        this.lex.next();
        const args = this.t() === 0x29 ? [] : this.exprList();
        this.checkMatch(0x29, 0x28, line);
        return { args, line };
      }
      case 0x7b:
        return { args: [this.tableConstructor()], line };
      case T.String: {
        const s: Expr = { k: 'string', value: this.lex.str, line };
        this.lex.next();
        return { args: [s], line };
      }
      default:
        this.lex.syntaxError('function arguments expected');
    }
  }

  private tableConstructor(): Expr {
    const line = this.lex.line;
    this.checkNext(0x7b);
    const items: TableItem[] = [];
    let arrayCount = 0;
    let hashCount = 0;
    do {
      if (this.t() === 0x7d) break;
      if ((this.t() === T.Name && this.lex.lookahead() === 0x3d) || this.t() === 0x5b) {
        let key: Expr;
        if (this.t() === T.Name) {
          key = { k: 'string', value: this.lex.str, line: this.lex.line };
          this.lex.next();
        } else {
          this.lex.next();
          key = this.expr();
          this.checkNext(0x5d);
        }
        this.checkNext(0x3d);
        const value = this.expr();
        items.push({ kind: 'keyed', key, value, line: this.lex.lastLine });
        hashCount++;
      } else {
        items.push({ kind: 'list', value: this.expr() });
        arrayCount++;
      }
    } while (this.testNext(0x2c) || this.testNext(0x3b));
    this.checkMatch(0x7d, 0x7b, line);
    return { k: 'table', items, line, arrayCount, hashCount };
  }

  /** Parameters and body of a function; `line` is where its `function` keyword is. */
  private body(isMethod: boolean, line: number): Expr {
    const parent = this.fs;
    const node = newFunction(line, parent.node.children.length);
    parent.node.children.push(node);
    const fs = new FunctionScope(parent, node, this.lex);
    this.fs = fs;
    const params: LocalVar[] = [];
    if (isMethod) params.push(fs.declare('self'));
    this.checkNext(0x28);
    if (this.t() !== 0x29) {
      do {
        if (this.t() === T.Name) {
          params.push(fs.declare(this.checkName()));
        } else if (this.t() === T.Dots) {
          this.lex.next();
          node.argLocal = fs.declare('arg');
          node.isVararg = true;
          node.needsArg = true;
        } else {
          this.lex.syntaxError("<name> or '...' expected");
        }
      } while (!node.isVararg && this.testNext(0x2c));
    }
    fs.activate(node.argLocal !== null ? [...params, node.argLocal] : params);
    node.params = params;
    this.checkNext(0x29);
    node.body.stats = this.statements();
    node.lastLine = this.lex.line;
    this.checkMatch(T.End, T.Function, line);
    node.endLine = this.lex.lastLine;
    this.fs = parent;
    return { k: 'function', fn: node, line: this.lex.lastLine };
  }

  private singleVar(name: string): Expr {
    const line = this.lex.lastLine;
    const r = this.fs.resolve(name);
    if (r.kind === 'local') return { k: 'local', v: r.v, line };
    if (r.kind === 'upval') return { k: 'upval', index: r.index, name, line };
    return { k: 'global', name, line };
  }
}
