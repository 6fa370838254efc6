/**
 * Shapes (hidden classes) for the string keys of Lua tables.
 *
 * A shape is an ordered list of string keys; a table in shape mode keeps the value of
 * `shape.keys[i]` in `slots[i]` (see table.ts). Tables that receive the same string keys in the
 * same order end up with the same Shape object, because shapes form one transition tree rooted at
 * EMPTY_SHAPE that every table and realm shares: `withKey` returns the child for a key, creating
 * and remembering it the first time. An inline cache can therefore remember `(shape, slot)` for a
 * bytecode site and, when a table's shape is that same object, read `slots[slot]` without a lookup.
 *
 * The tree is never pruned, so two limits keep a program that invents keys at run time (a map
 * keyed by user data that stays below the dictionary threshold, say) from growing it without
 * bound: a shape remembers at most MAX_TRANSITIONS children, and the tree as a whole at most
 * MAX_SHARED_SHAPES shapes. Past either limit `withKey` hands out a fresh shape that is not
 * remembered by its parent. Such a shape is used only by the tables that reach it and dies with
 * them; it is still a correct shape with a unique id, it is just not shared, so inline caches
 * keyed on it miss for other tables (which is what they would do on a map-like table anyway).
 *
 * Slot lookup uses a `Map<string, number>` from key to slot, shared along a chain: a child that
 * extends its parent by one key adds that key to the parent's map when the parent's map ends at
 * the parent's last key (the first child to extend it), and copies it otherwise. A shape's own
 * keys are the map entries whose slot is below its key count, so `slotOf` checks the bound. That
 * keeps a chain of n shapes at O(n) map entries instead of O(n^2); it costs one comparison per
 * lookup. Tables stop adding keys to shapes at their dictionary threshold (table.ts).
 *
 * Each shape also has a 32-bit `keyMask`, the bits of its keys hashed into 32 (`keyBitIndex`): a key
 * whose bit is clear is certainly not in the shape. An inline cache that found a key absent keeps
 * `absentSlot(key)`, a negative slot naming the key's bit, and takes it for another shape whose
 * mask lacks the bit without a lookup: method calls on objects of several classes, none of which
 * holds the method itself.
 */

/** Children a shape remembers; further transitions from it give unshared shapes. */
export const MAX_TRANSITIONS = 256;

/**
 * The metamethod names a metatable is read by, numbered for Shape.eventSlot. A plain object
 * literal, so that V8 keeps it in fast mode (a null-prototype object built by Object.create(null)
 * is a hash table): readers check that what they found is a number, since other names find
 * Object.prototype's members.
 */
export const EVENT_IDS: Readonly<Record<string, unknown>> = {
  __index: 0,
  __newindex: 1,
  __call: 2,
  __add: 3,
  __sub: 4,
  __mul: 5,
  __div: 6,
  __mod: 7,
  __pow: 8,
  __unm: 9,
  __concat: 10,
  __len: 11,
  __eq: 12,
  __lt: 13,
  __le: 14,
  __tostring: 15,
  __gc: 16,
  __mode: 17,
  __metatable: 18,
};
const EVENT_COUNT = Object.keys(EVENT_IDS).length;

/** Shapes kept in the shared tree, for all tables of all realms in this JS process. */
const MAX_SHARED_SHAPES = 1 << 16;

let nextId = 0;
let sharedShapes = 0;

export class Shape {
  /** Unique across all shapes ever created, for caches and debugging. */
  readonly id: number;
  /** The keys, in slot order. Never mutated. */
  readonly keys: readonly string[];
  /** Key -> slot, possibly holding entries of descendants (slot >= keys.length); see above. */
  private readonly lookup: Map<string, number>;
  /** Remembered children by added key; undefined until the first one. */
  private transitions: Map<string, Shape> | undefined = undefined;
  /** Whether this shape belongs to the shared tree (and counts against MAX_SHARED_SHAPES). */
  private readonly shared: boolean;
  /** Whether `lookup` ends at this shape's last key, so that a child may extend it in place. */
  private lookupExtensible: boolean;
  /** The bit of every key (keyBitIndex), or'ed; all ones for DICTIONARY_SHAPE, which proves no key absent. */
  readonly keyMask: number;

  /** Use EMPTY_SHAPE and withKey; the constructor is for this module and DICTIONARY_SHAPE. */
  constructor(keys: readonly string[], lookup: Map<string, number>, shared: boolean, keyMask: number) {
    this.id = nextId++;
    this.keys = keys;
    this.lookup = lookup;
    this.shared = shared;
    this.lookupExtensible = lookup.size === keys.length;
    if (shared) sharedShapes++;
    this.keyMask = keyMask;
  }

  /**
   * Slots of metamethod names (EVENT_IDS order), filled as they are asked for (-2: not yet):
   * metatables are read by event name on every metamethod dispatch, and a shape's slots never
   * move, so each name is looked up in `lookup` once per shape.
   */
  private eventSlots: Int32Array | undefined = undefined;

  /** slotOf(`key`), for the metamethod name numbered `id` in EVENT_IDS, remembered. */
  eventSlot(id: number, key: string): number {
    let slots = this.eventSlots;
    if (slots === undefined) slots = this.eventSlots = new Int32Array(EVENT_COUNT).fill(-2);
    let slot = slots[id];
    if (slot === -2) slots[id] = slot = this.slotOf(key);
    return slot;
  }

  /** The slot of `key`, or -1 when the shape does not have it. Never allocates. */
  slotOf(key: string): number {
    const slot = this.lookup.get(key);
    return slot !== undefined && slot < this.keys.length ? slot : -1;
  }

  /** slotOf for an inline cache: the slot, or absentSlot(key) when the shape does not have it. */
  slotOrAbsent(key: string): number {
    const slot = this.slotOf(key);
    return slot >= 0 ? slot : absentSlot(key);
  }

  /**
   * The shape with `key` added as the last slot. The caller guarantees that `key` is not already
   * in this shape. Returns the same object for the same key while the tree has room.
   */
  withKey(key: string): Shape {
    if (this === DICTIONARY_SHAPE) throw new Error('the dictionary shape has no transitions');
    const known = this.transitions?.get(key);
    if (known !== undefined) return known;

    const keys = this.keys.slice();
    keys.push(key);
    let lookup: Map<string, number>;
    if (this.lookupExtensible) {
      lookup = this.lookup;
      this.lookupExtensible = false;
    } else {
      lookup = new Map();
      for (let i = 0; i < this.keys.length; i++) lookup.set(this.keys[i], i);
    }
    lookup.set(key, this.keys.length);

    // A shape outside the shared tree still remembers its own children: they live as long as
    // the tables that use it do.
    const remember =
      (this.transitions === undefined || this.transitions.size < MAX_TRANSITIONS) &&
      (!this.shared || sharedShapes < MAX_SHARED_SHAPES);
    const child = new Shape(keys, lookup, this.shared && remember, this.keyMask | (1 << keyBitIndex(key)));
    if (remember) (this.transitions ??= new Map()).set(key, child);
    return child;
  }
}

/** The shape of a table with no string keys in shape mode: the root of the shared tree. */
export const EMPTY_SHAPE: Shape = new Shape([], new Map(), true, 0);

/**
 * The shape of every table in dictionary mode, whose string keys live in its hash part. It has no
 * keys, so `slotOf` is always -1 and a cache keyed on it can never hit a slot.
 */
export const DICTIONARY_SHAPE: Shape = new Shape([], new Map(), false, -1);

/** The bit of `key` in keyMask, 0 to 31: a hash of its characters (FNV-1a). */
export function keyBitIndex(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) & 31;
}

/**
 * What an inline cache keeps for `key` absent from a shape: -2 - keyBitIndex(key), negative like
 * slotOf's -1. A shape lacks the key for certain when `(shape.keyMask & (1 << (-2 - slot))) === 0`.
 */
export function absentSlot(key: string): number {
  return -2 - keyBitIndex(key);
}

/**
 * The shape a table reaches by adding `keys` (distinct) in order to an empty table: what a table
 * constructor with those constant string keys creates its table with (the NEWRECORD bytecode).
 */
export function shapeOfKeys(keys: readonly string[]): Shape {
  let shape = EMPTY_SHAPE;
  for (const k of keys) shape = shape.withKey(k);
  return shape;
}

/**
 * What a store of string key `key` does to a table of `shape`, for inline caches: the slot it
 * writes (>= 0), the shape the table moves to when the key is new, or -1 (dictionary tables).
 */
export function storePlan(shape: Shape, key: string): number | Shape {
  if (shape === DICTIONARY_SHAPE) return -1;
  const slot = shape.slotOf(key);
  return slot >= 0 ? slot : shape.withKey(key);
}
