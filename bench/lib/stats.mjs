// Small statistics used by the report.

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Geometric mean, the right average for ratios: it does not depend on which VM is the base. */
export function geomean(xs) {
  if (xs.length === 0) return undefined;
  return Math.exp(xs.reduce((acc, x) => acc + Math.log(x), 0) / xs.length);
}
