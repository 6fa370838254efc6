/** Which limit of LuaLimits ended a run. */
export type LuaLimitKind = 'instructions' | 'deadline' | 'aborted' | 'memory';

/**
 * Thrown to the embedder when a run went past one of its limits (embed/limits.ts). It is not a
 * Lua error: no `pcall`, `xpcall`, coroutine or error handler of the program can catch it, so a
 * program cannot keep itself alive by catching it in a loop. The run unwinds completely; the
 * state stays usable for the next run (globals as the program left them, every coroutine that
 * was running dead).
 *
 * A JS Error (unlike LuaError): limit errors are rare, and a stack and `message` help embedders.
 */
export class LuaLimitError extends Error {
  /** The Lua traceback of where the run stopped. */
  traceback: string | undefined = undefined;

  constructor(
    readonly kind: LuaLimitKind,
    message: string,
    /** For `aborted`: the signal's reason. */
    readonly reason?: unknown,
  ) {
    super(message);
    this.name = 'LuaLimitError';
  }
}
