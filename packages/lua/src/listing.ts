import { disassemble } from '@deegen/ir';
import type { ProtoData } from './compiler/proto.js';
import { opcodeTable } from './generated/opcodes.gen.js';
import type { LuaFunction } from './runtime/function.js';
import { formatNumber } from './runtime/number-format.js';
import { Shape } from './runtime/shape.js';

/** One Lua function's bytecode, as the disassembler prints it. */
export interface FunctionListing {
  /** "main chunk" or "function <chunk:line>". */
  readonly name: string;
  readonly lineDefined: number;
  /** One line per instruction: `pc [line] NAME operands`, constants shown inline. */
  readonly listing: string;
}

/** A constant as a reader of the listing wants it: numbers as Lua prints them, strings quoted. */
function showConstant(v: unknown): string {
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === undefined) return 'nil';
  // NEWRECORD's reserved keys.
  if (v instanceof Shape) return `{${v.keys.join(', ')}}`;
  return String(v);
}

/**
 * The bytecode of a Lua function and of every function nested in it, outer first (depth first, in
 * the order they appear in the source). A builtin has none: the result is empty.
 */
export function listBytecode(fn: LuaFunction): FunctionListing[] {
  const out: FunctionListing[] = [];
  const walk = (p: ProtoData): void => {
    out.push({ name: p.name, lineDefined: p.lineDefined, listing: disassemble(opcodeTable, p.code, p.consts, p.lines, showConstant) });
    p.protos.forEach(walk);
  };
  if (fn.proto !== null) walk(fn.proto);
  return out;
}
