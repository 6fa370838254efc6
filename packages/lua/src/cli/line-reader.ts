import { readBlocking } from './stdin-reader.js';

export interface LineReaderOptions {
  /** The descriptor to read (standard input). */
  fd: number;
  /** Writes the prompt (and the echo) to standard output and pushes it out. */
  show: (text: string) => void;
  /**
   * Whether the input is a terminal. lua5.1's line editor echoes each line it reads after the
   * prompt when it is not (a terminal echoes by itself), so a piped session shows `> line` on
   * stdout; on a terminal it starts a new line when the input ends at a prompt.
   */
  terminal: boolean;
}

/**
 * Reads the interactive session's lines as lua5.1's line editor does: the prompt goes to
 * standard output, bytes are taken from the descriptor one at a time (so whatever follows the
 * line stays unread, for io.read to find), either CR or LF ends a line and zero bytes are dropped. At the end of input a
 * partial line still counts as a line; after that, `undefined`.
 */
export class LineReader {
  private readonly byte = Buffer.alloc(1);
  private ended = false;

  constructor(private readonly options: LineReaderOptions) {}

  readLine(prompt: string): string | undefined {
    const { fd, show, terminal } = this.options;
    show(prompt);
    if (this.ended) return undefined;
    let line = '';
    for (;;) {
      if (readBlocking(fd, this.byte, 1) === 0) {
        this.ended = true;
        if (line !== '') break;
        if (terminal) show('\n');
        return undefined;
      }
      const c = this.byte[0];
      if (c === 0x0a || c === 0x0d) break;
      // The line editor has no use for zero bytes: they never reach the line.
      if (c !== 0) line += String.fromCharCode(c);
    }
    if (!terminal) show(`${line}\n`);
    return line;
  }
}
