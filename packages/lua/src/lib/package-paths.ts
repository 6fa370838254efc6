import { textToBytes } from './host-text.js';

/**
 * Where require looks for modules. The defaults are the ones the lua5.1 oracle reports
 * (`print(package.path)`, `print(package.cpath)`) when LUA_PATH and LUA_CPATH are unset, so that
 * "module not found" messages list the same places.
 */
export const DEFAULT_PATH =
  './?.lua;/usr/local/share/lua/5.1/?.lua;/usr/local/share/lua/5.1/?/init.lua;' +
  '/usr/local/lib/lua/5.1/?.lua;/usr/local/lib/lua/5.1/?/init.lua;' +
  '/usr/share/lua/5.1/?.lua;/usr/share/lua/5.1/?/init.lua';

export const DEFAULT_CPATH =
  './?.so;/usr/local/lib/lua/5.1/?.so;/usr/lib/x86_64-linux-gnu/lua/5.1/?.so;' +
  '/usr/lib/lua/5.1/?.so;/usr/local/lib/lua/5.1/loadall.so';

/** package.config: directory separator, path separator, name mark, executable-dir mark, ignore mark. */
export const PACKAGE_CONFIG = '/\n;\n?\n!\n-';

/** The environment variables a Lua state may consult (the CLI passes the process's). */
export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * A search path from an environment variable: unset means the default, and every `;;` in it
 * stands for the default between two separators (so "a;;b" is "a;<default>;b"), as in lua5.1.
 * Environment text is UTF-8 on the host; Lua sees its bytes.
 */
export function searchPath(env: Environment, variable: string, fallback: string): string {
  const value = env[variable];
  if (value === undefined) return fallback;
  const bytes = textToBytes(value);
  return bytes.split(';;').join(`;${fallback};`);
}
