/** Returned by PolyCache.lookup for a key it does not hold. */
export const IC_MISS: unknown = { icMiss: true };

/**
 * A site's cache once it has seen more than one key: up to four (key, value) entries, checked in
 * order; when full, new keys replace entries round-robin (a megamorphic site keeps missing but
 * stays bounded). Fields, not arrays, so a lookup allocates nothing and stays monomorphic in V8.
 */
export class PolyCache {
  k0: unknown = undefined;
  v0: unknown = undefined;
  k1: unknown = undefined;
  v1: unknown = undefined;
  k2: unknown = undefined;
  v2: unknown = undefined;
  k3: unknown = undefined;
  v3: unknown = undefined;
  private next = 0;

  lookup(key: unknown): unknown {
    if (this.k0 === key) return this.v0;
    if (this.k1 === key) return this.v1;
    if (this.k2 === key) return this.v2;
    if (this.k3 === key) return this.v3;
    return IC_MISS;
  }

  add(key: unknown, value: unknown): void {
    switch (this.next) {
      case 0:
        this.k0 = key;
        this.v0 = value;
        break;
      case 1:
        this.k1 = key;
        this.v1 = value;
        break;
      case 2:
        this.k2 = key;
        this.v2 = value;
        break;
      default:
        this.k3 = key;
        this.v3 = value;
    }
    this.next = (this.next + 1) & 3;
  }
}

/**
 * Records `value` for `key` at a cache site after a miss: an empty site becomes monomorphic
 * (key in `keys[site]`, value in `values[site]`); a monomorphic site meeting another key becomes a
 * PolyCache holding both. `values[site]` is always the latest value stored, which a body's reuse
 * test may accept for a key the site has not met (see `cached`).
 */
export function icStore(keys: unknown[], values: unknown[], site: number, key: unknown, value: unknown): void {
  const entry = keys[site];
  if (entry === undefined) {
    keys[site] = key;
  } else if (entry instanceof PolyCache) {
    entry.add(key, value);
  } else {
    const poly = new PolyCache();
    poly.add(entry, values[site]);
    poly.add(key, value);
    keys[site] = poly;
  }
  values[site] = value;
}
