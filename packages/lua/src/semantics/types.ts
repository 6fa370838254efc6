import { defineTypes } from '@deegen/ir';
import { LuaFunction } from '../runtime/function.js';
import { LuaTable } from '../runtime/table.js';

/**
 * Lua's type lattice for the generator: fast paths name these types, and the generator inlines
 * (and folds) their guards.
 */
export const luaTypes = defineTypes({
  nil: (v): v is undefined => v === undefined,
  boolean: (v): v is boolean => typeof v === 'boolean',
  number: (v): v is number => typeof v === 'number',
  string: (v): v is string => typeof v === 'string',
  table: (v): v is LuaTable => v instanceof LuaTable,
  function: (v): v is LuaFunction => v instanceof LuaFunction,
});
