import { closeSync, fstatSync, readSync, writeSync } from 'node:fs';
import { failureFor } from './io-errors.js';

/**
 * Where a Lua file's bytes come from and go to, below its buffering (io-stream.ts). Bytes travel
 * as latin1 strings, one char code per byte, like Lua strings. Methods throw Node's fs errors or
 * IoFailure; the library turns them into lua5.1's `nil, message, errno` results.
 */
export interface Device {
  /** Whether `pos` arguments are honoured (regular files); otherwise reads and writes are sequential. */
  readonly seekable: boolean;
  /** Up to `max` bytes starting at `pos`; '' at the end of the data. */
  read(max: number, pos: number): string;
  /** Writes all of `bytes` at `pos` (or at the end, for append mode and sequential devices). */
  write(bytes: string, pos: number): void;
  /** The current size of the data (seekable devices). */
  size(): number;
  close(): void;
}

/** Blocks the thread briefly: a non-blocking descriptor has no data yet and the VM reads synchronously. */
function pause(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
}

/** A file descriptor from fs.openSync (or an inherited one). */
export class FdDevice implements Device {
  private chunk: Buffer = Buffer.allocUnsafe(0);

  constructor(
    readonly fd: number,
    readonly seekable: boolean,
    private readonly append: boolean,
  ) {}

  /** Opens a descriptor as a device, seekable when it is a regular file. */
  static of(fd: number, append: boolean): FdDevice {
    let seekable = false;
    try {
      seekable = fstatSync(fd).isFile();
    } catch {
      // An unknown kind of descriptor is used sequentially.
    }
    return new FdDevice(fd, seekable, append);
  }

  read(max: number, pos: number): string {
    if (this.chunk.length < max) this.chunk = Buffer.allocUnsafe(max);
    for (;;) {
      try {
        const n = readSync(this.fd, this.chunk, 0, max, this.seekable ? pos : null);
        return this.chunk.toString('latin1', 0, n);
      } catch (e) {
        const code = (e as { code?: unknown }).code;
        if (code === 'EAGAIN') pause();
        else if (code === 'EOF') return '';
        else throw e;
      }
    }
  }

  write(bytes: string, pos: number): void {
    const buf = Buffer.from(bytes, 'latin1');
    const positioned = this.seekable && !this.append;
    for (let off = 0; off < buf.length; ) {
      try {
        off += writeSync(this.fd, buf, off, buf.length - off, positioned ? pos + off : null);
      } catch (e) {
        if ((e as { code?: unknown }).code === 'EAGAIN') pause();
        else throw e;
      }
    }
  }

  size(): number {
    return fstatSync(this.fd).size;
  }

  close(): void {
    closeSync(this.fd);
  }
}

/**
 * A standard stream provided by the embedder: reads pull chunks from `source` ('' at the end),
 * writes go to `sink`. Neither can seek, as with pipes.
 */
export class CallbackDevice implements Device {
  readonly seekable = false;

  constructor(
    private readonly source: (() => string) | null,
    private readonly sink: ((bytes: string) => void) | null,
  ) {}

  read(): string {
    if (this.source === null) throw failureFor('EBADF');
    return this.source();
  }

  write(bytes: string): void {
    if (this.sink === null) throw failureFor('EBADF');
    this.sink(bytes);
  }

  size(): number {
    throw failureFor('ESPIPE');
  }

  close(): void {}
}

/**
 * Bytes held in memory and read once, front to back, like the read end of a pipe (io.popen's
 * output), or collected from writes (the input of a command io.popen runs at close).
 */
export class MemoryDevice implements Device {
  readonly seekable = false;
  private cursor = 0;
  written = '';

  constructor(
    private readonly data: string,
    /** Runs at close with everything written (io.popen's "w" mode runs its command then). */
    private readonly onClose: ((written: string) => void) | null = null,
  ) {}

  read(max: number): string {
    const s = this.data.slice(this.cursor, this.cursor + max);
    this.cursor += s.length;
    return s;
  }

  write(bytes: string): void {
    this.written += bytes;
  }

  size(): number {
    throw failureFor('ESPIPE');
  }

  close(): void {
    if (this.onClose !== null) this.onClose(this.written);
  }
}
