import type { FlowContext } from '../context.js';

/**
 * A browser a member has signed in from with the right password recently holds a signed
 * "trusted device" cookie for that identifier (OWASP, "Slow Down Online Guessing Attacks with
 * Device Cookies"). Wrong passwords for an identifier from anywhere are limited (NIST SP 800-63B
 * § 3.2.2: at most 100), but that limit does not apply to its trusted devices, so a stranger who
 * spends an identifier's attempts does not lock its member out of their own browser.
 *
 * Value: `<expiry seconds>.<MAC of identifier key and expiry>`; nothing is stored on the server.
 */
const lifetimeSeconds = 180 * 24 * 60 * 60;
const purpose = 'trusted-device';

export function trustedDeviceCookieName(secure: boolean): string {
  return secure ? '__Host-pk_device' : 'pk_device';
}

/** Whether the request's device cookie was issued for `identifierKey` and is still valid. */
export function isTrustedDevice(ctx: FlowContext, identifierKey: string): boolean {
  const value = ctx.cookies.get(trustedDeviceCookieName(ctx.config.cookie.secure));
  const match = value && /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(value);
  if (!match) return false;
  const expires = Number(match[1]);
  if (expires * 1000 <= ctx.now()) return false;
  return ctx.keys.verify(purpose, `${identifierKey}.${expires}`, match[2]!);
}

/** Marks the browser as a trusted device for `identifierKey` (after a right password). */
export function trustDevice(ctx: FlowContext, identifierKey: string): void {
  const expires = Math.floor(ctx.now() / 1000) + lifetimeSeconds;
  const tag = ctx.keys.mac(purpose, `${identifierKey}.${expires}`);
  ctx.cookies.set(trustedDeviceCookieName(ctx.config.cookie.secure), `${expires}.${tag}`, {
    maxAge: lifetimeSeconds,
  });
}
