import { FRAME_GUEST, GuestStackOverflow } from '@deegen/ir';
import type { LanguageHooks, Thread } from '@deegen/ir';
import { TernError, TernSyntaxError, TernThrow } from './errors.js';
import { display } from './format.js';

/**
 * Source line of the innermost guest frame's current instruction. The interpreter saves the frame's
 * pc before handing an error over, and a builtin runs with its caller's frame current, so the
 * line is the one of the failing operation or of the builtin's call.
 */
export function currentLine(t: Thread): number {
  for (let d = t.depth; d > 0; d--) {
    const f = t.frames[d];
    if (f.kind === FRAME_GUEST && f.proto !== null) return f.proto.lines[f.pc] ?? 0;
  }
  return 0;
}

/** How anything thrown while Tern code runs becomes a TernError carrying its line. */
export const ternHooks: LanguageHooks = {
  toGuestError(t: Thread, thrown: unknown): unknown {
    if (thrown instanceof TernError) return thrown;
    const line = currentLine(t);
    if (thrown instanceof TernThrow) {
      const v = thrown.value;
      return new TernError(v, line, typeof v === 'string' ? v : `uncaught ${display(v, true)}`);
    }
    // The call-depth limit of the thread, or (should it ever happen) the host's own stack.
    if (thrown instanceof GuestStackOverflow || (thrown instanceof RangeError && /call stack/i.test(thrown.message))) {
      return new TernError('stack overflow', line, 'stack overflow');
    }
    if (thrown instanceof TernSyntaxError) return new TernError(thrown.message, 0, thrown.message);
    const message = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
    return new TernError(`internal error: ${message}`, line, `internal error: ${message}`);
  },
  onUncaught(): void {
    // Tern reports only the line of the error, no traceback.
  },
  onUnwind(): void {
    // Captured variables live in cells, not in registers, so abandoned frames leave nothing open.
  },
  throwError(_t: Thread, value: unknown): never {
    throw value instanceof TernThrow ? value : new TernThrow(value as string);
  },
};
