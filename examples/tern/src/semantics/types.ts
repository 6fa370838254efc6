import { defineTypes } from '@deegen/ir';
import { TFloat } from '../runtime/float.js';
import { TFunction } from '../runtime/function.js';
import { TObject } from '../runtime/object.js';
import type { TArray } from '../runtime/value.js';

/**
 * Tern's type lattice for the generator. Fast paths name these types; the generator inlines each
 * guard and folds identical tests in the implementation. `int` is a JS number: Tern keeps every
 * number that is not a TFloat in int32 range.
 */
export const ternTypes = defineTypes({
  nil: (v): v is undefined => v === undefined,
  bool: (v): v is boolean => typeof v === 'boolean',
  int: (v): v is number => typeof v === 'number',
  float: (v): v is TFloat => v instanceof TFloat,
  string: (v): v is string => typeof v === 'string',
  array: (v): v is TArray => Array.isArray(v),
  object: (v): v is TObject => v instanceof TObject,
  function: (v): v is TFunction => v instanceof TFunction,
});
