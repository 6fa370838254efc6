/**
 * What Lua code has allocated since a memory limit last measured the heap, approximately, in
 * bytes: the trigger of those measurements (embed/limits.ts). A JS host cannot see its objects
 * freed, so a state with a memory limit measures what its program can still reach
 * (embed/memory-measure.ts) once the allocations charged here since the last measurement could
 * have taken it past its limit.
 *
 * One meter for the process: tables and string concatenation do not know their state. Allocations
 * of another state only bring the running state's next measurement forward, which is harmless.
 * Charging is an addition, on paths that allocate anyway (a new hash key, a grown array part, a
 * concatenation, a builtin's result); only code that can stop safely at that point compares with
 * the trigger (concatenation, builtins, the engine's tick). Tables and closures are only counted
 * where they are made (Collector.allocations) and charged at ticks.
 */
export const memoryMeter = {
  /**
   * Bytes charged since `base` was last moved: kept a small integer (rebaseMeter) so that charging
   * stays an integer addition. `base + allocated` only grows; a state remembers it at each
   * measurement.
   */
  allocated: 0,
  base: 0,
  /** When `allocated` passes this, `overflow` must run (Infinity: no state with a memory limit ever ran). */
  trigger: Infinity,
  /** Measures the running state's heap; may throw its memory error. */
  overflow: (): void => {},
};

/** `allocated` past which the engine's tick folds it into `base` (below V8's small-integer range). */
export const METER_REBASE = 1 << 28;

/** Folds `allocated` into `base` (from the engine's tick, runtime/hooks.ts). */
export function rebaseMeter(): void {
  const m = memoryMeter;
  m.base += m.allocated;
  m.trigger -= m.allocated;
  m.allocated = 0;
}

/** Everything charged so far. */
export function meterTotal(): number {
  return memoryMeter.base + memoryMeter.allocated;
}

/** Approximate sizes (bytes) charged for what Lua code creates; embed/memory-measure.ts uses the same. */
export const SIZE = {
  /** A string's header; its characters add one byte each. */
  string: 24,
  table: 80,
  /**
   * What each table or closure that Lua code creates is charged: the larger of a table with four
   * string-key slots (fields added through inline caches are not charged one by one) and a
   * function with two upvalues. They are counted, not charged, where they are made (a hot path):
   * a state with a memory limit charges the count at each tick (embed/limits.ts).
   */
  createdObject: 80 + 4 * 16,
  /** A slot of a table's array part or of its string-key slots (a boxed number may hang off it). */
  slot: 16,
  /** An entry of a table's hash part: the Map entry and the parallel key and value arrays. */
  hashEntry: 80,
  function: 64,
  upvalue: 32,
  coroutine: 1024,
  userdata: 64,
  /** A frame object of a thread. */
  frame: 128,
} as const;

/** Charges a string of `length` characters just built, and measures if that passes the trigger. */
export function chargeString(length: number): void {
  const m = memoryMeter;
  if ((m.allocated += SIZE.string + length) > m.trigger) m.overflow();
}
