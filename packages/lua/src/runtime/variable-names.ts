import { writesRegister } from '@deegen/ir';
import type { OpcodeTable } from '@deegen/ir';
import type { ProtoData } from '../compiler/index.js';

/** How lua5.1 describes a register in messages: `local 'x'`, `global 'f'`, `field 'k'`, ... */
export interface VariableName {
  readonly kind: 'local' | 'global' | 'field' | 'upvalue' | 'method' | 'for iterator';
  readonly name: string;
}

function operandWord(table: OpcodeTable, code: ArrayLike<number>, pc: number, operand: string): { kind: string; word: number } {
  const v = table.variants[code[pc]];
  const o = v.operands.find((x) => x.name === operand)!;
  return { kind: o.kind, word: code[pc + o.offset] };
}

/** The local variable that owns register `reg` at `pc`, if any. */
export function localName(p: ProtoData, reg: number, pc: number): string | undefined {
  for (const l of p.locals) if (l.reg === reg && l.startPc <= pc && pc < l.endPc) return l.name;
  return undefined;
}

/**
 * Names the value in register `reg` at `pc` as lua5.1 does: an active local, or else after the
 * last instruction before `pc` that wrote the register (a global read, a field read with a
 * constant string key, an upvalue read, a method lookup, or a move from a lower register).
 */
export function variableName(table: OpcodeTable, p: ProtoData, pc: number, reg: number): VariableName | undefined {
  const local = localName(p, reg, pc);
  if (local !== undefined) return { kind: 'local', name: local };
  const code = p.code;
  let last = -1;
  for (let i = 0; i < pc && i < code.length; ) {
    const v = table.variants[code[i]];
    if (writesRegister(v, code, i, reg)) last = i;
    i += v.length;
  }
  if (last < 0) return undefined;
  // How the instruction that wrote the register names its value: declared by the bytecode's
  // semantics (`annotations: { names, nameOperand }`), not known here by bytecode name.
  const v = table.variants[code[last]];
  const kind = v.annotations.names;
  const operand = v.annotations.nameOperand;
  if (typeof kind !== 'string' || typeof operand !== 'string') return undefined;
  const o = operandWord(table, code, last, operand);
  switch (kind) {
    case 'copy':
      // A move from a lower register names the value as that register did (lua5.1's rule).
      return o.word < reg ? variableName(table, p, last, o.word) : undefined;
    case 'upvalue':
      return upvalueName(p, o.word);
    case 'global':
    case 'field':
    case 'method': {
      // A constant string key names the value; lua5.1 names fields and methods '?' otherwise.
      const value = o.kind === 'constant' ? p.consts[o.word] : undefined;
      if (typeof value === 'string') return { kind, name: value };
      return kind === 'global' ? undefined : { kind, name: '?' };
    }
    default:
      return undefined;
  }
}

/** Upvalue `index` of the function, named as lua5.1 names it. */
function upvalueName(p: ProtoData, index: number): VariableName | undefined {
  const up = p.upvals[index];
  return up !== undefined ? { kind: 'upvalue', name: up.name } : undefined;
}

/**
 * Names the value that operand `operand` of the instruction at `pc` reads: the register it
 * names (variableName), or the upvalue of an operand the bytecode declares an upvalue index
 * (`annotations.upvalueOperand`, GETTABUP's table).
 */
export function operandName(table: OpcodeTable, p: ProtoData, pc: number, operand: string): VariableName | undefined {
  const v = table.variants[p.code[pc]];
  const o = v.operands.find((x) => x.name === operand);
  if (o === undefined) return undefined;
  const word = p.code[pc + o.offset];
  if (o.kind === 'slot' || o.kind === 'range') return variableName(table, p, pc, word);
  return v.annotations.upvalueOperand === o.name ? upvalueName(p, word) : undefined;
}

/**
 * The name under which the running builtin was called, from the calling instruction of the Lua
 * frame below it (lua5.1's getfuncname): undefined when a builtin called it (pcall, say).
 */
export function calledName(table: OpcodeTable, p: ProtoData | null, pc: number): VariableName | undefined {
  if (p === null) return undefined;
  const v = table.variants[p.code[pc]];
  // Call instructions say so in their semantics: `calls` names the register holding the callee,
  // or is the fixed name lua5.1 gives (generic for loops call a 'for iterator').
  const calls = v?.annotations.calls;
  if (typeof calls !== 'string') return undefined;
  if (!v.operands.some((o) => o.name === calls)) return { kind: 'for iterator', name: calls };
  return variableName(table, p, pc, operandWord(table, p.code, pc, calls).word);
}
