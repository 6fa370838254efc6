/**
 * Lowers `const name = cached(key, () => expr)` for generated code. `$ick`/`$icv` are the running
 * function's per-instruction cache arrays and `$pc` the instruction's position; `key`, `expr` are
 * already-rendered expressions. The key is evaluated once; a hit is one load and one compare.
 * `countMiss` is a statement run on misses only (statistics).
 */
export function lowerCached(name: string, type: string, key: string, expr: string, site: string, countMiss = ''): string {
  return (
    `const $icKey_${name} = ${key}; let ${name}: ${type}; ` +
    `if ($ick[${site}] === $icKey_${name}) ${name} = $icv[${site}]; ` +
    `else { ${countMiss}${name} = ${expr}; $ick[${site}] = $icKey_${name}; $icv[${site}] = ${name}; }`
  );
}
