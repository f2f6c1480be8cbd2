import {
  parseBirthDate,
  parseIdentifier,
  parseKvnr,
  parsePostcode,
  type IdentifyRequest,
} from '@portalkit/protocol';
import { nothing, type TemplateResult } from 'lit';
import type { FormError } from '../../base/portalkit-element.js';
import { dateField, type DatePart } from '../../parts/date-field.js';
import type { IdentifyView } from '../pk-register.views.js';
import { checkFields, kvnrInput, paragraph, stepForm, textInput, type StepKit } from './kit.js';

export interface IdentifyCheck {
  /** The request, when every field is valid. */
  input?: IdentifyRequest;
  errors: FormError[];
  invalidDate: DatePart[];
}

const dateParts: DatePart[] = ['day', 'month', 'year'];

/** Today as `YYYY-MM-DD` in the member's time zone. */
function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** Checks step 1 on submit: one message per field and cause, in the order of the fields. */
export function checkIdentify(value: (name: string) => string, cardNumber: boolean): IdentifyCheck {
  const date = { day: value('day'), month: value('month'), year: value('year') };
  const birthDate = parseBirthDate(date, today());
  const email = value('email').trim();
  const card = value('cardNumber').replace(/\s+/g, '');
  const { values, errors } = checkFields({
    kvnr: parseKvnr(value('kvnr')),
    postcode: parsePostcode(value('postcode')),
    birthDate,
    email: !email
      ? { ok: false, problem: 'empty' }
      : email.includes('@') && parseIdentifier(email).ok
        ? { ok: true, value: email }
        : { ok: false, problem: 'format' },
    ...(cardNumber && {
      cardNumber: /^\d{6}$/.test(card)
        ? { ok: true, value: card }
        : { ok: false, problem: card ? 'format' : 'empty' },
    }),
  });
  // Only the missing parts when the date is incomplete, as GOV.UK's date input marks them.
  const invalidDate = birthDate.ok
    ? []
    : birthDate.problem === 'incomplete'
      ? dateParts.filter((part) => date[part].trim() === '')
      : dateParts;
  return { ...(values && { input: values }), errors, invalidDate };
}

/** Step 1: who the member is (KVNR, postcode, date of birth, e-mail, maybe the card number). */
export function identifyStep(
  kit: StepKit,
  view: IdentifyView,
  cardNumber: boolean,
): TemplateResult {
  const { term, values } = kit;
  return stepForm(kit, {
    number: 1,
    heading: 'register.identifyHeading',
    body: [
      paragraph(kit, 'register.identifyIntro'),
      kvnrInput(kit),
      textInput(kit, 'postcode', { autocomplete: 'postal-code', inputmode: 'numeric' }),
      dateField({
        id: kit.id('birthDate'),
        legend: term('register.birthDateLegend'),
        hint: term('register.birthDateHint'),
        labels: {
          day: term('register.day'),
          month: term('register.month'),
          year: term('register.year'),
        },
        values,
        error: kit.fieldError('birthDate'),
        errorPrefix: term('common.errorPrefix'),
        invalid: view.invalidDate ?? [],
        autocomplete: 'bday',
      }),
      textInput(kit, 'email', { type: 'email', autocomplete: 'email', autocapitalize: 'none' }),
      cardNumber ? textInput(kit, 'cardNumber', { inputmode: 'numeric' }) : nothing,
    ],
    submit: 'register.identifySubmit',
  });
}

/**
 * The answer to step 1, the same whether or not the details matched: a letter is on its way if
 * they did, and how to go on once it arrives. Its second button goes back.
 */
export const letterStep = (kit: StepKit): TemplateResult =>
  stepForm(kit, {
    number: 1,
    heading: 'register.letterHeading',
    body: [paragraph(kit, 'register.letterText'), paragraph(kit, 'register.letterNext')],
    submit: 'register.letterContinue',
    secondary: 'register.back',
  });
