/**
 * @deegen/tiering: when guest functions move from the interpreter to baseline-JIT code, and
 * entry into compiled code in the middle of a running loop (OSR).
 */
export { DEFAULT_THRESHOLD, TICK_WEIGHT, Tiering } from './policy.js';
export type { TierMode, TierStats, TieredProto, TieredThread, TieringOptions } from './policy.js';
