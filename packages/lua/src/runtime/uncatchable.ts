import { LuaLimitError } from '../embed/limit-error.js';
import { LuaExit } from './realm.js';

/**
 * Whether `e` ends the whole run rather than being a Lua error: `os.exit` (LuaExit) and a limit
 * of the run (LuaLimitError). Protected calls, coroutines and error handlers must let these pass
 * (`Thread.handleError` skips pcall frames for them, see hooks.ts `catchable`); builtins that
 * catch errors themselves rethrow them.
 */
export function isUncatchable(e: unknown): boolean {
  return e instanceof LuaLimitError || e instanceof LuaExit;
}
