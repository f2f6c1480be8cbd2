/**
 * A date of birth from three fields (day, month, year), as GOV.UK's date pattern asks for it:
 * numbers only, no picker. The value is the ISO date `YYYY-MM-DD`.
 */
export type BirthDateProblem = 'empty' | 'incomplete' | 'invalid' | 'future' | 'tooOld';
export type BirthDateResult = { ok: true; value: string } | { ok: false; problem: BirthDateProblem };

/** `today` is `YYYY-MM-DD` in the member's time zone (the element passes it; tests fix it). */
export function parseBirthDate(
  input: { day: string; month: string; year: string },
  today: string,
): BirthDateResult {
  const parts = [input.day, input.month, input.year].map((part) => part.trim());
  if (parts.every((part) => part === '')) return { ok: false, problem: 'empty' };
  if (parts.some((part) => part === '')) return { ok: false, problem: 'incomplete' };
  if (!parts.every((part) => /^\d+$/.test(part)) || parts[2]!.length !== 4) {
    return { ok: false, problem: 'invalid' };
  }
  const [day, month, year] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, problem: 'invalid' };
  }
  const value = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (value > today) return { ok: false, problem: 'future' };
  if (year < Number(today.slice(0, 4)) - 130) return { ok: false, problem: 'tooOld' };
  return { ok: true, value };
}

/** An ISO date `YYYY-MM-DD` that exists on the calendar (the server's check of the value). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
