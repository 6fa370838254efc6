/**
 * The table size lua5.1 allocates for a constructor hint of `n` slots: it stores hints as a
 * 3-bit mantissa and 5-bit exponent, rounding up. Using the same value keeps `#` on tables with
 * holes identical.
 */
export function roundedSizeHint(n: number): number {
  let x = n;
  let e = 0;
  while (x >= 16) {
    x = (x + 1) >> 1;
    e++;
  }
  return x * 2 ** e;
}
