import { TernSyntaxError } from '../runtime/errors.js';
import { newBinding } from './ast.js';
import type { Binding, Expr, FunctionNode, Stmt } from './ast.js';
import { tokenize } from './lexer.js';
import type { Token } from './lexer.js';

// Binary operators by precedence level, loosest first (`&&` and `||` are handled apart: they
// short-circuit).
const LEVELS: readonly (readonly string[])[] = [['==', '!='], ['<', '<=', '>', '>='], ['+', '-'], ['*', '/', '//', '%']];
const INT_MAX = 2147483647;

/** Parses a whole program into the main function. */
export function parse(src: string): FunctionNode {
  return new Parser(tokenize(src)).program();
}

class Parser {
  private pos = 0;

  constructor(private readonly tokens: Token[]) {}

  private get tok(): Token {
    return this.tokens[this.pos];
  }

  private is(text: string): boolean {
    const t = this.tok;
    return (t.kind === 'op' || t.kind === 'keyword') && t.text === text;
  }

  private accept(text: string): boolean {
    if (!this.is(text)) return false;
    this.pos++;
    return true;
  }

  private expect(text: string): Token {
    if (!this.is(text)) this.fail(`expected '${text}'`);
    return this.tokens[this.pos++];
  }

  private fail(what: string): never {
    throw new TernSyntaxError(this.tok.line, `${what} near '${this.tok.text}'`);
  }

  private name(): string {
    if (this.tok.kind !== 'name') this.fail('expected a name');
    return this.tokens[this.pos++].text;
  }

  program(): FunctionNode {
    const body: Stmt[] = [];
    while (this.tok.kind !== 'eof') body.push(this.statement());
    return { name: '<main>', line: 1, params: [], body, isMain: true };
  }

  private block(): Stmt[] {
    this.expect('{');
    const body: Stmt[] = [];
    while (!this.is('}')) {
      if (this.tok.kind === 'eof') this.fail("expected '}'");
      body.push(this.statement());
    }
    this.pos++;
    return body;
  }

  private statement(): Stmt {
    const line = this.tok.line;
    if (this.accept('let')) {
      const name = this.name();
      this.expect('=');
      const value = this.expression();
      this.expect(';');
      if (value.kind === 'function' && value.fn.name === '<anonymous>') value.fn = { ...value.fn, name };
      return { kind: 'let', line, binding: newBinding(name), value };
    }
    if (this.is('fn') && this.tokens[this.pos + 1].kind === 'name') {
      this.pos++;
      const name = this.name();
      return { kind: 'fn', line, binding: newBinding(name), fn: this.functionRest(name, line) };
    }
    if (this.accept('if')) return this.ifRest(line);
    if (this.accept('while')) {
      const cond = this.expression();
      return { kind: 'while', line, cond, body: this.block() };
    }
    if (this.accept('break')) {
      this.expect(';');
      return { kind: 'break', line };
    }
    if (this.accept('return')) {
      const value = this.is(';') ? null : this.expression();
      this.expect(';');
      return { kind: 'return', line, value };
    }
    const expr = this.expression();
    if (this.accept('=')) {
      if (expr.kind !== 'name' && expr.kind !== 'field' && expr.kind !== 'index') this.fail('cannot assign to this');
      const value = this.expression();
      this.expect(';');
      return { kind: 'assign', line, target: expr, value };
    }
    this.expect(';');
    return { kind: 'expr', line, expr };
  }

  private ifRest(line: number): Stmt {
    const cond = this.expression();
    const then = this.block();
    let otherwise: Stmt[] | null = null;
    if (this.accept('else')) {
      const elseLine = this.tok.line;
      otherwise = this.accept('if') ? [this.ifRest(elseLine)] : this.block();
    }
    return { kind: 'if', line, cond, then, otherwise };
  }

  private functionRest(name: string, line: number): FunctionNode {
    this.expect('(');
    const params: Binding[] = [];
    if (!this.is(')')) {
      do params.push(newBinding(this.name()));
      while (this.accept(','));
    }
    this.expect(')');
    return { name, line, params, body: this.block(), isMain: false };
  }

  expression(): Expr {
    return this.logical('||');
  }

  private logical(op: '&&' | '||'): Expr {
    const operand = () => (op === '||' ? this.logical('&&') : this.binary(0));
    let lhs = operand();
    while (this.is(op)) {
      const line = this.tok.line;
      this.pos++;
      lhs = { kind: 'logical', line, op, lhs, rhs: operand() };
    }
    return lhs;
  }

  private binary(level: number): Expr {
    if (level === LEVELS.length) return this.unary();
    let lhs = this.binary(level + 1);
    while (this.tok.kind === 'op' && LEVELS[level].includes(this.tok.text)) {
      const { text: op, line } = this.tokens[this.pos++];
      lhs = { kind: 'binary', line, op, lhs, rhs: this.binary(level + 1) };
    }
    return lhs;
  }

  private unary(): Expr {
    const line = this.tok.line;
    if (this.accept('-')) return { kind: 'unary', line, op: '-', operand: this.unary() };
    if (this.accept('!')) return { kind: 'unary', line, op: '!', operand: this.unary() };
    return this.postfix(this.primary());
  }

  private postfix(e: Expr): Expr {
    for (;;) {
      const line = this.tok.line;
      if (this.accept('(')) {
        const args: Expr[] = [];
        if (!this.is(')')) {
          do args.push(this.expression());
          while (this.accept(','));
        }
        this.expect(')');
        e = { kind: 'call', line, callee: e, args };
      } else if (this.accept('.')) {
        e = { kind: 'field', line, target: e, name: this.name() };
      } else if (this.accept('[')) {
        const index = this.expression();
        this.expect(']');
        e = { kind: 'index', line, target: e, index };
      } else return e;
    }
  }

  private primary(): Expr {
    const t = this.tok;
    const line = t.line;
    if (t.kind === 'int') {
      this.pos++;
      const value = Number(t.text);
      if (value > INT_MAX) throw new TernSyntaxError(line, `int literal ${t.text} does not fit in 32 bits`);
      return { kind: 'int', line, value };
    }
    if (t.kind === 'float') {
      this.pos++;
      return { kind: 'float', line, value: Number(t.text) };
    }
    if (t.kind === 'string') {
      this.pos++;
      return { kind: 'string', line, value: t.text };
    }
    if (t.kind === 'name') {
      this.pos++;
      return { kind: 'name', line, name: t.text, binding: null };
    }
    if (this.accept('true')) return { kind: 'bool', line, value: true };
    if (this.accept('false')) return { kind: 'bool', line, value: false };
    if (this.accept('nil')) return { kind: 'nil', line };
    if (this.accept('fn')) return { kind: 'function', line, fn: this.functionRest('<anonymous>', line) };
    if (this.accept('(')) {
      const e = this.expression();
      this.expect(')');
      return e;
    }
    if (this.accept('[')) {
      const items: Expr[] = [];
      if (!this.is(']')) {
        do items.push(this.expression());
        while (this.accept(','));
      }
      this.expect(']');
      return { kind: 'array', line, items };
    }
    if (this.accept('{')) {
      const fields: { name: string; value: Expr }[] = [];
      if (!this.is('}')) {
        do {
          const name = this.name();
          this.expect(':');
          fields.push({ name, value: this.expression() });
        } while (this.accept(','));
      }
      this.expect('}');
      return { kind: 'object', line, fields };
    }
    return this.fail('expected an expression');
  }
}
