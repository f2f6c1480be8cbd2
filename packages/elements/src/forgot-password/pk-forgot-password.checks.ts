import { parseIdentifier, parseResetCode, type PasswordContext } from '@portalkit/protocol';
import type { FormError } from '../base/portalkit-element.js';
import { wording } from '../i18n/error-message.js';
import { checkFields } from '../parts/step-form.js';
import { resetMethods, type ResetMethod } from './pk-forgot-password.views.js';

/** What the member entered, by field name. */
type Values = Readonly<Record<string, string>>;

/** Where a new password needs other words than the general `error.<CODE>` terms. */
export const forgotPasswordWording = wording('forgotPassword.unavailable', {
  PASSKEY_UNKNOWN: 'forgotPassword.passkeyUnknown',
  PASSKEY_INVALID: 'forgotPassword.passkeyFailed',
  PASSKEY_FAILED: 'forgotPassword.passkeyFailed',
  PASSKEY_UNSUPPORTED: 'forgotPassword.passkeyUnsupported',
  // None of these is an answer of the forgot-password routes; should one come, it is the service.
  CREDENTIALS_INVALID: 'forgotPassword.unavailable',
  CONFIRMATION_REQUIRED: 'forgotPassword.unavailable',
  APPROVAL_REQUIRED: 'forgotPassword.unavailable',
  REGISTRATION_REQUIRED: 'forgotPassword.unavailable',
});

/** The ways a site names in `methods` (space separated); none or only unknown ones: all four. */
export function wantedMethods(methods: string): ResetMethod[] {
  const named = methods
    .split(/\s+/)
    .filter((name): name is ResetMethod => resetMethods.includes(name as ResetMethod));
  return named.length > 0 ? named : [...resetMethods];
}

/** Checks the identifier and the code as entered, on submit: one message per field and cause. */
export function checkEntered(
  values: Values,
  fields: { identifier: boolean; code?: boolean },
): { values?: Partial<Record<'identifier' | 'code', string>>; errors: FormError[] } {
  const value = (name: string) => values[name] ?? '';
  return checkFields<'identifier' | 'code', string>(
    {
      ...(fields.identifier && { identifier: parseIdentifier(value('identifier')) }),
      ...(fields.code && { code: parseResetCode(value('code')) }),
    },
    (field, problem) =>
      field === 'code'
        ? [`forgotPassword.code.${problem as 'empty' | 'format'}`]
        : [`identifier.${problem as 'empty' | 'kvnrFormat' | 'kvnrCheckDigit' | 'emailFormat'}`],
  );
}

/** The identifier as the server takes it, once it is valid. */
export function identifierOf(values: Values): string | undefined {
  const identifier = parseIdentifier(values['identifier'] ?? '');
  return identifier.ok ? identifier.value : undefined;
}

/** What a new password must not contain or equal: the member's own data known here. */
export function passwordContext(values: Values, name: string | undefined): PasswordContext {
  const identifier = parseIdentifier(values['identifier'] ?? '');
  const known = identifier.ok ? identifier : undefined;
  return {
    kvnr: known?.kind === 'kvnr' ? known.value : undefined,
    username: known?.value,
    email: known?.kind === 'email' ? known.value : undefined,
    name,
  };
}
