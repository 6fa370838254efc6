import { describe, expect, it } from 'vitest';
import { breakDown, daysFromCivil, formatDate } from '../../src/lib/os-date.js';

describe('calendar arithmetic', () => {
  it('counts days like Date.UTC across centuries and leap years', () => {
    for (const [y, m, d] of [[1970, 1, 1], [2000, 2, 29], [1900, 3, 1], [1600, 12, 31], [2400, 2, 29], [1, 1, 1], [275000, 7, 4]]) {
      const date = new Date(0);
      date.setUTCFullYear(y, m - 1, d);
      expect(daysFromCivil(y, m, d), `${y}-${m}-${d}`).toBe(Math.round(date.getTime() / 86400000));
    }
  });

  it('breaks UTC times down into the fields JS Date reports', () => {
    let t = -5e11;
    for (let i = 0; i < 500; i++) {
      t += 2000000123;
      const b = breakDown(t, true)!;
      const d = new Date(t * 1000);
      expect([b.year, b.month, b.day, b.hour, b.min, b.sec, b.wday]).toEqual([
        d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCDay(),
      ]);
    }
  });

  it('fails like gmtime when the year does not fit a C int', () => {
    expect(breakDown(1e17, true)).toBeUndefined();
    expect(breakDown(2 ** 53, true)?.year).toBe(285428751);
  });

  it('formats conversions one at a time and keeps unknown ones as written', () => {
    const b = breakDown(1234567890, true)!;
    expect(formatDate('%c|%F %T|%j|%U %W %V|%G|%%|%Q|%', b)).toBe('Fri Feb 13 23:31:30 2009|2009-02-13 23:31:30|044|06 06 07|2009|%|%Q|%');
  });
});
