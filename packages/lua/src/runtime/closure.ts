import type { Thread } from '@deegen/ir';
import type { ProtoData } from '../compiler/index.js';
import { LuaFunction } from './function.js';
import type { Upvalue } from './function.js';
import { findUpvalue } from './upvalues.js';

/** Creates a closure of `proto` inside `parent`, whose frame starts at absolute stack index `base`. */
export function makeClosure(t: Thread, parent: LuaFunction, proto: ProtoData, base: number): LuaFunction {
  const descs = proto.upvals;
  // Pushed, not stored into `new Array(n)`: a packed array, whose reads (GETUPVAL, SETUPVAL)
  // need no check for holes.
  const upvals: Upvalue[] = [];
  for (let i = 0; i < descs.length; i++) {
    const d = descs[i];
    upvals.push(d.inStack ? findUpvalue(t, base + d.index) : parent.upvals[d.index]);
  }
  return new LuaFunction(proto, null, upvals, parent.env, '');
}
