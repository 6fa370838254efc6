import { readSync } from 'node:fs';

/**
 * Reads the process's standard input synchronously, a chunk at a time, as bytes (one char code
 * per byte), for io.read and io.lines: '' at end of input. A descriptor in non-blocking mode (a
 * terminal or pipe shared with Node) reports EAGAIN while no data is there; the reader then waits
 * a moment and tries again, since the VM cannot give control back to the event loop.
 */
export function stdinReader(fd = 0): () => string {
  const buf = Buffer.allocUnsafe(65536);
  let ended = false;
  return () => {
    if (ended) return '';
    for (;;) {
      try {
        const n = readSync(fd, buf, 0, buf.length, null);
        if (n === 0) ended = true;
        return buf.toString('latin1', 0, n);
      } catch (e) {
        const code = (e as { code?: unknown }).code;
        if (code === 'EAGAIN') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        else {
          // EOF on Windows pipes, or a closed descriptor: the input is over.
          ended = true;
          return '';
        }
      }
    }
  };
}
