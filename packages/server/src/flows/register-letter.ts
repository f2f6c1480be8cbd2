import { randomInt } from 'node:crypto';
import {
  activationCodeAlphabet,
  activationCodeLength,
  formatActivationCode,
} from '@portalkit/protocol';
import { toString as qrCode } from 'qrcode';
import type { FlowContext } from '../context.js';
import type { Member } from '../members.js';
import { renderNotice } from '../notices/templates.js';

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

/**
 * The address the letter's QR code opens: the activation page with the code in the fragment,
 * which a browser sends to no server and in no Referer, so the code reaches no log.
 */
export function activationLink(activationUrl: string, code: string): string {
  const url = new URL(activationUrl);
  url.hash = `code=${code}`;
  return url.href;
}

/** Sends the activation letter to the member's registered address, in the member's language. */
export async function sendActivationLetter(
  ctx: FlowContext,
  member: Member,
  code: string,
  validUntil: number,
): Promise<void> {
  const locale = member.locale ?? 'de';
  const printed = formatActivationCode(code);
  const { activationUrl } = ctx.config.register;
  const at = ctx.now();
  const { subject, text } = renderNotice('activation-letter', locale, {
    recipientName: member.name,
    insurerName: ctx.config.rp.name,
    at,
    code: printed,
    validUntil,
    activationUrl,
  });
  const { street, postcode, city } = member.address;
  const addressLines = [member.name, street, `${postcode} ${city}`];
  // Error correction M (15 %) and the standard quiet zone of 4 modules: scannable from paper.
  const qrSvg = await qrCode(activationLink(activationUrl, code), {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
  });
  await ctx.mail.send({
    channel: 'letter',
    to: addressLines.slice(1).join(', '),
    recipientName: member.name,
    template: 'activation-letter',
    locale,
    subject,
    text,
    sentAt: new Date(at).toISOString(),
    letter: {
      addressLines,
      code: printed,
      validUntil: new Date(validUntil).toISOString(),
      activationUrl,
      qrSvg,
    },
  });
}
