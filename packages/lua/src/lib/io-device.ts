import { failureFor } from './io-errors.js';

/**
 * Where a Lua file's bytes come from and go to, below its buffering (io-stream.ts). Bytes travel
 * as latin1 strings, one char code per byte, like Lua strings. Methods throw IoFailure or the
 * host's errors (host/host.ts); the library turns them into lua5.1's `nil, message, errno` results.
 * Files come from the host (host/node-fd-device.ts in Node).
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
