import type { LuaValue } from './value.js';

/**
 * A Lua error in flight: `value` is the error object a `pcall` receives. Deliberately not a
 * subclass of Error: raising and catching Lua errors is ordinary control flow in Lua programs,
 * and capturing a JS stack trace for each would be costly and useless.
 */
export class LuaError {
  /** The Lua traceback captured where the error was raised (filled in by the VM for uncaught errors). */
  traceback: string | undefined = undefined;
  constructor(public value: LuaValue) {}
}

/**
 * For type errors, which value was at fault, so the message can name the variable that held it
 * ("attempt to index local 't' (a nil value)"): an operand of the running bytecode, or a register.
 */
export interface Culprit {
  readonly operation: string;
  readonly type: string;
  readonly operand?: string;
  readonly register?: number;
}

/**
 * A runtime error raised by the VM or a builtin; it becomes a LuaError with a `chunk:line:`
 * prefix, as lua5.1 does: by default the position of the running function if it is a Lua function
 * (luaG_runerror; none inside builtins), or with `atCaller` the position of the Lua function that
 * called the running builtin (luaL_error).
 */
export class LuaRuntimeError {
  constructor(
    public message: string,
    public atCaller = false,
    public culprit: Culprit | undefined = undefined,
  ) {}
}

/** Raises an error positioned at the running Lua function (none when a builtin is running). */
export function runtimeError(message: string): never {
  throw new LuaRuntimeError(message);
}

/** Raises an error positioned at the Lua function that called the running builtin (luaL_error). */
export function callerError(message: string): never {
  throw new LuaRuntimeError(message, true);
}
