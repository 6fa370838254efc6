import type { Device } from './io-device.js';
import { failureFor } from './io-errors.js';
import { parseNumber } from '../runtime/number-parse.js';

/** How often writes reach the device, as C's setvbuf modes. */
export type BufferMode = 'no' | 'full' | 'line';

/** What a Lua file handle is backed by: close rules and `tostring` differ only a little. */
export type StreamKind = 'file' | 'std' | 'pipe';

/** Bytes asked of the device per refill: glibc's buffer for files; `*a` asks for more at once. */
const CHUNK = 4096;
const BIG_CHUNK = 65536;
/** The most bytes one fgets call of lua5.1's line reader takes (its buffer size less one). */
const FGETS_MAX = 8191;

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';
}

function isDigit(c: string, hex: boolean): boolean {
  if (c >= '0' && c <= '9') return true;
  return hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
}

/**
 * A buffered stream over a Device: the FILE* behind a Lua file handle. One buffer serves both
 * directions: read-ahead is dropped (the position moved back) before writing, and pending writes
 * are flushed before reading or seeking, so mixing reads and writes on "r+"/"w+" files simply
 * works. Errors from the device propagate as thrown values for the library to report.
 */
export class FileStream {
  closed = false;
  mode: BufferMode = 'full';
  bufferSize = CHUNK;
  /** Read-ahead: `rbuf[rpos..]` is data not yet consumed. */
  private rbuf = '';
  private rpos = 0;
  /** Writes not yet given to the device. */
  private wbuf = '';
  /**
   * The device offset just past the read-ahead, or where pending writes go (seekable devices):
   * the logical position is `devPos - unread` when reading and `devPos + wbuf.length` when writing.
   */
  private devPos = 0;

  constructor(
    readonly device: Device,
    readonly readable: boolean,
    readonly writable: boolean,
    readonly kind: StreamKind,
    /** Append mode: every write goes to the end of the file. */
    private readonly append = false,
  ) {}

  // -------------------------------------------------------------------------------------------
  // reading

  private prepareRead(): void {
    if (!this.readable) throw failureFor('EBADF');
    if (this.wbuf.length > 0) this.flush();
  }

  /** Refills the read-ahead; false at the end of the data. */
  private fill(size: number): boolean {
    const s = this.device.read(size, this.devPos);
    if (s.length === 0) return false;
    this.rbuf = s;
    this.rpos = 0;
    this.devPos += s.length;
    return true;
  }

  /** The next byte without consuming it, or '' at the end. */
  private peek(): string {
    if (this.rpos >= this.rbuf.length && !this.fill(CHUNK)) return '';
    return this.rbuf[this.rpos];
  }

  /**
   * A line without its newline; undefined at the end when nothing was read. lua5.1 reads lines
   * with fgets into 8192-byte pieces and measures each with strlen, so a NUL byte cuts its piece
   * short there (the rest of the piece is lost) and a piece whose text then does not end in a
   * newline runs on into the next one. Reproduced here for files holding NULs.
   */
  readLine(): string | undefined {
    this.prepareRead();
    let out = '';
    for (;;) {
      let piece = '';
      while (piece.length < FGETS_MAX) {
        if (this.rpos >= this.rbuf.length && !this.fill(CHUNK)) break;
        const limit = Math.min(this.rbuf.length, this.rpos + FGETS_MAX - piece.length);
        const nl = this.rbuf.indexOf('\n', this.rpos);
        if (nl >= 0 && nl < limit) {
          piece += this.rbuf.slice(this.rpos, nl + 1);
          this.rpos = nl + 1;
          break;
        }
        piece += this.rbuf.slice(this.rpos, limit);
        this.rpos = limit;
      }
      if (piece.length === 0) return out.length > 0 ? out : undefined;
      const nul = piece.indexOf('\0');
      const len = nul < 0 ? piece.length : nul;
      if (len > 0 && piece.charCodeAt(len - 1) === 10) return out + piece.slice(0, len - 1);
      out += piece.slice(0, len);
    }
  }

  /** Everything up to the end ('' when already there). */
  readAll(): string {
    this.prepareRead();
    let out = this.rbuf.slice(this.rpos);
    this.rpos = this.rbuf.length;
    while (this.fill(BIG_CHUNK)) {
      out += this.rbuf;
      this.rpos = this.rbuf.length;
    }
    return out;
  }

  /** Up to `n` bytes; undefined when none are left (for n > 0). */
  readChars(n: number): string | undefined {
    this.prepareRead();
    let out = '';
    while (out.length < n) {
      if (this.rpos >= this.rbuf.length && !this.fill(Math.max(CHUNK, Math.min(n - out.length, BIG_CHUNK)))) break;
      const take = Math.min(n - out.length, this.rbuf.length - this.rpos);
      out += this.rbuf.slice(this.rpos, this.rpos + take);
      this.rpos += take;
    }
    return out.length > 0 ? out : undefined;
  }

  /** True at the end of the data (`read(0)`'s test). */
  atEnd(): boolean {
    this.prepareRead();
    return this.peek() === '';
  }

  /**
   * A number as C's `fscanf("%lf")` reads it with glibc: leading white space skipped, then the
   * longest prefix of a decimal or hexadecimal float, "inf", "infinity" or "nan". Characters
   * consumed by a failed attempt are lost, except the one that stopped it (C's single ungetc).
   */
  readNumber(): number | undefined {
    this.prepareRead();
    let c = this.peek();
    while (c !== '' && isSpace(c)) {
      this.rpos++;
      c = this.peek();
    }
    let text = '';
    if (c === '+' || c === '-') {
      text += c;
      this.rpos++;
      c = this.peek();
    }
    const lower = c.toLowerCase();
    if (lower === 'i' || lower === 'n') return this.readWordNumber(text === '-', lower === 'i');
    let digits = 0;
    let hex = false;
    if (c === '0') {
      text += c;
      this.rpos++;
      digits++;
      c = this.peek();
      if (c === 'x' || c === 'X') {
        text += c;
        this.rpos++;
        hex = true;
        digits = 0;
        c = this.peek();
      }
    }
    while (c !== '' && isDigit(c, hex)) {
      text += c;
      this.rpos++;
      digits++;
      c = this.peek();
    }
    if (c === '.') {
      text += c;
      this.rpos++;
      c = this.peek();
      while (c !== '' && isDigit(c, hex)) {
        text += c;
        this.rpos++;
        digits++;
        c = this.peek();
      }
    }
    if (digits === 0) return undefined;
    if (c === (hex ? 'p' : 'e') || c === (hex ? 'P' : 'E')) {
      text += c;
      this.rpos++;
      c = this.peek();
      if (c === '+' || c === '-') {
        text += c;
        this.rpos++;
        c = this.peek();
      }
      while (c !== '' && isDigit(c, false)) {
        text += c;
        this.rpos++;
        c = this.peek();
      }
    }
    // An exponent marker without digits was consumed but does not count (strtod stops before it).
    return parseNumber(text.replace(hex ? /[pP][+-]?$/ : /[eE][+-]?$/, ''));
  }

  /** "inf", "infinity" or "nan" after an optional sign; a mismatching letter is consumed. */
  private readWordNumber(negative: boolean, inf: boolean): number | undefined {
    const expect = (word: string): boolean => {
      for (const w of word) {
        const c = this.peek();
        if (c === '') return false;
        this.rpos++;
        if (c.toLowerCase() !== w) return false;
      }
      return true;
    };
    if (!inf) return expect('nan') ? NaN : undefined;
    if (!expect('inf')) return undefined;
    if (this.peek().toLowerCase() === 'i' && !expect('inity')) return undefined;
    return negative ? -Infinity : Infinity;
  }

  // -------------------------------------------------------------------------------------------
  // writing

  write(bytes: string): void {
    if (!this.writable) throw failureFor('EBADF');
    if (this.rpos < this.rbuf.length || this.rbuf.length > 0) this.dropReadAhead();
    if (this.mode === 'no' || this.kind === 'std') {
      this.wbuf += bytes;
      this.flush();
      return;
    }
    this.wbuf += bytes;
    if (this.wbuf.length >= this.bufferSize || (this.mode === 'line' && bytes.includes('\n'))) this.flush();
  }

  /** Gives pending writes to the device. */
  flush(): void {
    if (this.wbuf.length === 0) return;
    const bytes = this.wbuf;
    // The data is dropped even if the device fails, so one error is reported once.
    this.wbuf = '';
    this.device.write(bytes, this.devPos);
    this.devPos = this.append && this.device.seekable ? this.device.size() : this.devPos + bytes.length;
  }

  private dropReadAhead(): void {
    this.devPos -= this.rbuf.length - this.rpos;
    this.rbuf = '';
    this.rpos = 0;
  }

  // -------------------------------------------------------------------------------------------
  // positioning

  /** C's fseek + ftell: moves to `offset` from the start, the current position or the end. */
  seek(whence: 'set' | 'cur' | 'end', offset: number): number {
    if (!this.device.seekable) throw failureFor('ESPIPE');
    this.flush();
    const current = this.devPos - (this.rbuf.length - this.rpos);
    const origin = whence === 'set' ? 0 : whence === 'cur' ? current : this.device.size();
    const target = origin + offset;
    if (target < 0 || !Number.isFinite(target)) throw failureFor('EINVAL');
    this.rbuf = '';
    this.rpos = 0;
    this.devPos = target;
    return target;
  }

  /**
   * setvbuf as lua5.1 calls it on glibc: without a buffer of its own, so the size is ignored, and
   * once a file was unbuffered its buffer stays one byte long whatever mode is set later.
   */
  setBuffering(mode: BufferMode): void {
    this.flush();
    this.mode = mode;
    if (mode === 'no') this.bufferSize = 1;
  }

  /** Flushes and closes the device; the stream is closed even if flushing fails. */
  close(): void {
    this.closed = true;
    try {
      this.flush();
    } finally {
      this.device.close();
    }
  }
}
