/**
 * The activation code of a registration letter: 12 characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L), 31 symbols, so about 59 bits; printed in groups of four
 * (`K7QM-X4TP-9WHR`). Typed back, spaces, dashes and case do not matter.
 */
export const activationCodeAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const activationCodeLength = 12;

export type ActivationCodeProblem = 'empty' | 'format';
export type ActivationCodeResult =
  | { ok: true; value: string }
  | { ok: false; problem: ActivationCodeProblem };

/** Normalizes what a member typed or pasted (`k7qm x4tp-9whr`) to the bare code. */
export function parseActivationCode(input: string): ActivationCodeResult {
  const value = input.replace(/[\s\-‐‑‒–—]+/g, '').toUpperCase();
  if (value === '') return { ok: false, problem: 'empty' };
  if (value.length !== activationCodeLength || ![...value].every((c) => activationCodeAlphabet.includes(c))) {
    return { ok: false, problem: 'format' };
  }
  return { ok: true, value };
}

/** The printed form: groups of four joined by dashes. */
export function formatActivationCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}
