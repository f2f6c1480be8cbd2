import { randomInt } from 'node:crypto';
import { activationCodeAlphabet, activationCodeLength } from '@portalkit/protocol';
import type { FlowContext } from '../context.js';
import type { Member } from '../members.js';
import { sendCodeLetter } from '../notices/letter.js';

/**
 * A new activation code: every character drawn from the protocol's alphabet by Node's CSPRNG
 * (`randomInt` rejects the draws that would favour some symbols), 12 of 31 symbols, about 59
 * bits. It is printed once, in the letter, and kept only as `activationCodeHash`.
 */
export function newActivationCode(): string {
  let code = '';
  for (let i = 0; i < activationCodeLength; i++) {
    code += activationCodeAlphabet[randomInt(activationCodeAlphabet.length)];
  }
  return code;
}

/**
 * What the store keeps of a code: an HMAC under the portal's keyring, over the KVNR and the code.
 * A plain SHA-256 of a 59-bit code could be searched through by anyone holding a copy of the
 * table; the keyed MAC cannot, without the key (kept apart from the data when `secret` is
 * configured). Bound to the KVNR, the hash is worth nothing for another member's registration.
 * The store compares MACs, whose bytes no guess controls, so its comparison leaks nothing useful.
 */
export function activationCodeHash(ctx: FlowContext, kvnr: string, code: string): string {
  return ctx.keys.mac('activation-code', `${kvnr}\0${code}`);
}

/** Sends the activation letter to the member's registered address, in the member's language. */
export async function sendActivationLetter(
  ctx: FlowContext,
  member: Member,
  code: string,
  validUntil: number,
): Promise<void> {
  const pageUrl = ctx.config.register.activationUrl;
  await sendCodeLetter(ctx, member, { template: 'activation-letter', code, validUntil, pageUrl });
}
