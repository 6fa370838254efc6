/**
 * @deegen/tiering: hotness counters, tier-up policies and OSR entry/exit between the interpreter and stitched code.
 * Nothing is implemented yet (issue 6); the package exists so the workspace layout is final.
 */
export {};
