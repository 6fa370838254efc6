import { parseChunk } from '../frontend/parser.js';
import type { Emitter } from './emitter.js';
import { FunctionCompiler } from './function-compiler.js';
import type { ProtoData } from './proto.js';

export type { Emitter } from './emitter.js';
export { rk } from './emitter.js';
export type { ProtoData } from './proto.js';

/**
 * Compile a Lua 5.1 chunk. `chunkName` is what messages and debug info show ("@file.lua",
 * "=stdin", or the source itself for strings); syntax errors throw LuaSyntaxError.
 */
export function compileChunk(source: string, chunkName: string, newEmitter: () => Emitter): ProtoData {
  const main = parseChunk(source, chunkName);
  return new FunctionCompiler(main, chunkName, newEmitter).compile();
}
