import { parseIdentifier, parseResetCode, type ErrorCode } from '@portalkit/protocol';
import type { FormError } from '../base/portalkit-element.js';
import type { ClientError } from '../client/client-error.js';
import { notSignedInFormCodes, wording } from '../i18n/error-message.js';
import type { EmailProblem } from './pk-account.terms.js';

/** Codes of signing in and codes that the account's routes answer, each with its own words. */
const ownCodes: readonly ErrorCode[] = [
  'CREDENTIALS_INVALID',
  'CODE_INVALID',
  'CODE_LOCKED',
  'PASSWORD_REJECTED',
];

/**
 * Every code in the element's words: its own for the codes its routes answer, "not possible
 * right now" for the portal being unreachable and for codes none of its routes answers.
 */
export const accountWording = wording('account.unavailable', {
  ...Object.fromEntries(
    notSignedInFormCodes
      .filter((code) => !ownCodes.includes(code))
      .map((code) => [code, 'account.unavailable']),
  ),
  CREDENTIALS_INVALID: 'account.current.wrong',
});

/** The new address as typed, checked on submit: one message per cause. */
export function checkEmail(
  value: string,
  current: string,
): { email: string; errors?: undefined } | { email?: undefined; errors: FormError[] } {
  const typed = value.trim();
  const problem = (cause: EmailProblem) => ({
    errors: [{ field: 'email', message: [`account.email.${cause}`] }] as FormError[],
  });
  if (typed === '') return problem('empty');
  const parsed = parseIdentifier(typed);
  if (!parsed.ok || parsed.kind !== 'email') return problem('format');
  if (parsed.value === current.toLowerCase()) return problem('unchanged');
  return { email: parsed.value };
}

/** The code from the e-mail: 6 digits, spaces and dashes ignored (pasted codes have them). */
export function checkCode(value: string): { code: string } | { errors: FormError[] } {
  const parsed = parseResetCode(value);
  if (parsed.ok && parsed.kind === 'digits') return { code: parsed.value };
  const cause = !parsed.ok && parsed.problem === 'empty' ? 'empty' : 'format';
  return { errors: [{ field: 'code', message: [`account.code.${cause}`] }] };
}

/** The server refused the address: said at the field, in the words of the element's check. */
export function emailRefused(error: ClientError): FormError[] | undefined {
  const cause = error.fields?.['email'];
  if (error.code !== 'VALIDATION_FAILED' || !cause) return undefined;
  const known: EmailProblem[] = ['empty', 'unchanged', 'taken'];
  const problem = known.find((one) => one === cause) ?? 'format';
  return [{ field: 'email', message: [`account.email.${problem}`] }];
}

/** The server refused the code's form (its own check of what the element checked too). */
export function codeRefused(error: ClientError): FormError[] | undefined {
  const cause = error.fields?.['code'];
  if (error.code !== 'VALIDATION_FAILED' || !cause) return undefined;
  return [{ field: 'code', message: [`account.code.${cause === 'empty' ? 'empty' : 'format'}`] }];
}

/** A wrong current password, as either answer the server may give. */
export function currentWrong(error: ClientError): boolean {
  return (
    error.code === 'CREDENTIALS_INVALID' ||
    (error.code === 'VALIDATION_FAILED' && error.fields?.['current'] !== undefined)
  );
}
