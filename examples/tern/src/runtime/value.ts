import type { TFloat } from './float.js';
import type { TFunction } from './function.js';
import type { TObject } from './object.js';

/**
 * A Tern value. nil is `undefined`, ints are JS numbers kept in int32 range, floats are TFloat,
 * arrays are JS arrays (0-based, bounds-checked by the semantics).
 */
export type Value = undefined | boolean | number | TFloat | string | TObject | TArray | TFunction;

export type TArray = Value[];
