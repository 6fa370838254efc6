/**
 * @deegen/stencil: the stencil format (JS fragments with typed holes), stencil extraction from semantics and the run-time stitcher of the baseline JIT.
 * Nothing is implemented yet (issue 6); the package exists so the workspace layout is final.
 */
export {};
