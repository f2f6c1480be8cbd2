import {
  checkValidFrom,
  parseHouseNumber,
  parsePostcode,
  type AddressChangeRequest,
} from '@portalkit/protocol';
import type { Checked } from '../base/protected-form.js';
import { formatDate } from '../i18n/format.js';
import type { DatePart } from '../parts/date-field.js';
import { checkFields, type Parsed } from '../parts/step-form.js';
import type { ValidFromCheck } from './pk-address-change.terms.js';

type Values = Readonly<Record<string, string>>;
type Field = 'street' | 'houseNumber' | 'postcode' | 'city' | 'validFrom';

const dateParts: readonly DatePart[] = ['day', 'month', 'year'];

/** Today as `YYYY-MM-DD` in the member's time zone, at `now` (ms). */
export function isoToday(now: number): string {
  const offset = new Date(now).getTimezoneOffset() * 60_000;
  return new Date(now - offset).toISOString().slice(0, 10);
}

const filled = (value: string): Parsed<'empty'> => {
  const trimmed = value.trim().replace(/\s+/g, ' ');
  return trimmed ? { ok: true, value: trimmed } : { ok: false, problem: 'empty' };
};

/** The three date fields as an ISO date, checked against `today` (`checkValidFrom`). */
function validFrom(values: Values, today: string): Parsed<ValidFromCheck> {
  const [day, month, year] = dateParts.map((part) => (values[part] ?? '').trim());
  const given = [day, month, year].filter(Boolean).length;
  if (given === 0) return { ok: false, problem: 'empty' };
  if (given < 3) return { ok: false, problem: 'incomplete' };
  if (![day, month].every((part) => /^\d{1,2}$/.test(part!)) || !/^\d{4}$/.test(year!)) {
    return { ok: false, problem: 'invalid' };
  }
  return checkValidFrom(`${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`, today);
}

/** Checks the new address on submit: one message per field and cause, in the fields' order. */
export function checkAddress(values: Values, today: string): Checked<AddressChangeRequest> {
  const value = (name: string) => values[name] ?? '';
  const date = validFrom(values, today);
  const { values: input, errors } = checkFields<Field, string>(
    {
      street: filled(value('street')),
      houseNumber: parseHouseNumber(value('houseNumber')),
      postcode: parsePostcode(value('postcode')),
      city: filled(value('city')),
      validFrom: date,
    },
    (field, problem) => [`addressChange.${field}.${problem}`] as never,
  );
  // Only the missing parts when the date is incomplete, as GOV.UK's date input marks them.
  const marked = date.ok
    ? []
    : date.problem === 'incomplete'
      ? dateParts.filter((part) => !value(part).trim())
      : dateParts;
  return { input, errors, marked };
}

/**
 * An ISO date written out in the element's language: `1. März 2027`, `1 March 2027` (day first,
 * as the server's summary writes it).
 */
export function longDate(iso: string, lang: string): string {
  return formatDate(lang, new Date(`${iso}T00:00:00Z`), 'long', true);
}
