/**
 * What Lua code has allocated since a memory limit last measured the heap, approximately, in
 * bytes: the trigger of those measurements (embed/limits.ts). A JS host cannot see its objects
 * freed, so a state with a memory limit measures what its program can still reach
 * (embed/memory-measure.ts) once the allocations charged here since the last measurement could
 * have taken it past its limit.
 *
 * One meter for the process: tables and string concatenation do not know their state. Allocations
 * of another state only bring the running state's next measurement forward, which is harmless.
 * Charging is an addition, on paths that allocate anyway (a new table, a new hash key, a grown
 * array part, a concatenation); only code that can stop safely at that point compares with the
 * trigger (concatenation, builtins, the engine's tick).
 */
export const memoryMeter = {
  /** Bytes charged since the process started (it only grows; a state remembers its value at each measurement). */
  allocated: 0,
  /** When `allocated` passes this, `overflow` must run (Infinity: no state with a memory limit ever ran). */
  trigger: Infinity,
  /** Measures the running state's heap; may throw its memory error. */
  overflow: (): void => {},
};

/** Approximate sizes (bytes) charged for what Lua code creates; embed/memory-measure.ts uses the same. */
export const SIZE = {
  /** A string's header; its characters add one byte each. */
  string: 24,
  table: 80,
  /**
   * What creating a table is charged: the table and four string-key slots, since fields added
   * through inline caches are not charged one by one (a hot path).
   */
  newTable: 80 + 4 * 16,
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
