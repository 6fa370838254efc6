/**
 * A compile-time error. `message` is exactly the text lua5.1 reports for the same source,
 * e.g. `[string "x = = 1"]:1: unexpected symbol near '='`, so loaders can hand it to Lua code as is.
 */
export class LuaSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LuaSyntaxError';
  }
}
