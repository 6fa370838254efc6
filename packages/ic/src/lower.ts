/**
 * Lowers `const name = cached(key, () => expr)` for generated code. `$ick`/`$icv` are the running
 * function's per-instruction cache arrays and `site` the entry's index; `key`, `expr` are
 * already-rendered expressions. The key is evaluated once. Monomorphic first: a hit is one load
 * and one compare; a site that met several keys holds a PolyCache (a short chain of entries).
 * `countMiss` is a statement run on misses only (statistics). The generated file must import
 * `PolyCache`, `IC_MISS` and `icStore` from `@deegen/ic`.
 */
export function lowerCached(name: string, type: string, key: string, expr: string, site: string, countMiss = ''): string {
  const k = `$icKey_${name}`;
  const e = `$icEntry_${name}`;
  const p = `$icPoly_${name}`;
  return (
    `const ${k} = ${key}; let ${name}: ${type}; const ${e} = $ick[${site}]; ` +
    `if (${e} === ${k}) ${name} = $icv[${site}]; ` +
    `else { const ${p} = ${e} instanceof PolyCache ? ${e}.lookup(${k}) : IC_MISS; ` +
    `if (${p} !== IC_MISS) ${name} = ${p} as ${type}; ` +
    `else { ${countMiss}${name} = ${expr}; icStore($ick, $icv, ${site}, ${k}, ${name}); } }`
  );
}
