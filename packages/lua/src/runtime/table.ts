import { runtimeError } from './errors.js';
import type { LuaValue } from './value.js';

/**
 * Shared placeholders for the hash part of tables that have none yet; never written to. A table
 * switches to its own Map and slot arrays on its first hashed key (see `insert`).
 */
const NO_INDEX: Map<LuaValue, number> = new Map();
const NO_SLOTS: LuaValue[] = [];

/** Array lengths from which growing the array part first checks whether it is mostly holes. */
const SPARSE_CHECK_MIN = 64;

/**
 * A Lua table: an array part for the keys 1..n and a hash part for every other key.
 *
 * Array part: `array[i]` holds key i + 1, possibly undefined (a hole). Assigning key n + 1 to a
 * full array part grows it to the next power of two and pulls in the keys of the new range that
 * were waiting in the hash part, so the key `array.length + 1` is never present in the hash part.
 * That makes `array.length` a border whenever the last array entry is non-nil, and `length()`
 * never has to look at the hash part. Assigning nil inside the array leaves a hole (the JS array
 * keeps its length), so a traversal's position stays valid.
 *
 * Hash part: the key/value pairs live in the parallel `slotKeys`/`slotValues` arrays, in insertion
 * order, and `index` maps each key to its slot (a Map, so keys such as "__proto__" are ordinary
 * data). Assigning nil only clears the value: the key keeps its slot as a tombstone, so `next`
 * can still resume from it, as Lua 5.1 allows during a traversal. Tombstones are dropped when a
 * new key is inserted and they outnumber the live entries; inserting a new key while traversing
 * is undefined behaviour in Lua, so a rebuild never disturbs a correct program.
 *
 * Number keys need no normalisation: 2.0 and 2 are the same JS number, and the Map treats -0 as 0.
 */
export class LuaTable {
  metatable: LuaTable | undefined = undefined;
  /**
   * Values of the keys 1..array.length; entries may be undefined (holes). Readable by fast paths
   * in the VM and libraries; every write must go through the set methods.
   */
  readonly array: LuaValue[] = [];
  /** Hash part: key -> slot in slotKeys/slotValues (including tombstones). */
  private index: Map<LuaValue, number>;
  private slotKeys: LuaValue[];
  private slotValues: LuaValue[];
  /** Slots whose value is not nil. */
  private liveSlots = 0;
  /** Positive integer keys in `index`, which may have to move into the array part some day. */
  private indexedIntegers = 0;

  /**
   * Size hints as in Lua's table constructor. The array part gets exactly `arraySize` slots, as
   * in lua5.1, so that `#{1, 2, nil, 4}` is 4 there and here.
   */
  constructor(arraySize = 0, hashSize = 0) {
    for (let i = 0; i < arraySize; i++) this.array.push(undefined);
    if (hashSize > 0) {
      this.index = new Map();
      this.slotKeys = [];
      this.slotValues = [];
    } else {
      this.index = NO_INDEX;
      this.slotKeys = NO_SLOTS;
      this.slotValues = NO_SLOTS;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /** Raw `t[key]`. */
  get(key: LuaValue): LuaValue {
    if (typeof key === 'string') return this.getStr(key);
    if (typeof key === 'number') return this.getInt(key);
    const slot = this.index.get(key);
    return slot === undefined ? undefined : this.slotValues[slot];
  }

  /** Raw `t[key]` for a string key (field access, globals). */
  getStr(key: string): LuaValue {
    const slot = this.index.get(key);
    return slot === undefined ? undefined : this.slotValues[slot];
  }

  /** Raw `t[key]` for any number key (not only integers). */
  getInt(key: number): LuaValue {
    const i = key - 1;
    // An array index exactly when i is an integer in 0..2^32-2 (rejects fractions, NaN, negatives).
    if (i >>> 0 === i && i < this.array.length) return this.array[i];
    const slot = this.index.get(key);
    return slot === undefined ? undefined : this.slotValues[slot];
  }

  // ---------------------------------------------------------------------------------------------
  // Writing

  /** Raw `t[key] = value`; nil removes. A nil or NaN key is an error. */
  set(key: LuaValue, value: LuaValue): void {
    if (typeof key === 'string') this.setStr(key, value);
    else if (typeof key === 'number') this.setInt(key, value);
    else if (key === undefined) runtimeError('table index is nil');
    else this.setHashed(key, value);
  }

  /** Raw `t[key] = value` for a string key. */
  setStr(key: string, value: LuaValue): void {
    const slot = this.index.get(key);
    if (slot !== undefined) this.writeSlot(slot, value);
    else if (value !== undefined) this.insert(key, value);
  }

  /** Raw `t[key] = value` for any number key (NaN is an error). */
  setInt(key: number, value: LuaValue): void {
    const array = this.array;
    const i = key - 1;
    if (i >>> 0 === i) {
      if (i < array.length) {
        array[i] = value;
        return;
      }
      if (i === array.length) {
        // Key n + 1 is never in the hash part, so assigning nil to it changes nothing.
        if (value !== undefined) this.append(value);
        return;
      }
    } else if (key !== key) {
      runtimeError('table index is NaN');
    }
    this.setHashed(key, value);
  }

  /** Assignment to a key that belongs to the hash part. */
  private setHashed(key: LuaValue, value: LuaValue): void {
    const slot = this.index.get(key);
    if (slot !== undefined) this.writeSlot(slot, value);
    else if (value !== undefined) this.insert(key, value);
  }

  private writeSlot(slot: number, value: LuaValue): void {
    const values = this.slotValues;
    const old = values[slot];
    values[slot] = value;
    if (old === undefined) {
      if (value !== undefined) this.liveSlots++;
    } else if (value === undefined) {
      this.liveSlots--;
    }
  }

  /** A key not yet in the hash part, with a non-nil value. */
  private insert(key: LuaValue, value: LuaValue): void {
    if (this.index === NO_INDEX) {
      this.index = new Map();
      this.slotKeys = [];
      this.slotValues = [];
    } else {
      const slots = this.slotKeys.length;
      if (slots >= 8 && slots - this.liveSlots > this.liveSlots) this.compact();
    }
    const slot = this.slotKeys.length;
    // The Map already treats -0 as 0; the key handed back by `next` must be 0 too.
    this.slotKeys.push(key === 0 ? 0 : key);
    this.slotValues.push(value);
    this.index.set(key, slot);
    this.liveSlots++;
    if (isPositiveInteger(key)) this.indexedIntegers++;
  }

  /** Rebuild the hash part without tombstones; each live entry keeps its relative order. */
  private compact(): void {
    const keys = this.slotKeys;
    const values = this.slotValues;
    const index = new Map<LuaValue, number>();
    const newKeys: LuaValue[] = [];
    const newValues: LuaValue[] = [];
    let integers = 0;
    for (let slot = 0; slot < keys.length; slot++) {
      const value = values[slot];
      if (value === undefined) continue;
      const key = keys[slot];
      index.set(key, newKeys.length);
      newKeys.push(key);
      newValues.push(value);
      if (isPositiveInteger(key)) integers++;
    }
    this.index = index;
    this.slotKeys = newKeys;
    this.slotValues = newValues;
    this.indexedIntegers = integers;
  }

  /** Remove a key from the hash part entirely (it moves to the array part). */
  private unlink(key: LuaValue, slot: number): void {
    this.index.delete(key);
    this.slotKeys[slot] = undefined;
    if (this.slotValues[slot] !== undefined) {
      this.slotValues[slot] = undefined;
      this.liveSlots--;
    }
    this.indexedIntegers--;
  }

  /**
   * t[n + 1] = value (non-nil) where n = array.length: the array part is full. As lua5.1 does
   * when it resizes a table, the array part then grows to the next power of two, so that `#` on
   * a table with holes finds the same border as lua5.1 for tables built the same way; unless the
   * array part is mostly holes, in which case it shrinks instead.
   */
  private append(value: LuaValue): void {
    const array = this.array;
    const n = array.length;
    if (n >= SPARSE_CHECK_MIN && this.shrinkIfSparse()) {
      this.setHashed(n + 1, value);
      return;
    }
    array.push(value);
    this.grow();
  }

  /**
   * After appending the key n = array.length: pad the array part with holes up to the next power
   * of two and move the keys of that range out of the hash part (the appended key can only have
   * a tombstone there). If the key just past the padded array is in the hash part, it is appended
   * too, and so on, to keep that key out of the hash part.
   */
  private grow(): void {
    const array = this.array;
    for (;;) {
      const appended = array.length;
      let size = 1;
      while (size < appended) size *= 2;
      while (array.length < size) array.push(undefined);
      if (this.indexedIntegers === 0) return;
      const index = this.index;
      for (let key = appended; key <= size; key++) {
        const slot = index.get(key);
        if (slot === undefined) continue;
        const value = this.slotValues[slot];
        this.unlink(key, slot);
        if (key !== appended) array[key - 1] = value;
      }
      const slot = index.get(size + 1);
      if (slot === undefined) return;
      const value = this.slotValues[slot];
      this.unlink(size + 1, slot);
      if (value === undefined) return;
      array.push(value);
    }
  }

  /**
   * When fewer than half the array entries are non-nil (a queue that pops from the front, a
   * cleared table refilled sparsely), cut the array part down as Lua sizes it, to the largest
   * power of two n with more than n/2 of the keys 1..n present, extended to a hole so that the
   * key after the array stays nil. The entries above the cut move to the hash part.
   * Runs only when a new key is added, which a traversal may not do.
   */
  private shrinkIfSparse(): boolean {
    const array = this.array;
    const n = array.length;
    let live = 0;
    for (let i = 0; i < n; i++) if (array[i] !== undefined) live++;
    if (live * 2 >= n) return false;

    let best = 0;
    let count = 0;
    let i = 0;
    for (let size = 1; size <= n; size *= 2) {
      for (; i < size; i++) if (array[i] !== undefined) count++;
      if (count * 2 > size) best = size;
    }
    let cut = best;
    while (cut < n && array[cut] !== undefined) cut++;
    if (cut >= n) return false;

    const moved: LuaValue[] = array.slice(cut + 1);
    array.length = cut;
    while (array.length > 0 && array[array.length - 1] === undefined) array.pop();
    for (let j = 0; j < moved.length; j++) {
      if (moved[j] !== undefined) this.setHashed(cut + 2 + j, moved[j]);
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // Length and traversal

  /**
   * A border (`#t`): an n with t[n] non-nil (or n = 0) and t[n + 1] nil. With no holes, the
   * number of elements. Since key array.length + 1 is never in the hash part, a border is
   * always found inside the array part, by binary search when it ends in holes.
   */
  length(): number {
    const array = this.array;
    const n = array.length;
    if (n === 0 || array[n - 1] !== undefined) return n;
    // Invariant: lo = 0 or array[lo - 1] is non-nil; array[hi - 1] is nil.
    let lo = 0;
    let hi = n;
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (array[mid - 1] === undefined) hi = mid;
      else lo = mid;
    }
    return lo;
  }

  /**
   * Calls `fn` with every entry whose value is not nil, array part first. `fn` may set existing
   * keys to nil but must not add keys. Used by the collector's mark and weak-clearing passes.
   */
  forEachEntry(fn: (key: LuaValue, value: LuaValue) => void): void {
    const array = this.array;
    for (let i = 0; i < array.length; i++) if (array[i] !== undefined) fn(i + 1, array[i]);
    const keys = this.slotKeys;
    const values = this.slotValues;
    for (let s = 0; s < values.length; s++) if (values[s] !== undefined) fn(keys[s], values[s]);
  }

  /**
   * Lua's `next`: the entry after `key` (the first one for nil) goes to out[0] (key) and out[1]
   * (value), returning true; false after the last. Array part first, then the hash part in slot
   * order. A key whose value was set to nil during the traversal still marks its position.
   */
  next(key: LuaValue, out: LuaValue[]): boolean {
    const array = this.array;
    let i = 0;
    let slot = 0;
    if (key !== undefined) {
      const k = typeof key === 'number' ? key - 1 : -1;
      if (k >>> 0 === k && k < array.length) {
        i = k + 1;
      } else {
        const found = this.index.get(key);
        if (found === undefined) runtimeError("invalid key to 'next'");
        i = array.length;
        slot = found + 1;
      }
    }
    for (; i < array.length; i++) {
      const value = array[i];
      if (value !== undefined) {
        out[0] = i + 1;
        out[1] = value;
        return true;
      }
    }
    const values = this.slotValues;
    for (; slot < values.length; slot++) {
      const value = values[slot];
      if (value !== undefined) {
        out[0] = this.slotKeys[slot];
        out[1] = value;
        return true;
      }
    }
    return false;
  }
}

function isPositiveInteger(key: LuaValue): boolean {
  return typeof key === 'number' && key > 0 && Number.isInteger(key);
}
