import {
  parseBirthDate,
  parseIdentifier,
  parseKvnr,
  parsePostcode,
  type IdentifyRequest,
} from '@portalkit/protocol';
import type { TemplateResult } from 'lit';
import type { FormError } from '../../base/portalkit-element.js';
import { dateField, type DatePart } from '../../parts/date-field.js';
import { kvnrInput, paragraph, stepForm, textInput, type StepKit } from './kit.js';

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
  const errors: FormError[] = [];
  const kvnr = parseKvnr(value('kvnr'));
  if (!kvnr.ok) errors.push({ field: 'kvnr', message: [`register.kvnr.${kvnr.problem}`] });
  const postcode = parsePostcode(value('postcode'));
  if (!postcode.ok) {
    errors.push({ field: 'postcode', message: [`register.postcode.${postcode.problem}`] });
  }
  const date = { day: value('day'), month: value('month'), year: value('year') };
  const birthDate = parseBirthDate(date, today());
  let invalidDate: DatePart[] = [];
  if (!birthDate.ok) {
    errors.push({ field: 'birthDate', message: [`register.birthDate.${birthDate.problem}`] });
    // Only the missing parts when the date is incomplete, as GOV.UK's date input marks them.
    invalidDate =
      birthDate.problem === 'incomplete'
        ? dateParts.filter((part) => date[part].trim() === '')
        : dateParts;
  }
  const email = value('email').trim();
  if (!email.includes('@') || !parseIdentifier(email).ok) {
    errors.push({
      field: 'email',
      message: [email ? 'register.email.format' : 'register.email.empty'],
    });
  }
  const card = value('cardNumber').replace(/\s+/g, '');
  if (cardNumber && !/^\d{6}$/.test(card)) {
    const problem = card ? 'format' : 'empty';
    errors.push({ field: 'cardNumber', message: [`register.cardNumber.${problem}`] });
  }
  if (!kvnr.ok || !postcode.ok || !birthDate.ok || errors.length > 0) {
    return { errors, invalidDate };
  }
  const input: IdentifyRequest = {
    kvnr: kvnr.value,
    postcode: postcode.value,
    birthDate: birthDate.value,
    email,
  };
  if (cardNumber) input.cardNumber = card;
  return { input, errors, invalidDate };
}

export interface IdentifyStepOptions {
  /** The insurer asks for the last 6 digits of the health card's number too. */
  cardNumber: boolean;
  /** The parts of the date of birth to mark invalid. */
  invalidDate: readonly DatePart[];
  onSubmit: (form: HTMLFormElement) => void;
}

/** Step 1: who the member is (KVNR, postcode, date of birth, e-mail, maybe the card number). */
export function identifyStep(kit: StepKit, options: IdentifyStepOptions): TemplateResult {
  const term = kit.localize.term.bind(kit.localize);
  const { values } = kit;
  return stepForm(kit, {
    number: 1,
    heading: 'register.identifyHeading',
    body: [
      paragraph(kit, 'register.identifyIntro'),
      kvnrInput(kit),
      textInput(kit, {
        name: 'postcode',
        label: 'register.postcodeLabel',
        hint: 'register.postcodeHint',
        autocomplete: 'postal-code',
        inputmode: 'numeric',
      }),
      dateField({
        id: kit.id('birthDate'),
        legend: term('register.birthDateLegend'),
        hint: term('register.birthDateHint'),
        labels: {
          day: term('register.day'),
          month: term('register.month'),
          year: term('register.year'),
        },
        values: { day: values['day'], month: values['month'], year: values['year'] },
        error: kit.fieldError('birthDate'),
        errorPrefix: term('common.errorPrefix'),
        invalid: options.invalidDate,
        autocomplete: 'bday',
      }),
      textInput(kit, {
        name: 'email',
        label: 'register.emailLabel',
        hint: 'register.emailHint',
        type: 'email',
        autocomplete: 'email',
        autocapitalize: 'none',
      }),
      ...(options.cardNumber
        ? [
            textInput(kit, {
              name: 'cardNumber',
              label: 'register.cardNumberLabel',
              hint: 'register.cardNumberHint',
              inputmode: 'numeric',
            }),
          ]
        : []),
    ],
    submit: 'register.identifySubmit',
    busyText: 'register.identifyBusy',
    onSubmit: options.onSubmit,
  });
}

/**
 * The answer to step 1, the same whether or not the details matched: a letter is on its way if
 * they did, and how to go on once it arrives.
 */
export function letterStep(
  kit: StepKit,
  options: { onContinue: () => void; onBack: () => void },
): TemplateResult {
  return stepForm(kit, {
    number: 1,
    heading: 'register.letterHeading',
    body: [paragraph(kit, 'register.letterText'), paragraph(kit, 'register.letterNext')],
    submit: 'register.letterContinue',
    onSubmit: options.onContinue,
    secondary: { label: 'register.back', onClick: options.onBack },
  });
}
