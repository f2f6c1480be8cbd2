/** IBAN per ISO 13616: country code, two check digits, BBAN; checked with mod 97 (ISO 7064). */
export type IbanProblem = 'empty' | 'format' | 'length' | 'checksum';
export type IbanResult = { ok: true; value: string } | { ok: false; problem: IbanProblem };

/** Lengths of the countries members of German insurers mostly bank in (SEPA); others: 15–34. */
const lengths: Record<string, number> = {
  DE: 22, AT: 20, CH: 21, NL: 18, BE: 16, FR: 27, IT: 27, ES: 24, PL: 28, LU: 20, DK: 18, CZ: 24,
};

function mod97(digits: string): number {
  let rest = 0;
  for (const char of digits) rest = (rest * 10 + Number(char)) % 97;
  return rest;
}

/** Normalizes (no spaces, upper case) and validates an IBAN. */
export function parseIban(input: string): IbanResult {
  const value = input.replace(/\s+/g, '').toUpperCase();
  if (value === '') return { ok: false, problem: 'empty' };
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(value)) return { ok: false, problem: 'format' };
  const expected = lengths[value.slice(0, 2)];
  if (expected !== undefined && value.length !== expected) return { ok: false, problem: 'length' };
  const rearranged = value.slice(4) + value.slice(0, 4);
  const digits = rearranged.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  if (mod97(digits) !== 1) return { ok: false, problem: 'checksum' };
  return { ok: true, value };
}

/** Groups of four for display: `DE89 3704 0044 0532 0130 00`. */
export function formatIban(value: string): string {
  return value.replace(/(.{4})(?=.)/g, '$1 ');
}
