/**
 * Lowers `const name = cached(key, () => expr)` for generated code. `$ick`/`$icv` are the running
 * function's per-instruction cache arrays and `site` the entry's index; `key`, `expr` are
 * already-rendered expressions. The key is evaluated once. Monomorphic first: a hit is one load
 * and one compare; a site that met several keys holds a PolyCache (a short chain of entries).
 * `countMiss` is a statement run on misses only (statistics). The generated file must import
 * `PolyCache`, `IC_MISS` and `icStore` from `@deegen/ic`.
 *
 * `reuse`, a rendered test over the variable `name` (`cached(key, body, (name) => test)`): the
 * variable first takes the site's latest value, and a key the entry does not match keeps it when
 * the test holds. A slot found for one shape is right for every shape with the same name at that
 * slot, which the test checks in two loads where the polymorphic lookup is a call and a chain of
 * compares.
 */
export function lowerCached(name: string, type: string, key: string, expr: string, site: string, countMiss = '', reuse?: string): string {
  const k = `$icKey_${name}`;
  const e = `$icEntry_${name}`;
  const p = `$icPoly_${name}`;
  const lookup =
    `{ const ${p} = ${e} instanceof PolyCache ? ${e}.lookup(${k}) : IC_MISS; ` +
    `if (${p} !== IC_MISS) ${name} = ${p} as ${type}; ` +
    `else { ${countMiss}${name} = ${expr}; icStore($ick, $icv, ${site}, ${k}, ${name}); } }`;
  if (reuse !== undefined) {
    return `const ${k} = ${key}; let ${name}: ${type} = $icv[${site}] as ${type}; const ${e} = $ick[${site}]; if (${e} !== ${k} && !(${reuse})) ${lookup}`;
  }
  return `const ${k} = ${key}; let ${name}: ${type}; const ${e} = $ick[${site}]; if (${e} === ${k}) ${name} = $icv[${site}]; else ${lookup}`;
}

/**
 * The same cache with everything but the monomorphic hit outlined: generated code keeps one load
 * and one compare inline and calls `missFn` (written by `lowerCacheMiss`) otherwise, passing the
 * cache arrays, the site, the key and the values `args` the body reads. Stencils stay small this
 * way, which is what the host engine's optimising compiler spends its time on
 * (docs/architecture.md, "Stencil size").
 */
export function lowerCachedCall(
  name: string,
  type: string,
  key: string,
  site: string,
  missFn: string,
  args: readonly string[],
  reuse?: string,
): string {
  const k = `$icKey_${name}`;
  const call = [`$ick`, `$icv`, site, k, ...args].join(', ');
  if (reuse !== undefined) {
    return `const ${k} = ${key}; let ${name}: ${type} = $icv[${site}] as ${type}; if ($ick[${site}] !== ${k} && !(${reuse})) ${name} = ${missFn}(${call});`;
  }
  return `const ${k} = ${key}; let ${name}: ${type}; if ($ick[${site}] === ${k}) ${name} = $icv[${site}]; else ${name} = ${missFn}(${call});`;
}

/**
 * The function `lowerCachedCall` calls: the polymorphic lookup, then on a miss `expr` (over the
 * parameters `params`), recorded with `icStore`. `countMiss` runs on misses only.
 */
export function lowerCacheMiss(fnName: string, type: string, params: readonly string[], expr: string, countMiss = ''): string {
  const ps = ['$ick: unknown[]', '$icv: unknown[]', '$site: number', '$icKey: unknown', ...params.map((p) => `${p}: any`)].join(', ');
  return (
    `function ${fnName}(${ps}): ${type} {\n` +
    `  const $entry = $ick[$site];\n` +
    `  if ($entry instanceof PolyCache) { const $v = $entry.lookup($icKey); if ($v !== IC_MISS) return $v as ${type}; }\n` +
    `  ${countMiss}const $v: ${type} = ${expr};\n` +
    `  icStore($ick, $icv, $site, $icKey, $v);\n` +
    `  return $v;\n` +
    `}`
  );
}
