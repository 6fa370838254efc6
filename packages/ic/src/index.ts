/**
 * @deegen/ic: inline caches for semantics written with @deegen/ir.
 *
 * `cached(key, () => expr)` in a bytecode's implementation is the value of `expr` for `key`,
 * computed only when the bytecode site meets a key it has not cached: the generator gives every
 * instruction its own cache entry (indexed by the instruction's position), monomorphic first and
 * then a short polymorphic chain, and turns the call into a compare with the cached key. The body must be a pure function of the key (and of
 * state that changes only together with the key, such as a shape's slot layout); what it returns
 * becomes the cached state, and whatever the implementation does with it (the effect) runs every
 * time. Outside generated code (reference mode) `cached` simply evaluates the body.
 *
 * `reuse`, optional, says when a value computed for one key is right for another: on a key the
 * site's entry does not match, the generated code first tries the site's latest value with it
 * (inline, no call) and goes to the polymorphic lookup and the body only when it fails. It must
 * be a pure test over the value and the variables the body reads, and its parameter must have
 * the name of the const the cache initialises (the lowering tests that variable in place); the
 * value is whatever the body returned for some earlier key at the site, or undefined before the
 * first.
 */
export function cached<K, V>(key: K, body: () => V, reuse?: (value: V) => boolean): V {
  void key;
  void reuse;
  return body();
}

/** The lowering the generator uses for `cached` (kept here with the API it implements). */
export { lowerCached, lowerCachedCall, lowerCacheMiss } from './lower.js';
/** The run-time side of caches that met several keys (imported by generated code). */
export { IC_MISS, PolyCache, icStore } from './poly.js';
