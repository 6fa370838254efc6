import { bytecode, constant, currentFunction, literal, out, ret, slot, slotOrConstant, thread, throwError } from '@deegen/ir';
import type { Thread } from '@deegen/ir';
import { Cell } from '../runtime/function.js';
import type { TFunction } from '../runtime/function.js';
import { realmOf } from '../runtime/realm.js';
import type { Value } from '../runtime/value.js';

export const MOVE = bytecode({
  summary: 'R(dst) := R(src)',
  operands: { dst: out(), src: slot() },
  result: 'value',
  impl(src: Value) {
    return ret(src);
  },
});

export const LOADK = bytecode({
  summary: 'R(dst) := K(value)',
  operands: { dst: out(), value: constant() },
  result: 'value',
  impl(value: Value) {
    return ret(value);
  },
});

export const LOADINT = bytecode({
  summary: 'R(dst) := value  (an int immediate)',
  operands: { dst: out(), value: literal() },
  result: 'value',
  impl(value: number) {
    return ret(value);
  },
});

export const LOADNIL = bytecode({
  summary: 'R(dst) := nil',
  operands: { dst: out() },
  result: 'value',
  impl() {
    return ret(undefined);
  },
});

export const LOADBOOL = bytecode({
  summary: 'R(dst) := value != 0',
  operands: { dst: out(), value: literal({ variants: [0, 1] }) },
  result: 'value',
  impl(value: number) {
    return ret(value !== 0);
  },
});

export const GETGLOBAL = bytecode({
  summary: 'R(dst) := Globals[K(name)]',
  operands: { dst: out(), name: constant() },
  result: 'value',
  impl(name: string) {
    const globals = realmOf(thread<Thread>()).globals;
    const v = globals.get(name);
    if (v !== undefined || globals.has(name)) return ret(v);
    return throwError(`undefined variable '${name}'`);
  },
});

export const DEFGLOBAL = bytecode({
  summary: 'Globals[K(name)] := RK(src)  (declares it)',
  operands: { name: constant(), src: slotOrConstant() },
  result: 'none',
  impl(name: string, src: Value) {
    realmOf(thread<Thread>()).globals.set(name, src);
    return ret();
  },
});

export const SETGLOBAL = bytecode({
  summary: 'Globals[K(name)] := RK(src)  (it must be declared)',
  operands: { name: constant(), src: slotOrConstant() },
  result: 'none',
  impl(name: string, src: Value) {
    const globals = realmOf(thread<Thread>()).globals;
    if (!globals.has(name)) return throwError(`undefined variable '${name}'`);
    globals.set(name, src);
    return ret();
  },
});

// Captured variables: the register of a variable that some closure captures holds a Cell.

export const NEWCELL = bytecode({
  summary: 'R(dst) := cell(R(src))',
  operands: { dst: out(), src: slot() },
  result: 'value',
  impl(src: Value) {
    return ret(new Cell(src));
  },
});

export const GETCELL = bytecode({
  summary: 'R(dst) := R(cell).value',
  operands: { dst: out(), cell: slot() },
  result: 'value',
  impl(cell: Cell) {
    return ret(cell.value);
  },
});

export const SETCELL = bytecode({
  summary: 'R(cell).value := RK(src)',
  operands: { cell: slot(), src: slotOrConstant() },
  result: 'none',
  impl(cell: Cell, src: Value) {
    cell.value = src;
    return ret();
  },
});

export const GETCAPTURE = bytecode({
  summary: 'R(dst) := Captures[index].value',
  operands: { dst: out(), index: literal() },
  result: 'value',
  impl(index: number) {
    return ret(currentFunction<TFunction>().captures[index].value);
  },
});

export const SETCAPTURE = bytecode({
  summary: 'Captures[index].value := RK(src)',
  operands: { index: literal(), src: slotOrConstant() },
  result: 'none',
  impl(index: number, src: Value) {
    currentFunction<TFunction>().captures[index].value = src;
    return ret();
  },
});
