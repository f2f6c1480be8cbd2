import { formatIban, parseIban, type BankDetailsRequest } from '@portalkit/protocol';
import type { Checked } from '../base/protected-form.js';
import { checkFields } from '../parts/step-form.js';

type Values = Readonly<Record<string, string>>;

/** Checks the holder and the IBAN on submit (country length, format, mod 97: `parseIban`). */
export function checkBankDetails(values: Values): Checked<BankDetailsRequest> {
  const holder = (values['holder'] ?? '').trim().replace(/\s+/g, ' ');
  const { values: input, errors } = checkFields<'holder' | 'iban', string>(
    {
      holder: holder ? { ok: true, value: holder } : { ok: false, problem: 'empty' },
      iban: parseIban(values['iban'] ?? ''),
    },
    (field, problem) => [`bankDetails.${field}.${problem}`] as never,
  );
  return { input, errors };
}

const last = new WeakMap<HTMLInputElement, string>();

/**
 * Shows an IBAN in groups of four as it is typed or pasted, the caret kept after the same
 * character it followed (UX.md "Addresses, dates, bank details"). Only spaces are moved and
 * letters made upper case; anything else stays for the check on submit to name. A backspace
 * that removed only a group's space removes the character before it, as the member meant.
 */
export function groupIban(event: InputEvent): void {
  const input = event.target as HTMLInputElement;
  let value = input.value;
  let caret = input.selectionStart ?? value.length;
  const bare = (text: string) => text.replace(/\s+/g, '');
  const before = last.get(input);
  if (
    event.inputType === 'deleteContentBackward' &&
    before !== undefined &&
    bare(before) === bare(value) &&
    caret > 0
  ) {
    value = value.slice(0, caret - 1) + value.slice(caret);
    caret -= 1;
  }
  const kept = bare(value.slice(0, caret)).length;
  const grouped = formatIban(bare(value).toUpperCase());
  last.set(input, grouped);
  if (grouped === input.value) return;
  input.value = grouped;
  let position = 0;
  for (let seen = 0; seen < kept && position < grouped.length; position++) {
    if (grouped[position] !== ' ') seen++;
  }
  input.setSelectionRange(position, position);
}
