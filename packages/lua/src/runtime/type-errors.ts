import { LuaRuntimeError } from './errors.js';
import { typeName } from './raw-ops.js';
import type { LuaValue } from './value.js';

/** "attempt to <op> a <type> value", lua5.1's wording for type errors. */
export function typeErrorMessage(v: LuaValue, op: string): string {
  return `attempt to ${op} a ${typeName(v)} value`;
}

/**
 * A type error about `v`; `operand` names the bytecode operand (or `register` the register)
 * that held it, so the VM can name the variable as lua5.1 does.
 */
export function typeError(v: LuaValue, operation: string, operand?: string, register?: number): LuaRuntimeError {
  return new LuaRuntimeError(typeErrorMessage(v, operation), false, { operation, type: typeName(v), operand, register });
}

/** lua5.1's wording for failed order comparisons. */
export function compareErrorMessage(a: LuaValue, b: LuaValue): string {
  const t1 = typeName(a);
  const t2 = typeName(b);
  return t1 === t2 ? `attempt to compare two ${t1} values` : `attempt to compare ${t1} with ${t2}`;
}

export function isTruthy(v: LuaValue): boolean {
  return v !== undefined && v !== false;
}
