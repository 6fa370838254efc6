import { writesRegister } from '@deegen/ir';
import type { OpcodeTable } from '@deegen/ir';
import type { ProtoData } from '../compiler/index.js';

/** How lua5.1 describes a register in messages: `local 'x'`, `global 'f'`, `field 'k'`, ... */
export interface VariableName {
  readonly kind: 'local' | 'global' | 'field' | 'upvalue' | 'method' | 'for iterator';
  readonly name: string;
}

function operandWord(table: OpcodeTable, code: Int32Array, pc: number, operand: string): { kind: string; word: number } {
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
  const k = (operand: string): string | undefined => {
    const o = operandWord(table, code, last, operand);
    const value = o.kind === 'constant' ? p.consts[o.word] : undefined;
    return typeof value === 'string' ? value : undefined;
  };
  switch (table.variants[code[last]].bytecode) {
    case 'GETGLOBAL': {
      const name = k('name');
      return name !== undefined ? { kind: 'global', name } : undefined;
    }
    // lua5.1 names any table read a field (a method for SELF), '?' when the key is not a constant string.
    case 'GETTABLE':
      return { kind: 'field', name: k('key') ?? '?' };
    case 'GETFIELD':
      return { kind: 'field', name: k('name') ?? '?' };
    case 'SELF':
      return { kind: 'method', name: k('key') ?? '?' };
    case 'GETUPVAL': {
      const up = p.upvals[operandWord(table, code, last, 'index').word];
      return up !== undefined ? { kind: 'upvalue', name: up.name } : undefined;
    }
    case 'MOVE': {
      const src = operandWord(table, code, last, 'src').word;
      return src < reg ? variableName(table, p, last, src) : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The name under which the running builtin was called, from the calling instruction of the Lua
 * frame below it (lua5.1's getfuncname): undefined when a builtin called it (pcall, say).
 */
export function calledName(table: OpcodeTable, p: ProtoData | null, pc: number): VariableName | undefined {
  if (p === null) return undefined;
  const v = table.variants[p.code[pc]];
  if (v === undefined) return undefined;
  if (v.bytecode === 'TFORLOOP') return { kind: 'for iterator', name: 'for iterator' };
  if (v.bytecode !== 'CALL' && v.bytecode !== 'TAILCALL') return undefined;
  return variableName(table, p, pc, operandWord(table, p.code, pc, 'base').word);
}
