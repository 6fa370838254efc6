import { bytecode, call, constant, currentFunction, getSlot, getTop, literal, out, range, ret, returnValue, setSlot, slot } from '@deegen/ir';
import { slotOrConstant, slowPath, thread, throwError } from '@deegen/ir';
import type { Thread } from '@deegen/ir';
import { cached } from '@deegen/ic';
import { LuaFunction } from '../runtime/function.js';
import { CHAIN_ABSENT, chainRefFor } from '../runtime/chain-cache.js';
import { allocationCollect } from '../runtime/gc.js';
import { getMetamethod, storesRaw } from '../runtime/metatables.js';
import { realmOf } from '../runtime/realm.js';
import { DICTIONARY_SHAPE, type Shape, storePlan } from '../runtime/shape.js';
import { LuaTable, chainEpoch } from '../runtime/table.js';
import { typeError } from '../runtime/type-errors.js';
import type { LuaValue } from '../runtime/value.js';

export const MOVE = bytecode({
  summary: 'R(dst) := R(src)',
  operands: { dst: out(), src: slot() },
  // Debug names (runtime/variable-names.ts): a copy names its value as the source register does.
  annotations: { names: 'copy', nameOperand: 'src' },
  result: 'value',
  impl(src: LuaValue) {
    return ret(src);
  },
});

export const LOADK = bytecode({
  summary: 'R(dst) := K(k)',
  operands: { dst: out(), k: constant() },
  result: 'value',
  impl(k: LuaValue) {
    return ret(k);
  },
});

export const LOADBOOL = bytecode({
  summary: 'R(dst) := value == 1',
  operands: { dst: out(), value: literal({ variants: [0, 1], exhaustive: true }) },
  result: 'value',
  impl(value: number) {
    return ret(value === 1);
  },
});

export const LOADNIL = bytecode({
  summary: 'R(first .. first+count-1) := nil',
  operands: { first: range(), count: literal() },
  writes: ['first..'],
  result: 'none',
  impl(first: number, count: number) {
    for (let i = 0; i < count; i++) setSlot(first + i, undefined);
    return ret();
  },
});

export const GETUPVAL = bytecode({
  summary: 'R(dst) := Upvalue[index]',
  operands: { dst: out(), index: literal() },
  annotations: { names: 'upvalue', nameOperand: 'index' },
  result: 'value',
  impl(index: number) {
    return ret(currentFunction<LuaFunction>().upvals[index].get());
  },
});

export const SETUPVAL = bytecode({
  summary: 'Upvalue[index] := R(src)',
  operands: { src: slot(), index: literal() },
  result: 'none',
  impl(src: LuaValue, index: number) {
    currentFunction<LuaFunction>().upvals[index].set(src);
    return ret();
  },
});

export const NEWTABLE = bytecode({
  summary: 'R(dst) := {} (size hints arraySize, hashSize)',
  operands: { dst: range(), arraySize: literal(), hashSize: literal() },
  result: 'none',
  writes: ['dst'],
  impl(dst: number, arraySize: number, hashSize: number) {
    setSlot(dst, new LuaTable(arraySize, hashSize));
    // Allocation counts drive the collector (runtime/gc.ts). As in lua5.1, the register holds the
    // new table before the collector looks at the frame, so its old value is not kept alive.
    const t = thread<Thread>();
    const gc = realmOf(t).gc;
    if (++gc.allocations >= gc.threshold) allocationCollect(realmOf(t), t);
    return ret();
  },
});

export const NEWRECORD = bytecode({
  summary: 'R(dst) := {} with the string keys of K(shape) reserved (size hint arraySize)',
  operands: { dst: range(), arraySize: literal(), shape: constant() },
  result: 'none',
  writes: ['dst'],
  impl(dst: number, arraySize: number, shape: Shape) {
    // A table constructor with constant string keys: the table starts with their shape, every
    // key a tombstone, so that all tables it makes share one shape whichever fields are nil.
    const t = new LuaTable(arraySize, 0);
    t.reserveKeys(shape);
    setSlot(dst, t);
    const th = thread<Thread>();
    const gc = realmOf(th).gc;
    if (++gc.allocations >= gc.threshold) allocationCollect(realmOf(th), th);
    return ret();
  },
});

export const GETGLOBAL = bytecode({
  summary: 'R(dst) := Env[K(name)]',
  operands: { dst: out(), name: constant() },
  annotations: { names: 'global', nameOperand: 'name' },
  result: 'value',
  impl(name: string) {
    const env = currentFunction<LuaFunction>().env;
    const slot = cached(env.shape, () => env.shape.slotOf(name));
    const v = slot >= 0 ? env.slots[slot] : env.getStr(name);
    if (v !== undefined || env.metatable === undefined) return ret(v);
    return slowPath(indexSlowPath, env, name);
  },
});

export const SETGLOBAL = bytecode({
  summary: 'Env[K(name)] := R(src)',
  operands: { src: slot(), name: constant() },
  result: 'none',
  impl(src: LuaValue, name: string) {
    const env = currentFunction<LuaFunction>().env;
    const slot = cached(env.shape, () => env.shape.slotOf(name));
    // Replacing a present value never involves __newindex and keeps the table's layout (except
    // for a watched table's __index field, which chain references must hear about: setStr).
    if (slot >= 0 && src !== undefined && env.slots[slot] !== undefined && !(env.watched && name === '__index')) {
      env.slots[slot] = src;
      return ret();
    }
    if (env.metatable === undefined || env.getStr(name) !== undefined) {
      env.setStr(name, src);
      return ret();
    }
    return slowPath(newIndexSlowPath, env, name, src);
  },
});

export const GETFIELD = bytecode({
  summary: 'R(dst) := R(obj)[K(name)] (name a constant string)',
  operands: { dst: out(), obj: slot(), name: constant() },
  annotations: { names: 'field', nameOperand: 'name' },
  result: 'value',
  fastPaths: [{ obj: 'table' }],
  impl(obj: LuaValue, name: string) {
    if (obj instanceof LuaTable) {
      // A slot found for one shape serves every shape that has the name at that slot: a site that
      // meets objects of several classes sharing a base class's field layout stays inline.
      // An absent name (a negative slot, shape.ts's absentSlot) serves every shape whose key mask
      // proves it absent too.
      const slot = cached(
        obj.shape,
        () => obj.shape.slotOrAbsent(name),
        (slot) => (slot >= 0 ? obj.shape.keys[slot] === name : slot < 0 && (obj.shape.keyMask & (1 << (-2 - slot))) === 0),
      );
      const v = slot >= 0 ? obj.slots[slot] : obj.shape === DICTIONARY_SHAPE ? obj.getStr(name) : undefined;
      if (v !== undefined || obj.metatable === undefined) return ret(v);
      // Inherited fields: where the metatable's __index chain holds the key, at any depth,
      // cached per metatable and checked against the chain epoch (runtime/chain-cache.ts).
      const meta = obj.metatable;
      const chain = cached(meta, () => chainRefFor(meta, name));
      // ChainRef.value's hit written out (a found slot is current while the epoch is): in large
      // stitched functions the host inlines no method call at this depth.
      const w = chain.epoch === chainEpoch.value && chain.slot >= 0 ? chain.holder!.slots[chain.slot] : chain.value();
      // A chain of tables that ends without the key gives nil at once (reads of absent fields,
      // `if self.optional then`, would otherwise walk it in the slow path every time).
      if (w !== undefined || chain.kind === CHAIN_ABSENT) return ret(w);
    }
    return slowPath(indexSlowPath, obj, name);
  },
});

export const SETFIELD = bytecode({
  summary: 'R(obj)[K(name)] := RK(value) (name a constant string)',
  operands: { obj: slot(), name: constant(), value: slotOrConstant() },
  result: 'none',
  fastPaths: [{ obj: 'table' }],
  impl(obj: LuaValue, name: string, value: LuaValue) {
    if (obj instanceof LuaTable) {
      // The cached plan: the slot to write, or the shape a new key moves the table to.
      const plan = cached(
        obj.shape,
        () => storePlan(obj.shape, name),
        (plan) => typeof plan === 'number' && plan >= 0 && obj.shape.keys[plan] === name,
      );
      if (typeof plan === 'number') {
        if (plan >= 0) {
          // Replacing a present value keeps the layout, nil included (the key becomes a tombstone,
          // as `self.link = nil` does). A watched table goes through setStr when its key set or
          // its __index changes, which the chains through it must hear of.
          if (obj.slots[plan] !== undefined) {
            if (!obj.watched || (value !== undefined && name !== '__index')) {
              obj.slots[plan] = value;
              return ret();
            }
          } else if (!obj.watched && storesRaw(obj)) {
            // A tombstone (an absent key the shape still has) and no __newindex: filled, or left
            // absent by a nil.
            if (value !== undefined) obj.fillSlot(plan, value);
            return ret();
          }
        }
      } else if (obj.metatable === undefined && value !== undefined) {
        obj.appendKey(name, plan, value);
        return ret();
      }
      if (obj.metatable === undefined || obj.getStr(name) !== undefined) {
        obj.setStr(name, value);
        return ret();
      }
    }
    return slowPath(newIndexSlowPath, obj, name, value);
  },
});

export const GETTABLE = bytecode({
  summary: 'R(dst) := R(obj)[RK(key)]',
  operands: { dst: out(), obj: slot(), key: slotOrConstant() },
  annotations: { names: 'field', nameOperand: 'key' },
  result: 'value',
  fastPaths: [{ obj: 'table' }],
  impl(obj: LuaValue, key: LuaValue) {
    if (obj instanceof LuaTable) {
      const v = obj.get(key);
      if (v !== undefined || obj.metatable === undefined) return ret(v);
    }
    return slowPath(indexSlowPath, obj, key);
  },
});

/**
 * GETUPVAL into a temporary followed by GETTABLE of it, as one instruction: the compiler emits it
 * for `t[k]` with `t` an upvalue when nothing runs between the two reads (the key a literal, a
 * local or another upvalue), so the upvalue read happens at the same point of the program.
 */
export const GETTABUP = bytecode({
  summary: 'R(dst) := Upvalue[obj][RK(key)]',
  operands: { dst: out(), obj: literal(), key: slotOrConstant() },
  // Error messages name the table as the upvalue it is (runtime/hooks.ts).
  annotations: { names: 'field', nameOperand: 'key', upvalueOperand: 'obj' },
  result: 'value',
  impl(obj: number, key: LuaValue) {
    const t = currentFunction<LuaFunction>().upvals[obj].get();
    if (t instanceof LuaTable) {
      const v = t.get(key);
      if (v !== undefined || t.metatable === undefined) return ret(v);
    }
    return slowPath(indexSlowPath, t, key);
  },
});

/** Lua 5.1 gives up on `__index` chains longer than this ("loop in gettable"). */
function indexSlowPath(obj: LuaValue, key: LuaValue): never {
  const realm = realmOf(thread<Thread>());
  for (let loop = 0; loop < 100; loop++) {
    let h: LuaValue;
    if (obj instanceof LuaTable) {
      const v = obj.get(key);
      if (v !== undefined) return ret(v);
      h = obj.metatable === undefined ? undefined : obj.metatable.getStr('__index');
      if (h === undefined) return ret(undefined);
    } else {
      h = getMetamethod(realm, obj, '__index');
      if (h === undefined) return throwError(typeError(obj, 'index', loop === 0 ? 'obj' : undefined));
    }
    if (h instanceof LuaFunction) return call(h, [obj, key], firstResult);
    obj = h;
  }
  return throwError('loop in gettable');
}

function firstResult() {
  return ret(returnValue(0));
}

export const SETTABLE = bytecode({
  summary: 'R(obj)[RK(key)] := RK(value)',
  operands: { obj: slot(), key: slotOrConstant(), value: slotOrConstant() },
  result: 'none',
  fastPaths: [{ obj: 'table' }],
  impl(obj: LuaValue, key: LuaValue, value: LuaValue) {
    if (obj instanceof LuaTable && (obj.metatable === undefined || obj.get(key) !== undefined)) {
      obj.set(key, value);
      return ret();
    }
    return slowPath(newIndexSlowPath, obj, key, value);
  },
});

function newIndexSlowPath(obj: LuaValue, key: LuaValue, value: LuaValue): never {
  const realm = realmOf(thread<Thread>());
  for (let loop = 0; loop < 100; loop++) {
    let h: LuaValue;
    if (obj instanceof LuaTable) {
      h = obj.metatable === undefined ? undefined : obj.metatable.getStr('__newindex');
      if (h === undefined || obj.get(key) !== undefined) {
        obj.set(key, value);
        return ret();
      }
    } else {
      h = getMetamethod(realm, obj, '__newindex');
      if (h === undefined) return throwError(typeError(obj, 'index', loop === 0 ? 'obj' : undefined));
    }
    if (h instanceof LuaFunction) return call(h, [obj, key, value], noResult);
    obj = h;
  }
  return throwError('loop in settable');
}

function noResult() {
  return ret();
}

export const SELF = bytecode({
  summary: 'R(base+1) := R(obj); R(base) := R(obj)[K(key)]',
  operands: { base: range(), obj: slot(), key: constant() },
  annotations: { names: 'method', nameOperand: 'key' },
  writes: ['base', 'base+1'],
  result: 'none',
  impl(base: number, obj: LuaValue, key: string) {
    // R(base+1) is written where the method is found (and first thing in the slow path), so that
    // nothing has changed when the fast paths fail: compiled code then leaves the whole
    // instruction to the interpreter instead of writing its registers back around the call.
    // Where the method is looked up when the object does not hold it: the metatable of the table,
    // or the strings' metatable for `s:sub(i, j)` and friends.
    let meta: LuaTable | undefined;
    if (obj instanceof LuaTable) {
      // The method is seldom the object's own: an absent key (shape.ts's absentSlot) serves every
      // shape whose key mask proves it absent too, so receivers of several classes stay inline.
      const slot = cached(
        obj.shape,
        () => obj.shape.slotOrAbsent(key),
        (slot) => slot < 0 && (obj.shape.keyMask & (1 << (-2 - slot))) === 0,
      );
      const own = slot >= 0 ? obj.slots[slot] : obj.shape === DICTIONARY_SHAPE ? obj.getStr(key) : undefined;
      if (own !== undefined || obj.metatable === undefined) {
        setSlot(base + 1, obj);
        setSlot(base, own);
        return ret();
      }
      meta = obj.metatable;
    } else if (typeof obj === 'string') {
      meta = realmOf(thread<Thread>()).stringMeta;
    }
    if (meta !== undefined) {
      // The method lives somewhere up the metatable's __index chain (a class, its base classes,
      // the string library), cached per metatable as for GETFIELD.
      const mt = meta;
      const chain = cached(mt, () => chainRefFor(mt, key));
      const method = chain.epoch === chainEpoch.value && chain.slot >= 0 ? chain.holder!.slots[chain.slot] : chain.value();
      if (method !== undefined) {
        setSlot(base + 1, obj);
        setSlot(base, method);
        return ret();
      }
    }
    return slowPath(selfSlowPath, base, obj, key);
  },
});

function selfSlowPath(base: number, obj: LuaValue, key: LuaValue): never {
  setSlot(base + 1, obj);
  const realm = realmOf(thread<Thread>());
  for (let loop = 0; loop < 100; loop++) {
    let h: LuaValue;
    if (obj instanceof LuaTable) {
      const v = obj.get(key);
      if (v !== undefined) {
        setSlot(base, v);
        return ret();
      }
      h = obj.metatable === undefined ? undefined : obj.metatable.getStr('__index');
      if (h === undefined) {
        setSlot(base, undefined);
        return ret();
      }
    } else {
      h = getMetamethod(realm, obj, '__index');
      if (h === undefined) return throwError(typeError(obj, 'index', loop === 0 ? 'obj' : undefined));
    }
    if (h instanceof LuaFunction) return call(h, [obj, key], methodResult);
    obj = h;
  }
  return throwError('loop in gettable');
}

function methodResult(base: number) {
  setSlot(base, returnValue(0));
  return ret();
}

export const SETLIST = bytecode({
  summary: 'R(table)[offset+i] := R(table+i), 1 <= i <= count',
  operands: { table: range(), count: literal(), offset: literal() },
  result: 'none',
  impl(table: number, count: number, offset: number) {
    const n = count >= 0 ? count : getTop() - table - 1;
    const t = getSlot(table) as LuaTable;
    for (let i = 1; i <= n; i++) t.setInt(offset + i, getSlot(table + i) as LuaValue);
    return ret();
  },
});
