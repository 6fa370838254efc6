import { TernThrow } from './errors.js';
import { typeName } from './format.js';
import { MISSING, TObject } from './object.js';
import type { Value } from './value.js';

/**
 * Field and index access outside the fast paths. Tern is strict: a missing field and an index
 * out of range are errors, never nil.
 */
export function getField(target: Value, name: string): Value {
  if (!(target instanceof TObject)) throw new TernThrow(`cannot read field '${name}' of ${typeName(target)}`);
  const v = target.get(name);
  if (v === MISSING) throw new TernThrow(`object has no field '${name}'`);
  return v;
}

export function setField(target: Value, name: string, value: Value): void {
  if (!(target instanceof TObject)) throw new TernThrow(`cannot set field '${name}' of ${typeName(target)}`);
  target.set(name, value);
}

export function indexError(index: number, length: number): TernThrow {
  return new TernThrow(`index ${index} out of bounds for length ${length}`);
}

/** `a[i]` on arrays (0-based) and strings (a one-character string), `o[name]` on objects. */
export function getIndex(target: Value, index: Value): Value {
  if (Array.isArray(target) || typeof target === 'string') {
    if (typeof index !== 'number') throw new TernThrow(`index must be an int, got ${typeName(index)}`);
    if (index < 0 || index >= target.length) throw indexError(index, target.length);
    return target[index];
  }
  if (target instanceof TObject && typeof index === 'string') return getField(target, index);
  throw new TernThrow(`cannot index ${typeName(target)} with ${typeName(index)}`);
}

export function setIndex(target: Value, index: Value, value: Value): void {
  if (Array.isArray(target)) {
    if (typeof index !== 'number') throw new TernThrow(`index must be an int, got ${typeName(index)}`);
    if (index < 0 || index >= target.length) throw indexError(index, target.length);
    target[index] = value;
    return;
  }
  if (target instanceof TObject && typeof index === 'string') return setField(target, index, value);
  throw new TernThrow(`cannot assign to an index of ${typeName(target)}`);
}
