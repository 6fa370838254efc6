/**
 * The layout of an object: field names in insertion order and their slot indices. Objects that
 * got the same fields in the same order share one Shape (through `transitions`), so a shape is a
 * cheap key for inline caches on field access.
 */
export class Shape {
  private readonly transitions = new Map<string, Shape>();

  constructor(
    readonly keys: readonly string[],
    readonly index: ReadonlyMap<string, number>,
  ) {}

  /** The shape of an object with this one's fields plus `name` (which must be new). */
  withField(name: string): Shape {
    let next = this.transitions.get(name);
    if (next === undefined) {
      const index = new Map(this.index);
      index.set(name, this.keys.length);
      next = new Shape([...this.keys, name], index);
      this.transitions.set(name, next);
    }
    return next;
  }
}

/** The shape every object starts with. */
export const EMPTY_SHAPE = new Shape([], new Map());
