import { bytecode, constant, frameBase, literal, out, range, ret, slot, slotOrConstant, slowPath, thread, throwError } from '@deegen/ir';
import type { Thread } from '@deegen/ir';
import { cached } from '@deegen/ic';
import { getField, getIndex, indexError, setField, setIndex } from '../runtime/access.js';
import { TObject } from '../runtime/object.js';
import type { TArray, Value } from '../runtime/value.js';

export const NEWOBJECT = bytecode({
  summary: 'R(dst) := {}',
  operands: { dst: out() },
  result: 'value',
  impl() {
    return ret(new TObject());
  },
});

export const GETFIELD = bytecode({
  summary: 'R(dst) := R(target).K(name)',
  operands: { dst: out(), target: slot(), name: constant() },
  result: 'value',
  fastPaths: [{ target: 'object' }],
  impl(target: Value, name: string) {
    if (target instanceof TObject) {
      // An inline cache per instruction: the slot of `name` for the shapes this site meets.
      const i = cached(target.shape, () => target.shape.index.get(name) ?? -1);
      if (i >= 0) return ret(target.slots[i]);
    }
    return slowPath(getFieldSlowPath, target, name);
  },
});

/** Missing fields and non-objects: both errors. */
function getFieldSlowPath(target: Value, name: string): never {
  return ret(getField(target, name));
}

export const SETFIELD = bytecode({
  summary: 'R(target).K(name) := RK(src)',
  operands: { target: slot(), name: constant(), src: slotOrConstant() },
  result: 'none',
  fastPaths: [{ target: 'object' }],
  impl(target: Value, name: string, src: Value) {
    if (target instanceof TObject) {
      const i = cached(target.shape, () => target.shape.index.get(name) ?? -1);
      if (i >= 0) {
        target.slots[i] = src;
        return ret();
      }
    }
    setField(target, name, src);
    return ret();
  },
});

export const NEWARRAY = bytecode({
  summary: 'R(dst) := [R(first) .. R(first+count-1)]',
  operands: { dst: out(), first: range(), count: literal() },
  result: 'value',
  impl(first: number, count: number) {
    const stack = thread<Thread>().stack;
    const at = frameBase() + first;
    return ret(stack.slice(at, at + count) as TArray);
  },
});

export const GETINDEX = bytecode({
  summary: 'R(dst) := R(target)[RK(index)]  (bounds-checked)',
  operands: { dst: out(), target: slot(), index: slotOrConstant() },
  result: 'value',
  fastPaths: [{ target: 'array', index: 'int' }],
  impl(target: Value, index: Value) {
    if (Array.isArray(target) && typeof index === 'number') {
      if (index >= 0 && index < target.length) return ret(target[index]);
      return throwError(indexError(index, target.length));
    }
    return slowPath(getIndexSlowPath, target, index);
  },
});

/** Strings, objects indexed by field name, and every error. */
function getIndexSlowPath(target: Value, index: Value): never {
  return ret(getIndex(target, index));
}

export const SETINDEX = bytecode({
  summary: 'R(target)[RK(index)] := RK(src)  (bounds-checked)',
  operands: { target: slot(), index: slotOrConstant(), src: slotOrConstant() },
  result: 'none',
  fastPaths: [{ target: 'array', index: 'int' }],
  impl(target: Value, index: Value, src: Value) {
    if (Array.isArray(target) && typeof index === 'number') {
      if (index >= 0 && index < target.length) {
        target[index] = src;
        return ret();
      }
      return throwError(indexError(index, target.length));
    }
    setIndex(target, index, src);
    return ret();
  },
});
