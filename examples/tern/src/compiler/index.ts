import { parse } from '../frontend/parser.js';
import { resolveProgram } from '../frontend/resolve.js';
import type { TernProto } from '../runtime/function.js';
import { FunctionCompiler } from './compiler.js';

/** Source text to the main function's proto (throws TernSyntaxError). */
export function compileProgram(source: string): TernProto {
  const main = parse(source);
  resolveProgram(main);
  return new FunctionCompiler(main, null).compile();
}
