import { chunkId } from './chunk-id.js';
import { LuaSyntaxError } from './errors.js';
import { parseNumeral } from './numeral.js';
import { RESERVED, T, tokenName } from './tokens.js';

const EOZ = -1;
const NL = 10;
const CR = 13;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** C-locale `isalpha(c) || c == '_'`: bytes above 127 are not letters, as in lua5.1. */
function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isNameChar(c: number): boolean {
  return isNameStart(c) || isDigit(c);
}

/**
 * Streaming tokenizer over a source string holding one byte per char code. Mirrors lua5.1's
 * observable behaviour: one token of lookahead, `line` is where the scanner is (which is what
 * error messages show), `lastLine` is the line of the last consumed token (what code is tagged with).
 */
export class Lexer {
  /** The current token kind; `str` / `num` carry its value for names, strings and numbers. */
  tok: number = T.Eos;
  str = '';
  num = 0;
  /** Line the scanner has reached. */
  line = 1;
  /** Line of the previously consumed token. */
  lastLine = 1;

  private readonly src: string;
  private pos = 0;
  private cur: number;
  private aheadTok = -1;
  private aheadStr = '';
  private aheadNum = 0;
  /** Text of the last name, string or numeral scanned: what "near '...'" quotes for those tokens. */
  private text = '';
  private readonly chunk: string;
  /**
   * The names and string literals scanned so far, each kept once: equal constants of a chunk are
   * one JS string, so the VM's Map lookups and equality tests between them stop at the pointer
   * comparison instead of comparing characters.
   */
  private readonly strings = new Map<string, string>();

  constructor(source: string, chunkName: string) {
    this.src = source;
    this.chunk = chunkId(chunkName);
    this.cur = source.length > 0 ? source.charCodeAt(0) : EOZ;
    // A first line starting with '#' (a Unix "#!" line) is not Lua; its newline stays so lines count right.
    if (this.cur === 0x23) {
      while (this.c() !== EOZ && this.c() !== NL) this.advance();
    }
  }

  private intern(s: string): string {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    this.strings.set(s, s);
    return s;
  }

  /** Move to the next token. */
  next(): void {
    this.lastLine = this.line;
    if (this.aheadTok >= 0) {
      this.tok = this.aheadTok;
      this.str = this.aheadStr;
      this.num = this.aheadNum;
      this.aheadTok = -1;
    } else {
      this.tok = this.scan();
    }
  }

  /** Scan the token after the current one without consuming it. */
  lookahead(): number {
    const tok = this.tok, str = this.str, num = this.num;
    this.aheadTok = this.scan();
    this.aheadStr = this.str;
    this.aheadNum = this.num;
    this.tok = tok;
    this.str = str;
    this.num = num;
    return this.aheadTok;
  }

  /** Throw `chunk:line: msg near 'token'` (no "near" part when token is 0). */
  error(msg: string, token: number): never {
    let full = `${this.chunk}:${this.line}: ${msg}`;
    if (token !== 0) full += ` near '${this.tokenText(token)}'`;
    throw new LuaSyntaxError(full);
  }

  /** A syntax error located at the current token. */
  syntaxError(msg: string): never {
    return this.error(msg, this.tok);
  }

  private tokenText(token: number): string {
    if (token === T.Name || token === T.String || token === T.Number) {
      // lua5.1 prints its scan buffer as a C string
      const nul = this.text.indexOf('\0');
      return nul < 0 ? this.text : this.text.slice(0, nul);
    }
    return tokenName(token);
  }

  private advance(): void {
    const p = ++this.pos;
    this.cur = p < this.src.length ? this.src.charCodeAt(p) : EOZ;
  }

  /** The current byte (a call, so that TypeScript does not narrow it across `advance()`). */
  private c(): number {
    return this.cur;
  }

  private isNewline(): boolean {
    return this.cur === NL || this.cur === CR;
  }

  /** Skip a line break (\n, \r, \r\n or \n\r) and count it. */
  private newline(): void {
    const old = this.cur;
    this.advance();
    if (this.isNewline() && this.cur !== old) this.advance();
    this.line++;
  }

  private scan(): number {
    this.text = '';
    for (;;) {
      const c = this.cur;
      switch (c) {
        case NL:
        case CR:
          this.newline();
          continue;
        case 0x2d /* - */: {
          this.advance();
          if (this.cur !== 0x2d) return c;
          this.advance();
          if (this.c() === 0x5b /* [ */) {
            const sep = this.skipSep();
            if (sep >= 0) {
              this.readLong(sep, false);
              this.text = '';
              continue;
            }
          }
          while (!this.isNewline() && this.c() !== EOZ) this.advance();
          continue;
        }
        case 0x5b /* [ */: {
          const start = this.pos;
          const sep = this.skipSep();
          if (sep >= 0) {
            this.str = this.intern(this.readLong(sep, true));
            return T.String;
          }
          if (sep === -1) return c;
          this.text = this.src.slice(start, this.pos);
          return this.error('invalid long string delimiter', T.String);
        }
        case 0x3d /* = */:
          this.advance();
          if (this.cur !== 0x3d) return c;
          this.advance();
          return T.Eq;
        case 0x3c /* < */:
          this.advance();
          if (this.cur !== 0x3d) return c;
          this.advance();
          return T.Le;
        case 0x3e /* > */:
          this.advance();
          if (this.cur !== 0x3d) return c;
          this.advance();
          return T.Ge;
        case 0x7e /* ~ */:
          this.advance();
          if (this.cur !== 0x3d) return c;
          this.advance();
          return T.Ne;
        case 0x22 /* " */:
        case 0x27 /* ' */:
          this.readString(c);
          return T.String;
        case 0x2e /* . */:
          if (this.pos + 1 < this.src.length && this.src.charCodeAt(this.pos + 1) === 0x2e) {
            this.advance();
            this.advance();
            if (this.cur === 0x2e) {
              this.advance();
              return T.Dots;
            }
            return T.Concat;
          }
          if (this.pos + 1 < this.src.length && isDigit(this.src.charCodeAt(this.pos + 1))) {
            this.readNumeral();
            return T.Number;
          }
          this.advance();
          return c;
        case EOZ:
          return T.Eos;
        default: {
          if (c === 32 || c === 9 || c === 11 || c === 12) {
            this.advance();
            continue;
          }
          if (isDigit(c)) {
            this.readNumeral();
            return T.Number;
          }
          if (isNameStart(c)) {
            const start = this.pos;
            do this.advance();
            while (isNameChar(this.cur));
            const name = this.src.slice(start, this.pos);
            const reserved = RESERVED.get(name);
            if (reserved !== undefined) return reserved;
            this.text = name;
            this.str = this.intern(name);
            return T.Name;
          }
          this.advance();
          return c; // any other byte is a one-character token
        }
      }
    }
  }

  /**
   * At a '[' or ']': consume it and any '='s. Returns the number of '='s when the same bracket
   * follows (left unconsumed), else -(count) - 1.
   */
  private skipSep(): number {
    const bracket = this.cur;
    let count = 0;
    this.advance();
    while (this.cur === 0x3d) {
      this.advance();
      count++;
    }
    return this.cur === bracket ? count : -count - 1;
  }

  /** Long string or comment body; the opening `[==` is consumed and the second '[' is current. */
  private readLong(sep: number, isString: boolean): string {
    const openText = '[' + '='.repeat(sep) + '[';
    this.advance(); // second '['
    if (this.isNewline()) this.newline(); // a first line break is not part of the string
    const parts: string[] = [];
    let segStart = this.pos;
    for (;;) {
      const c = this.cur;
      if (c === EOZ) {
        if (isString) this.text = openText + parts.join('') + this.src.slice(segStart, this.pos);
        this.error(isString ? 'unfinished long string' : 'unfinished long comment', T.Eos);
      } else if (c === 0x5b) {
        if (this.skipSep() === sep) {
          this.advance();
          if (sep === 0) {
            this.text = '';
            this.error('nesting of [[...]] is deprecated', 0x5b);
          }
        }
      } else if (c === 0x5d /* ] */) {
        const end = this.pos;
        if (this.skipSep() === sep) {
          this.advance();
          parts.push(this.src.slice(segStart, end));
          const body = parts.join('');
          if (isString) this.text = openText + body + ']' + '='.repeat(sep) + ']';
          return body;
        }
      } else if (c === NL || c === CR) {
        parts.push(this.src.slice(segStart, this.pos), '\n');
        this.newline();
        segStart = this.pos;
      } else {
        this.advance();
      }
    }
  }

  private readString(delim: number): void {
    const q = String.fromCharCode(delim);
    this.advance();
    const parts: string[] = [];
    let segStart = this.pos;
    const sofar = (): string => q + parts.join('') + this.src.slice(segStart, this.pos);
    while (this.cur !== delim) {
      const c = this.cur;
      if (c === EOZ) {
        this.text = sofar();
        this.error('unfinished string', T.Eos);
      }
      if (c === NL || c === CR) {
        this.text = sofar();
        this.error('unfinished string', T.String);
      }
      if (c !== 0x5c /* \ */) {
        this.advance();
        continue;
      }
      parts.push(this.src.slice(segStart, this.pos));
      this.advance();
      const e = this.cur;
      let out: number;
      switch (e) {
        case 0x61: out = 7; break; // \a
        case 0x62: out = 8; break; // \b
        case 0x66: out = 12; break; // \f
        case 0x6e: out = 10; break; // \n
        case 0x72: out = 13; break; // \r
        case 0x74: out = 9; break; // \t
        case 0x76: out = 11; break; // \v
        case NL:
        case CR:
          parts.push('\n');
          this.newline();
          segStart = this.pos;
          continue;
        case EOZ:
          segStart = this.pos;
          continue; // reported as an unfinished string by the loop
        default: {
          if (!isDigit(e)) {
            out = e; // any other escaped byte stands for itself (\\, \", \', ...)
            break;
          }
          let v = 0;
          let i = 0;
          do {
            v = 10 * v + (this.cur - 48);
            this.advance();
          } while (++i < 3 && isDigit(this.cur));
          if (v > 255) {
            this.text = q + parts.join('');
            this.error('escape sequence too large', T.String);
          }
          parts.push(String.fromCharCode(v));
          segStart = this.pos;
          continue;
        }
      }
      parts.push(String.fromCharCode(out));
      this.advance();
      segStart = this.pos;
    }
    parts.push(this.src.slice(segStart, this.pos));
    this.advance(); // closing delimiter
    const body = parts.join('');
    this.text = q + body + q;
    this.str = this.intern(body);
  }

  private readNumeral(): void {
    const start = this.pos;
    do this.advance();
    while (isDigit(this.cur) || this.cur === 0x2e);
    if (this.cur === 0x45 || this.cur === 0x65) {
      this.advance();
      if (this.c() === 0x2b || this.c() === 0x2d) this.advance();
    }
    while (isNameChar(this.cur)) this.advance();
    const text = this.src.slice(start, this.pos);
    this.text = text;
    const v = parseNumeral(text);
    if (v === undefined) this.error('malformed number', T.Number);
    this.num = v;
  }
}
