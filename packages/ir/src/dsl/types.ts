/**
 * The language's type lattice, as guard functions: `name: (v): v is T => <expression>`.
 * The generator inlines a guard's expression for type fast paths and folds copies of it found in
 * the implementation; the type predicate `T` is the type the operand has inside the fast path.
 */
export type TypeGuard = (v: unknown) => boolean;

export function defineTypes<T extends Record<string, TypeGuard>>(guards: T): T {
  return guards;
}
