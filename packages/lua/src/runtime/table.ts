import { runtimeError } from './errors.js';
import { DICTIONARY_SHAPE, EMPTY_SHAPE, type Shape } from './shape.js';
import type { ChainRef } from './chain-cache.js';
import type { LuaValue } from './value.js';
import { SIZE, memoryMeter } from './memory-meter.js';

/**
 * Shared placeholders for the parts of tables that have none yet; never written to. A table
 * switches to its own Map and arrays on its first hashed key (see `insert`) and to its own slots
 * on its first string key (see `addStringKey`).
 */
const NO_INDEX: Map<LuaValue, number> = new Map();
const NO_SLOTS: LuaValue[] = [];

/**
 * An empty array of V8's generic elements kind, never written to: every slots array starts as a
 * copy of it (`fillSlot`) or of a template made from it (`tombstones`), not as an array literal.
 * A literal is a V8 allocation site, and one site here would stand for every record any guest
 * program makes: V8's pretenuring, which judges a site by how many of its objects survive a
 * scavenge, saw havlak's long-lived graph blocks and from then on allocated its short-lived
 * loop-finding records straight into the old generation (290 MB peak instead of 180, auto
 * 2.40 -> 2.15 s once copies replaced the literal).
 */
const GENERIC_EMPTY: LuaValue[] = [undefined];
GENERIC_EMPTY.pop();

/** By length: arrays of that many undefineds (tombstones), copied by `reserveKeys`. */
const TOMBSTONES: LuaValue[][] = [];

function tombstones(n: number): LuaValue[] {
  let template = TOMBSTONES[n];
  if (template === undefined) {
    template = GENERIC_EMPTY.slice();
    for (let i = 0; i < n; i++) template.push(undefined);
    TOMBSTONES[n] = template;
  }
  return template.slice();
}

/**
 * Dictionary threshold: a table whose shape already has this many keys (live or tombstones) moves
 * its string keys to the hash part instead of adding another. Higher than a typical object or
 * module table needs; low enough that a map keyed by strings soon stops creating shapes. The
 * global table of lua5.1 starts with 40 keys, so programs with a few dozen globals stay in shape
 * mode and global accesses stay cacheable.
 */
export const MAX_SHAPE_KEYS = 128;

/**
 * Every this many slots, adding a string key first counts the tombstones; when they outnumber
 * the live slots the table is deleting string keys about as often as adding them, i.e. it is a
 * map, and it goes to dictionary mode. Checking only at multiples keeps insertion O(1) amortised.
 */
const TOMBSTONE_CHECK_INTERVAL = 8;

/**
 * The epoch of `__index` chain references (chain-cache.ts). It moves whenever a `watched` table
 * changes in a way that can change where a chain finds a key; every reference then re-resolves.
 */
export const chainEpoch = { value: 0 };

/** Array lengths from which growing the array part first checks whether it is mostly holes. */
const SPARSE_CHECK_MIN = 64;
/**
 * Holes past which grow() sets the array's length instead of pushing them one by one: large
 * tables only, so that the reads of most tables meet packed elements alone (docs/architecture.md).
 */
const LONG_PADDING = 8192;

/**
 * A Lua table: an array part for the keys 1..n, a shape and slots for string keys, and a hash
 * part for every other key.
 *
 * Array part: `array[i]` holds key i + 1, possibly undefined (a hole). Assigning key n + 1 to a
 * full array part grows it to the next power of two and pulls in the keys of the new range that
 * were waiting in the hash part, so the key `array.length + 1` is never present in the hash part.
 * That makes `array.length` a border whenever the last array entry is non-nil, and `length()`
 * never has to look at the hash part. Assigning nil inside the array leaves a hole (the JS array
 * keeps its length), so a traversal's position stays valid.
 *
 * String keys (shape mode): `shape` lists the string keys in the order they were added and
 * `slots[i]` holds the value of `shape.keys[i]`, so tables that gained the same keys in the same
 * order share one Shape and inline caches can remember (shape, slot) per bytecode site (see
 * shape.ts). Assigning nil leaves the slot in place, undefined, as a tombstone: the shape never
 * loses keys, so a traversal can resume from a cleared key and clearing fields during `pairs`
 * stays legal. Assigning a non-nil value to a tombstone reuses its slot.
 *
 * Dictionary mode: when a table looks like a map (MAX_SHAPE_KEYS slots, or mostly tombstones on
 * a periodic check while adding a key) its live string keys move to the hash part and its shape
 * becomes the shared DICTIONARY_SHAPE, which has no slots, so every cache misses on it. String
 * keys then live in the hash part like any other key; the table never goes back. The switch
 * happens only when a key is added, which a traversal may not do.
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
  /** Readable by everyone; assign through `setMetatable` so that chain references see it. */
  metatable: LuaTable | undefined = undefined;
  /**
   * Whether some `__index` chain reference walked through this table (chain-cache.ts): its key set,
   * `__index` field and metatable then move `chainEpoch` when they change.
   */
  watched = false;
  /**
   * The `__index` chain references that start at this table as a metatable, by key
   * (chain-cache.ts, `chainRefFor`): shared by every cache site, so that a site meeting more
   * metatables than its polymorphic cache holds finds one already resolved instead of walking
   * the chain again.
   */
  chainRefs: Map<string, ChainRef> | undefined = undefined;
  /**
   * Values of the keys 1..array.length; entries may be undefined (holes). Readable by fast paths
   * in the VM and libraries; every write must go through the set methods.
   */
  readonly array: LuaValue[] = [];
  /**
   * The string keys in shape mode, or DICTIONARY_SHAPE. Readable by inline caches; changed only
   * by the set methods.
   */
  shape: Shape = EMPTY_SHAPE;
  /**
   * Values of `shape.keys`, slot for slot (undefined = absent); empty in dictionary mode. It may
   * be shorter than the shape's key list (a table that reserved its keys, `reserveKeys`): the
   * slots past its end are tombstones too. Readable by inline caches. A cache that has checked
   * `shape` may also replace a present (non-nil) value with another non-nil value directly,
   * except a `watched` table's `__index`; everything else (adding a key, storing nil, filling a
   * tombstone: `fillSlot`) goes through the methods, which keep `chainEpoch` right.
   */
  slots: LuaValue[] = NO_SLOTS;
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
   * in lua5.1, so that `#{1, 2, nil, 4}` is 4 there and here. The hash size is accepted for
   * the constructor's sake but unused: most hashed keys of a constructor are strings, which go
   * to the slots, so the hash part is created on its first key.
   */
  constructor(arraySize = 0, hashSize = 0) {
    void hashSize;
    for (let i = 0; i < arraySize; i++) this.array.push(undefined);
    this.index = NO_INDEX;
    this.slotKeys = NO_SLOTS;
    this.slotValues = NO_SLOTS;
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
    const shape = this.shape;
    if (shape === DICTIONARY_SHAPE) {
      const entry = this.index.get(key);
      return entry === undefined ? undefined : this.slotValues[entry];
    }
    const slot = shape.slotOf(key);
    return slot < 0 ? undefined : this.slots[slot];
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

  /** Sets the metatable (`setmetatable` has checked `__metatable` protection). */
  setMetatable(mt: LuaTable | undefined): void {
    if (this.watched && mt !== this.metatable) chainEpoch.value++;
    this.metatable = mt;
  }

  /**
   * Gives a new table (no string keys yet) the layout of `shape`, all of its keys present as
   * tombstones: a table constructor with constant string keys (NEWRECORD) creates its table so,
   * so that every table it makes has one shape whichever of those fields are nil, and later
   * stores of those fields fill a slot instead of moving the table to another shape. The slots
   * array is a copy of a packed array of that many undefineds, exactly as long as the key list:
   * a slots array grown by appending from empty has room for 16 values, and with 4-field records
   * sorted by a comparator (the records' fields read in random order) the smaller records made
   * `--tier auto` 11% faster (sort-comparator, 5 runs: 1.84 -> 1.64 s).
   */
  reserveKeys(shape: Shape): void {
    this.shape = shape;
    if (shape.keys.length > 0) this.slots = tombstones(shape.keys.length);
    memoryMeter.allocated += shape.keys.length * SIZE.slot;
  }

  /**
   * Stores non-nil `value` into slot `slot` of the shape (a tombstone: the key is absent), for a
   * table in shape mode that no chain reference watches; the caller has ruled out `__newindex`.
   */
  fillSlot(slot: number, value: LuaValue): void {
    let slots = this.slots;
    if (slot < slots.length) {
      slots[slot] = value;
      return;
    }
    if (slots === NO_SLOTS) this.slots = slots = GENERIC_EMPTY.slice();
    // Appending keeps the array packed (no holes for V8 to check on every read).
    while (slots.length < slot) slots.push(undefined);
    slots.push(value);
  }

  /** Raw `t[key] = value` for a string key. */
  setStr(key: string, value: LuaValue): void {
    // A watched table's key set and `__index` field shape the chains that pass through it.
    if (this.watched && (key === '__index' || (this.getStr(key) === undefined) !== (value === undefined))) chainEpoch.value++;
    const shape = this.shape;
    if (shape === DICTIONARY_SHAPE) {
      this.setHashed(key, value);
      return;
    }
    const slot = shape.slotOf(key);
    if (slot >= 0) {
      if (slot < this.slots.length) this.slots[slot] = value;
      else if (value !== undefined) this.fillSlot(slot, value);
    } else if (value !== undefined) this.addStringKey(key, value);
  }

  /**
   * Adds string key `key` (not yet in the shape) with a non-nil value, when an inline cache
   * already knows the transition `next` = `shape.withKey(key)`: the same bookkeeping as setStr,
   * without looking the key up again.
   */
  appendKey(key: string, next: Shape, value: LuaValue): void {
    if (this.watched) chainEpoch.value++;
    const n = this.shape.keys.length;
    if (n >= MAX_SHAPE_KEYS || (n > 0 && n % TOMBSTONE_CHECK_INTERVAL === 0 && mostlyTombstones(this.slots, n))) {
      this.addStringKey(key, value);
      return;
    }
    this.shape = next;
    // Not charged here (the inline-cached way fields are added): a new table is charged for a few.
    this.fillSlot(n, value);
  }

  /** A string key not in the shape, with a non-nil value (shape mode). */
  private addStringKey(key: string, value: LuaValue): void {
    const n = this.shape.keys.length;
    const checkTombstones = n > 0 && n % TOMBSTONE_CHECK_INTERVAL === 0;
    if (n >= MAX_SHAPE_KEYS || (checkTombstones && mostlyTombstones(this.slots, n))) {
      this.toDictionary();
      this.insert(key, value);
      return;
    }
    this.shape = this.shape.withKey(key);
    memoryMeter.allocated += SIZE.slot;
    this.fillSlot(n, value);
  }

  /** Move the live string keys to the hash part, in slot order, for good. */
  private toDictionary(): void {
    const keys = this.shape.keys;
    const slots = this.slots;
    this.shape = DICTIONARY_SHAPE;
    this.slots = NO_SLOTS;
    for (let i = 0; i < slots.length; i++) {
      const value = slots[i];
      if (value !== undefined) this.insert(keys[i], value);
    }
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
    memoryMeter.allocated += SIZE.hashEntry;
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
      memoryMeter.allocated += (size - appended + 1) * SIZE.slot;
      // A long run of holes in one step: V8 reallocates the backing store once, to the exact
      // size, where pushing them one by one reallocates (and copies) it every half as much again.
      // The array's elements become holey, which reads the same (a hole reads as undefined).
      if (size - array.length > LONG_PADDING) array.length = size;
      else while (array.length < size) array.push(undefined);
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

  /** Entries the hash part holds, tombstones included (memory accounting). */
  get hashSlots(): number {
    return this.slotKeys.length;
  }

  /**
   * Calls `fn` with every entry whose value is not nil, array part first. `fn` may set existing
   * keys to nil but must not add keys. Used by the collector's mark and weak-clearing passes.
   */
  forEachEntry(fn: (key: LuaValue, value: LuaValue) => void): void {
    const array = this.array;
    for (let i = 0; i < array.length; i++) if (array[i] !== undefined) fn(i + 1, array[i]);
    const names = this.shape.keys;
    const slots = this.slots;
    for (let i = 0; i < slots.length; i++) if (slots[i] !== undefined) fn(names[i], slots[i]);
    const keys = this.slotKeys;
    const values = this.slotValues;
    for (let s = 0; s < values.length; s++) if (values[s] !== undefined) fn(keys[s], values[s]);
  }

  /**
   * Lua's `next`: the entry after `key` (the first one for nil) goes to out[0] (key) and out[1]
   * (value), returning true; false after the last. Array part first, then the string slots in
   * shape order, then the hash part in slot order. A key whose value was set to nil during the
   * traversal still marks its position.
   */
  next(key: LuaValue, out: LuaValue[]): boolean {
    const array = this.array;
    const slots = this.slots;
    let i = 0;
    let s = 0;
    let entry = 0;
    if (key !== undefined) {
      const k = typeof key === 'number' ? key - 1 : -1;
      if (k >>> 0 === k && k < array.length) {
        i = k + 1;
      } else {
        i = array.length;
        if (typeof key === 'string' && this.shape !== DICTIONARY_SHAPE) {
          const found = this.shape.slotOf(key);
          if (found < 0) runtimeError("invalid key to 'next'");
          s = found + 1;
        } else {
          const found = this.index.get(key);
          if (found === undefined) runtimeError("invalid key to 'next'");
          s = slots.length;
          entry = found + 1;
        }
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
    for (; s < slots.length; s++) {
      const value = slots[s];
      if (value !== undefined) {
        out[0] = this.shape.keys[s];
        out[1] = value;
        return true;
      }
    }
    const values = this.slotValues;
    for (; entry < values.length; entry++) {
      const value = values[entry];
      if (value !== undefined) {
        out[0] = this.slotKeys[entry];
        out[1] = value;
        return true;
      }
    }
    return false;
  }
}

/** Whether more than half of a shape's `n` slots are tombstones (those past the array's end are). */
function mostlyTombstones(slots: LuaValue[], n: number): boolean {
  let dead = n - slots.length;
  for (let i = 0; i < slots.length; i++) if (slots[i] === undefined) dead++;
  return dead * 2 > n;
}

function isPositiveInteger(key: LuaValue): boolean {
  return typeof key === 'number' && key > 0 && Number.isInteger(key);
}
