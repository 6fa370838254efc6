/**
 * @deegen/ic: the inline-cache API (`ic.key`, bodies and effects) and its lowering into generated interpreters and stencils.
 * Nothing is implemented yet (issue 5); the package exists so the workspace layout is final.
 */
export {};
