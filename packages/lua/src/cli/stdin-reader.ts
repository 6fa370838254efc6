import { readSync } from 'node:fs';

/**
 * One blocking read from `fd` into `buf[0..len)`: the byte count, 0 at end of input. A descriptor
 * in non-blocking mode (a terminal or pipe shared with Node) reports EAGAIN while no data is
 * there; the read then waits a moment and tries again, since the VM cannot give control back to
 * the event loop. Other failures (EOF on Windows pipes, a closed descriptor) count as the end.
 */
export function readBlocking(fd: number, buf: Buffer, len: number): number {
  for (;;) {
    try {
      return readSync(fd, buf, 0, len, null);
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      if (code === 'EAGAIN') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
      else return 0;
    }
  }
}

/**
 * Reads the process's standard input synchronously, a chunk at a time, as bytes (one char code
 * per byte), for io.read and io.lines: '' at end of input.
 */
export function stdinReader(fd = 0): () => string {
  const buf = Buffer.allocUnsafe(65536);
  let ended = false;
  return () => {
    if (ended) return '';
    const n = readBlocking(fd, buf, buf.length);
    if (n === 0) ended = true;
    return buf.toString('latin1', 0, n);
  };
}
