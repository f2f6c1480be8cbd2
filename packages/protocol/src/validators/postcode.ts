/** German postcode (Postleitzahl): exactly five digits, kept as a string (leading zeros matter). */
export type PostcodeProblem = 'empty' | 'format';
export type PostcodeResult = { ok: true; value: string } | { ok: false; problem: PostcodeProblem };

export function parsePostcode(input: string): PostcodeResult {
  const value = input.replace(/\s+/g, '');
  if (value === '') return { ok: false, problem: 'empty' };
  if (!/^\d{5}$/.test(value)) return { ok: false, problem: 'format' };
  return { ok: true, value };
}
