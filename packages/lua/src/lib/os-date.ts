/**
 * Calendar arithmetic for os.date and os.time, done on day numbers rather than with JS Date so
 * that every year C's 64-bit time_t and int tm_year allow (far beyond Date's ±275760 years) works
 * as with glibc. Only the local zone's offset comes from the host (Date.getTimezoneOffset).
 */

/** C's struct tm, with the zone facts strftime needs. */
export interface BrokenTime {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
  hour: number;
  min: number;
  sec: number;
  /** 0..6, Sunday first */
  wday: number;
  /** 0..365 */
  yday: number;
  isdst: boolean;
  /** Seconds east of UTC. */
  offset: number;
  utc: boolean;
}

const DAY = 86400;
/** tm_year is a C int counted from 1900. */
const MAX_YEAR = 2147483647 + 1900;
const MIN_YEAR = -2147483648 + 1900;

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInYear(y: number): number {
  return isLeap(y) ? 366 : 365;
}

/**
 * Days from 1970-01-01 to year-month-day in the proleptic Gregorian calendar. Years are counted
 * from March so the leap day falls at the end; 400-year cycles have exactly 146097 days.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const cycle = floorDiv(y, 400);
  const yearOfCycle = y - cycle * 400;
  const shiftedMonth = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfCycle = yearOfCycle * 365 + Math.floor(yearOfCycle / 4) - Math.floor(yearOfCycle / 100) + dayOfYear;
  return cycle * 146097 + dayOfCycle - 719468;
}

/** The inverse of daysFromCivil. */
function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const cycle = floorDiv(z, 146097);
  const dayOfCycle = z - cycle * 146097;
  const yearOfCycle = Math.floor(
    (dayOfCycle - Math.floor(dayOfCycle / 1460) + Math.floor(dayOfCycle / 36524) - Math.floor(dayOfCycle / 146096)) / 365,
  );
  const dayOfYear = dayOfCycle - (365 * yearOfCycle + Math.floor(yearOfCycle / 4) - Math.floor(yearOfCycle / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfCycle + cycle * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** The host's offset of local time from UTC at time `t` (seconds east), clamped to Date's range. */
export function localOffset(t: number): number {
  const ms = Math.max(-8.64e15, Math.min(8.64e15, t * 1000));
  return -new Date(ms).getTimezoneOffset() * 60;
}

/** Whether daylight saving time is in effect at `t`: its offset exceeds the year's smallest. */
function inDst(t: number, offset: number): boolean {
  const year = civilFromDays(floorDiv(t, DAY)).year;
  const clampedYear = Math.max(-271820, Math.min(275759, year));
  const jan = -new Date(Date.UTC(clampedYear, 0, 1)).getTimezoneOffset() * 60;
  const jul = -new Date(Date.UTC(clampedYear, 6, 1)).getTimezoneOffset() * 60;
  return offset > Math.min(jan, jul);
}

/** How far the zone moves its clocks for DST (glibc assumes an hour where it never does). */
function dstShift(t: number): number {
  const year = Math.max(-271820, Math.min(275759, civilFromDays(floorDiv(t, DAY)).year));
  const jan = -new Date(Date.UTC(year, 0, 1)).getTimezoneOffset() * 60;
  const jul = -new Date(Date.UTC(year, 6, 1)).getTimezoneOffset() * 60;
  return jan === jul ? 3600 : Math.abs(jul - jan);
}

/** gmtime / localtime; undefined when the year does not fit tm_year, as they fail then. */
export function breakDown(t: number, utc: boolean): BrokenTime | undefined {
  if (!Number.isFinite(t)) return undefined;
  const offset = utc ? 0 : localOffset(t);
  const local = t + offset;
  const days = floorDiv(local, DAY);
  const secs = local - days * DAY;
  const { year, month, day } = civilFromDays(days);
  if (year > MAX_YEAR || year < MIN_YEAR) return undefined;
  return {
    year,
    month,
    day,
    hour: Math.floor(secs / 3600),
    min: Math.floor(secs / 60) % 60,
    sec: secs % 60,
    wday: (((days + 4) % 7) + 7) % 7,
    yday: days - daysFromCivil(year, 1, 1),
    isdst: utc ? false : inDst(t, offset),
    offset,
    utc,
  };
}

/** The fields os.time reads from its table (already converted to C ints). */
export interface TimeFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  min: number;
  sec: number;
  /** -1: unknown (let the zone decide), 0: standard time, 1: daylight saving time. */
  isdst: number;
}

/**
 * mktime: local time fields, out-of-range values carried over as C does, to seconds since the
 * epoch. undefined where mktime fails (returns -1, which lua5.1 reports as nil).
 */
export function makeTime(f: TimeFields): number | undefined {
  const t = localToTime(f);
  return t === -1 ? undefined : t;
}

/** mktime's arithmetic; undefined when the year does not fit (-1 is a valid answer here). */
function localToTime(f: TimeFields): number | undefined {
  const monthIndex = f.month - 1;
  const year = f.year + floorDiv(monthIndex, 12);
  const month = monthIndex - floorDiv(monthIndex, 12) * 12 + 1;
  if (year > MAX_YEAR || year < MIN_YEAR) return undefined;
  const local = (daysFromCivil(year, month, 1) + f.day - 1) * DAY + f.hour * 3600 + f.min * 60 + f.sec;
  // The offset depends on the answer: guess with the local reading, then correct once.
  let t = local - localOffset(local);
  const offset = localOffset(t);
  t = local - offset;
  if (f.isdst >= 0) {
    const dst = inDst(t, offset);
    if (f.isdst > 0 && !dst) t -= dstShift(t);
    else if (f.isdst === 0 && dst) t += dstShift(t);
  }
  if (!Number.isFinite(t) || breakDown(t, false) === undefined) return undefined;
  return t;
}

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

function pad(n: number, width: number, fill = '0'): string {
  const s = String(Math.abs(n));
  const body = s.length >= width ? s : fill.repeat(width - s.length) + s;
  return n < 0 ? `-${body}` : body;
}

/** The ISO 8601 week-based year and week of a date. */
function isoWeek(b: BrokenTime): { year: number; week: number } {
  const mondayBased = (b.wday + 6) % 7;
  let thursday = b.yday - mondayBased + 3;
  let year = b.year;
  if (thursday < 0) {
    year--;
    thursday += daysInYear(year);
  } else if (thursday >= daysInYear(year)) {
    thursday -= daysInYear(year);
    year++;
  }
  return { year, week: Math.floor(thursday / 7) + 1 };
}

/** The zone's abbreviation for %Z: glibc says GMT for gmtime, the host names the local zone. */
function zoneName(b: BrokenTime): string {
  if (b.utc) return 'GMT';
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(new Date());
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

/** One strftime conversion in the C locale; undefined for letters glibc does not know. */
function convert(c: string, b: BrokenTime): string | undefined {
  const hour12 = b.hour % 12 === 0 ? 12 : b.hour % 12;
  switch (c) {
    case 'a': return DAY_NAMES[b.wday].slice(0, 3);
    case 'A': return DAY_NAMES[b.wday];
    case 'b':
    case 'h': return MONTH_NAMES[b.month - 1].slice(0, 3);
    case 'B': return MONTH_NAMES[b.month - 1];
    case 'c':
      return `${DAY_NAMES[b.wday].slice(0, 3)} ${MONTH_NAMES[b.month - 1].slice(0, 3)} ${pad(b.day, 2, ' ')} ` +
        `${pad(b.hour, 2)}:${pad(b.min, 2)}:${pad(b.sec, 2)} ${b.year}`;
    case 'C': return String(floorDiv(b.year, 100));
    case 'd': return pad(b.day, 2);
    case 'D':
    case 'x': return `${pad(b.month, 2)}/${pad(b.day, 2)}/${pad(((b.year % 100) + 100) % 100, 2)}`;
    case 'e': return pad(b.day, 2, ' ');
    case 'F': return `${b.year}-${pad(b.month, 2)}-${pad(b.day, 2)}`;
    case 'g': return pad(((isoWeek(b).year % 100) + 100) % 100, 2);
    case 'G': return String(isoWeek(b).year);
    case 'H': return pad(b.hour, 2);
    case 'I': return pad(hour12, 2);
    case 'j': return pad(b.yday + 1, 3);
    case 'k': return pad(b.hour, 2, ' ');
    case 'l': return pad(hour12, 2, ' ');
    case 'm': return pad(b.month, 2);
    case 'M': return pad(b.min, 2);
    case 'n': return '\n';
    case 'p': return b.hour < 12 ? 'AM' : 'PM';
    case 'P': return b.hour < 12 ? 'am' : 'pm';
    case 'r': return `${pad(hour12, 2)}:${pad(b.min, 2)}:${pad(b.sec, 2)} ${b.hour < 12 ? 'AM' : 'PM'}`;
    case 'R': return `${pad(b.hour, 2)}:${pad(b.min, 2)}`;
    case 's': {
      // glibc reads the fields back as local time (mktime), even for "!" formats.
      const t = localToTime({ year: b.year, month: b.month, day: b.day, hour: b.hour, min: b.min, sec: b.sec, isdst: -1 });
      return t === undefined ? '' : String(t);
    }
    case 'S': return pad(b.sec, 2);
    case 't': return '\t';
    case 'T':
    case 'X': return `${pad(b.hour, 2)}:${pad(b.min, 2)}:${pad(b.sec, 2)}`;
    case 'u': return String(b.wday === 0 ? 7 : b.wday);
    case 'U': return pad(Math.floor((b.yday + 7 - b.wday) / 7), 2);
    case 'V': return pad(isoWeek(b).week, 2);
    case 'w': return String(b.wday);
    case 'W': return pad(Math.floor((b.yday + 7 - ((b.wday + 6) % 7)) / 7), 2);
    case 'y': return pad(((b.year % 100) + 100) % 100, 2);
    case 'Y': return String(b.year);
    case 'z': {
      const m = Math.abs(b.offset) / 60;
      return `${b.offset < 0 ? '-' : '+'}${pad(Math.floor(m / 60), 2)}${pad(m % 60, 2)}`;
    }
    case 'Z': return zoneName(b);
    case '%': return '%';
    default: return undefined;
  }
}

/**
 * os.date's formatting: each '%' and the character after it is one strftime conversion (lua5.1
 * hands them to strftime one at a time); unknown conversions come out as written, and a '%' at
 * the very end is kept.
 */
export function formatDate(format: string, b: BrokenTime): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch !== '%' || i + 1 >= format.length) {
      out += ch;
      continue;
    }
    const c = format[++i];
    out += convert(c, b) ?? `%${c}`;
  }
  return out;
}
