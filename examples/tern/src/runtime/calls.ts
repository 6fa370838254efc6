import { TernThrow } from './errors.js';
import { typeName } from './format.js';
import { TFunction } from './function.js';
import type { Value } from './value.js';

/** Why a call cannot happen: not a function, or the wrong number of arguments. */
export function callError(fn: Value, nargs: number): TernThrow {
  if (!(fn instanceof TFunction)) return new TernThrow(`cannot call ${typeName(fn)}`);
  const expects = `${fn.arity} argument${fn.arity === 1 ? '' : 's'}`;
  return new TernThrow(`function '${fn.name}' expects ${expects}, got ${nargs}`);
}
