import { closeSync, fstatSync, readSync, writeSync } from 'node:fs';
import type { Device } from '../lib/io-device.js';

/** Blocks the thread briefly: a non-blocking descriptor has no data yet and the VM reads synchronously. */
function pause(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
}

/** A file descriptor from fs.openSync (or an inherited one). Methods throw Node's fs errors. */
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
