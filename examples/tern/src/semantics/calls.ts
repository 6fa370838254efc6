import { bytecode, callInPlace, currentFunction, frameBase, getSlot, guestReturn, literal, out, range, ret } from '@deegen/ir';
import { returnValue, setSlot, thread, throwError } from '@deegen/ir';
import type { Thread } from '@deegen/ir';
import { callError } from '../runtime/calls.js';
import { makeClosure, TFunction } from '../runtime/function.js';
import type { Value } from '../runtime/value.js';

export const CALL = bytecode({
  summary: 'R(base) := R(base)(R(base+1 .. base+nargs))  (arity checked)',
  operands: { base: range(), nargs: literal() },
  writes: ['base'],
  result: 'none',
  impl(base: number, nargs: number) {
    const fn = getSlot(base) as Value;
    if (fn instanceof TFunction && fn.arity === nargs) return callInPlace(fn, base + 1, nargs, callContinuation);
    return throwError(callError(fn, nargs));
  },
});

/** Every Tern call has exactly one result (nil when the callee returned none). */
function callContinuation(base: number) {
  setSlot(base, returnValue(0));
  return ret();
}

export const RETURN = bytecode({
  summary: 'return R(src)',
  operands: { src: range() },
  result: 'none',
  impl(src: number) {
    return guestReturn(src, 1);
  },
});

export const CLOSURE = bytecode({
  summary: 'R(dst) := closure(Protos[proto])  (captures cells of this frame or its own captures)',
  operands: { dst: out(), proto: literal() },
  result: 'value',
  impl(proto: number) {
    const parent = currentFunction<TFunction>();
    return ret(makeClosure(parent.proto!.protos[proto], parent, thread<Thread>().stack, frameBase()));
  },
});
