import { TFloat } from './float.js';
import { TFunction } from './function.js';
import { TObject } from './object.js';
import type { Value } from './value.js';

/** The name `type(v)` returns and error messages use. */
export function typeName(v: Value): string {
  if (v === undefined) return 'nil';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return 'int';
  if (typeof v === 'string') return 'string';
  if (v instanceof TFloat) return 'float';
  if (Array.isArray(v)) return 'array';
  if (v instanceof TObject) return 'object';
  if (v instanceof TFunction) return 'function';
  return 'unknown';
}

/** Floats always show a decimal point or exponent, so `1.0` never prints like the int `1`. */
export function formatFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (Object.is(x, -0)) return '-0.0';
  const s = String(x);
  return /[.e]/.test(s) ? s : `${s}.0`;
}

/** How `print` and `str` show a value; strings nested in arrays and objects are quoted. */
export function display(v: Value, nested = false): string {
  if (typeof v === 'string') return nested ? JSON.stringify(v) : v;
  if (v instanceof TFloat) return formatFloat(v.v);
  if (Array.isArray(v)) return `[${v.map((x) => display(x, true)).join(', ')}]`;
  if (v instanceof TObject) return `{${v.shape.keys.map((k, i) => `${k}: ${display(v.slots[i], true)}`).join(', ')}}`;
  if (v instanceof TFunction) return `<fn ${v.name}>`;
  return typeName(v) === 'nil' ? 'nil' : String(v);
}
