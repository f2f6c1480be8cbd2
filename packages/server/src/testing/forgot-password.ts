import type { ResetChannel } from '@portalkit/protocol';
import { createHarness, erika, type Harness, type RequestOptions } from './harness.js';
import { jonas, testRegistry } from './members.js';

/** Erika's verified mobile number in the forgot-password tests. */
export const erikaPhone = '+4915112345612';

/**
 * A portal for the forgot-password tests: Erika in the registry (so reset letters can reach her)
 * and with an account that has a verified mobile number.
 */
export async function resetPortal(
  options: Parameters<typeof createHarness>[0] = {},
): Promise<{ h: Harness; accountId: string }> {
  const registry = testRegistry([
    {
      ...jonas,
      kvnr: erika.kvnr,
      name: erika.displayName,
      address: { street: 'Heidestraße 17', postcode: '10115', city: 'Berlin' },
      postcode: '10115',
    },
  ]);
  const h = createHarness({ members: registry, ...options });
  const { accountId } = await h.portal.createAccount({ ...erika, phone: erikaPhone });
  return { h, accountId };
}

/** Asks for a reset code (default: Erika's, by e-mail). */
export const askForCode = (
  h: Harness,
  identifier: string = erika.email,
  channel: ResetChannel = 'email',
  options: RequestOptions = {},
): Promise<Response> => h.post('/forgot-password/code', { identifier, channel }, options);

/** The e-mails, SMS and letters with a reset code, oldest first. */
export const codeMessages = (h: Harness) =>
  h.mail.messages.filter((m) => m.template === 'reset-code' || m.template === 'reset-letter');

/** The code of the last message with one: 6 digits, or a letter's code as printed. */
export function lastCode(h: Harness): string {
  const message = codeMessages(h).at(-1);
  const code = message?.letter?.code ?? message?.text.match(/\b\d{6}\b/)?.[0];
  if (!code) throw new Error('no reset code was sent');
  return code;
}
