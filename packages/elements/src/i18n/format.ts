/**
 * Dates, times, lists and numbers as members read them in German and English, written out here
 * the way the browser's `Intl` formatters write them (the element tests compare each with `Intl`).
 * The first `Intl` formatter a page makes loads the locale data: 50–140 ms at 4× CPU throttling,
 * on the way of the list, step or click that needs it. English is British English, day before
 * month, as members of a German insurer read it. A language a site registered uses `Intl`.
 */

export type DateStyle = 'medium' | 'long';

const months = {
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};
/** British English abbreviations, as `Intl` writes them: four letters for September. */
const monthsShortEn = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
];

const builtIn = (lang: string): lang is 'de' | 'en' => lang === 'de' || lang === 'en';
const two = (value: number) => String(value).padStart(2, '0');

/** The date's fields in the member's time zone, or in UTC for a calendar date sent as `YYYY-MM-DD`. */
function fields(date: Date, utc: boolean) {
  return utc
    ? { day: date.getUTCDate(), month: date.getUTCMonth(), year: date.getUTCFullYear() }
    : { day: date.getDate(), month: date.getMonth(), year: date.getFullYear() };
}

/** `09.09.2026` / `9 Sept 2026` (medium), `9. September 2026` / `9 September 2026` (long). */
export function formatDate(lang: string, date: Date, style: DateStyle, utc = false): string {
  if (!builtIn(lang)) {
    return new Intl.DateTimeFormat(lang, {
      dateStyle: style,
      ...(utc && { timeZone: 'UTC' }),
    }).format(date);
  }
  const { day, month, year } = fields(date, utc);
  if (lang === 'en')
    return `${day} ${(style === 'medium' ? monthsShortEn : months.en)[month]} ${year}`;
  return style === 'medium'
    ? `${two(day)}.${two(month + 1)}.${year}`
    : `${day}. ${months.de[month]} ${year}`;
}

/** A time of day on the 24-hour clock: `9:05`, `14:30`. */
export function formatTime(lang: string, date: Date): string {
  if (!builtIn(lang)) {
    return new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit' }).format(date);
  }
  return `${date.getHours()}:${two(date.getMinutes())}`;
}

/** `09.09.2026, 09:05` / `9 Sept 2026, 09:05`; long: `9. September 2026 um 09:05` / `… at 09:05`. */
export function formatDateTime(lang: string, date: Date, style: DateStyle): string {
  if (!builtIn(lang)) {
    return new Intl.DateTimeFormat(lang, { dateStyle: style, timeStyle: 'short' }).format(date);
  }
  const time = `${two(date.getHours())}:${two(date.getMinutes())}`;
  const joint = style === 'medium' ? ',' : lang === 'de' ? ' um' : ' at';
  return `${formatDate(lang, date, style)}${joint} ${time}`;
}

/** `PDF, JPG oder PNG` / `PDF, JPG or PNG`; `and`: `PDF, JPG und PNG` / `PDF, JPG and PNG`. */
export function formatList(lang: string, items: readonly string[], type: 'or' | 'and'): string {
  if (!builtIn(lang)) {
    const style = type === 'or' ? 'disjunction' : 'conjunction';
    return new Intl.ListFormat(lang, { type: style }).format(items);
  }
  if (items.length < 2) return items[0] ?? '';
  const word = lang === 'de' ? (type === 'or' ? 'oder' : 'und') : type;
  const last = items[items.length - 1]!;
  return `${items.slice(0, -1).join(', ')} ${word} ${last}`;
}

/**
 * A number (not negative) with at most `fractionDigits` decimals, trailing zeros dropped, grouped
 * by thousands: `1.234,5` / `1,234.5`. Halves round up on the number as written (`1.15` → `1.2`),
 * as `Intl` rounds, not on its binary value (which `toFixed` rounds to `1.1`).
 */
function written(lang: 'de' | 'en', value: number, fractionDigits: number): string {
  // `1.15e1` is 11.5 exactly, where 1.15 * 10 is 11.499…
  const scaled = Math.round(Number(`${value}e${fractionDigits}`));
  const fixed = Number.isFinite(scaled)
    ? (scaled / 10 ** fractionDigits).toFixed(fractionDigits)
    : value.toFixed(fractionDigits);
  const [whole = '0', fraction = ''] = fixed.split('.');
  const [group, decimal] = lang === 'de' ? ['.', ','] : [',', '.'];
  const kept = fraction.replace(/0+$/, '');
  return `${whole.replace(/\B(?=(\d{3})+$)/g, group)}${kept ? `${decimal}${kept}` : ''}`;
}

export type ByteUnit = 'byte' | 'kilobyte' | 'megabyte' | 'gigabyte';

const byteUnits: Record<ByteUnit, string> = {
  byte: 'Byte',
  kilobyte: 'kB',
  megabyte: 'MB',
  gigabyte: 'GB',
};

/** A size in one unit: `512 Byte` / `512 byte`, `2,5 MB` / `2.5 MB`. */
export function formatBytes(lang: string, value: number, unit: ByteUnit, fractionDigits: number) {
  if (!builtIn(lang)) {
    return new Intl.NumberFormat(lang, {
      style: 'unit',
      unit,
      maximumFractionDigits: fractionDigits,
    }).format(value);
  }
  const name = unit === 'byte' && lang === 'en' ? 'byte' : byteUnits[unit];
  // Always a no-break space, so a number and its unit stay on one line (`Intl` breaks some).
  return `${written(lang, value, fractionDigits)}\u00a0${name}`;
}
