/**
 * Krankenversichertennummer (KVNR), the unchangeable 10-character part: a capital letter, eight
 * digits and a check digit (GKV-Spitzenverband, "Richtlinie Krankenversichertennummer", § 290 SGB V).
 */
export type KvnrProblem = 'empty' | 'format' | 'checkDigit';
export type KvnrResult = { ok: true; value: string } | { ok: false; problem: KvnrProblem };

const shape = /^[A-Z]\d{9}$/;

/** Check digit over the letter's two-digit position and the eight digits (weights 1,2,1,2,…). */
export function kvnrCheckDigit(letterAndEightDigits: string): number {
  const position = letterAndEightDigits.charCodeAt(0) - 64;
  const digits = String(position).padStart(2, '0') + letterAndEightDigits.slice(1, 9);
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const product = Number(digits[i]) * (i % 2 === 0 ? 1 : 2);
    sum += product > 9 ? product - 9 : product;
  }
  return sum % 10;
}

/** Normalizes (trim, upper case) and validates a KVNR. */
export function parseKvnr(input: string): KvnrResult {
  const value = input.trim().toUpperCase();
  if (value === '') return { ok: false, problem: 'empty' };
  if (!shape.test(value)) return { ok: false, problem: 'format' };
  if (kvnrCheckDigit(value) !== Number(value[9])) return { ok: false, problem: 'checkDigit' };
  return { ok: true, value };
}

export function isKvnr(input: string): boolean {
  return parseKvnr(input).ok;
}
