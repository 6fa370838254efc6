import { TernSyntaxError } from '../runtime/errors.js';

export type TokenKind = 'int' | 'float' | 'string' | 'name' | 'keyword' | 'op' | 'eof';

export interface Token {
  readonly kind: TokenKind;
  /** The text (for strings: the decoded contents). */
  readonly text: string;
  readonly line: number;
}

const KEYWORDS = new Set(['let', 'fn', 'if', 'else', 'while', 'break', 'return', 'true', 'false', 'nil']);
// Longest operators first, so `//` is not read as two `/`.
const OPERATORS = ['//', '==', '!=', '<=', '>=', '&&', '||', '+', '-', '*', '/', '%', '<', '>', '=', '!', '(', ')', '{', '}', '[', ']', ',', ';', ':', '.'];
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', '"': '"', '\\': '\\' };

/** Splits source text into tokens; `#` starts a comment that runs to the end of the line. */
export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  while (i < src.length) {
    const c = src[i];
    if (c === '\n') {
      line++;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(src.slice(i))!;
      const isFloat = m[1] !== undefined || m[2] !== undefined;
      tokens.push({ kind: isFloat ? 'float' : 'int', text: m[0], line });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))!;
      tokens.push({ kind: KEYWORDS.has(m[0]) ? 'keyword' : 'name', text: m[0], line });
      i += m[0].length;
    } else if (c === '"') {
      let s = '';
      i++;
      for (;;) {
        if (i >= src.length || src[i] === '\n') throw new TernSyntaxError(line, 'unfinished string');
        const d = src[i++];
        if (d === '"') break;
        if (d === '\\') {
          const e = ESCAPES[src[i++]];
          if (e === undefined) throw new TernSyntaxError(line, `bad escape '\\${src[i - 1]}'`);
          s += e;
        } else s += d;
      }
      tokens.push({ kind: 'string', text: s, line });
    } else {
      const op = OPERATORS.find((o) => src.startsWith(o, i));
      if (op === undefined) throw new TernSyntaxError(line, `unexpected character '${c}'`);
      tokens.push({ kind: 'op', text: op, line });
      i += op.length;
    }
  }
  tokens.push({ kind: 'eof', text: '<eof>', line });
  return tokens;
}
