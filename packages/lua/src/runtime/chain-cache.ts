import { DICTIONARY_SHAPE } from './shape.js';
import { LuaTable, chainEpoch } from './table.js';

/** Metatable levels a chain reference follows; longer chains take the uncached walk. */
export const MAX_CHAIN_LEVELS = 8;

/** What a ChainRef found when it last resolved. */
export const CHAIN_HOLDER = 0;
/** The chain ends without the key: the lookup gives nil. */
export const CHAIN_ABSENT = 1;
/** Not cacheable: an `__index` function, a non-table, a loop or a chain longer than MAX_CHAIN_LEVELS. */
export const CHAIN_OPAQUE = 2;

/**
 * Where the `__index` chain that starts at metatable `meta` finds string key `key`: the table that
 * holds it and its slot, valid while the global chain epoch has not moved.
 *
 * Inline caches key a ChainRef on the metatable's identity (one ref per metatable and bytecode
 * site), so a method found any number of levels up costs, on a hit, one identity check, one epoch
 * comparison and one slot read. Resolving marks every table it walks through as `watched`; a
 * watched table bumps the epoch whenever it gains or loses a key, changes its `__index` field or
 * its metatable (table.ts), which is everything that can move the key or cut the chain. A change
 * of the found value itself needs no bump: the holder's slot is read on every use.
 */
export class ChainRef {
  kind = CHAIN_OPAQUE;
  holder: LuaTable | undefined = undefined;
  /**
   * The key's slot in `holder`, or -1 when the holder is a dictionary (read with getStr) or nothing
   * was found: a slot >= 0 with a current epoch means CHAIN_HOLDER, which GETFIELD and SELF read
   * inline without calling `value`.
   */
  slot = -1;
  epoch = -1;

  constructor(
    readonly meta: LuaTable,
    readonly key: string,
  ) {}

  /** The value the chain gives for the key, or undefined when the caller must take the full walk. */
  value(): unknown {
    if (this.epoch !== chainEpoch.value) this.resolve();
    if (this.kind !== CHAIN_HOLDER) return undefined;
    const holder = this.holder!;
    return this.slot >= 0 ? holder.slots[this.slot] : holder.getStr(this.key);
  }

  private resolve(): void {
    this.epoch = chainEpoch.value;
    this.kind = CHAIN_OPAQUE;
    this.holder = undefined;
    this.slot = -1;
    let meta = this.meta;
    for (let level = 0; level < MAX_CHAIN_LEVELS; level++) {
      meta.watched = true;
      const index = meta.getStr('__index');
      if (!(index instanceof LuaTable)) {
        if (index === undefined) this.kind = CHAIN_ABSENT;
        return;
      }
      index.watched = true;
      const v = index.getStr(this.key);
      if (v !== undefined) {
        this.kind = CHAIN_HOLDER;
        this.holder = index;
        this.slot = index.shape === DICTIONARY_SHAPE ? -1 : index.shape.slotOf(this.key);
        return;
      }
      if (index.metatable === undefined) {
        this.kind = CHAIN_ABSENT;
        return;
      }
      meta = index.metatable;
    }
  }
}

/**
 * The chain reference for `key` starting at metatable `meta`, made once and kept on `meta`: the
 * body of the GETFIELD and SELF chain caches. A ref is valid for every site (it is checked
 * against the epoch on use), so a megamorphic site costs a map lookup, not an allocation and a
 * walk of the chain, on each miss.
 */
export function chainRefFor(meta: LuaTable, key: string): ChainRef {
  let refs = meta.chainRefs;
  if (refs === undefined) refs = meta.chainRefs = new Map();
  let ref = refs.get(key);
  if (ref === undefined) {
    ref = new ChainRef(meta, key);
    refs.set(key, ref);
  }
  return ref;
}
