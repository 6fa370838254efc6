/** Arrays made by `multi`: a JS function returning one gives Lua several results. */
const marked = new WeakSet<readonly unknown[]>();

/**
 * Marks values as the multiple results of a JS function called from Lua:
 * `return multi(a, b)` is Lua's `return a, b`. Any other array a JS function returns is one
 * value (a table). The result is an ordinary array otherwise.
 */
export function multi(...values: unknown[]): unknown[] {
  marked.add(values);
  return values;
}

export function isMulti(v: unknown): v is unknown[] {
  return Array.isArray(v) && marked.has(v);
}
