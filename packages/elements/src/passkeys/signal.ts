import type { PasskeyList } from '@portalkit/protocol';

/** What the server tells the page about the account for the Signal API (`PasskeyList.signal`). */
export type SignalDetails = PasskeyList['signal'];

/**
 * The WebAuthn Signal API's static methods (WebAuthn Level 3, §5.1.10), each possibly missing:
 * browsers added them one by one, and a page may run in one without them.
 */
interface SignalApi {
  signalAllAcceptedCredentials?: (options: {
    rpId: string;
    userId: string;
    allAcceptedCredentialIds: string[];
  }) => Promise<void>;
  signalCurrentUserDetails?: (options: {
    rpId: string;
    userId: string;
    name: string;
    displayName: string;
  }) => Promise<void>;
}

/**
 * Calls one Signal API method where the browser has it. These are hints to the member's password
 * manager: a browser without them, or one that refuses (another RP ID, no such account), leaves
 * the page as it is, so every failure is swallowed, synchronous or not.
 */
function hint<K extends keyof SignalApi>(
  method: K,
  options: Parameters<NonNullable<SignalApi[K]>>[0],
): void {
  const api = (globalThis as { PublicKeyCredential?: SignalApi }).PublicKeyCredential;
  const call = api?.[method];
  if (typeof call !== 'function') return;
  try {
    void Promise.resolve(call.call(api, options as never)).catch(() => undefined);
  } catch {
    // A hint that failed: nothing for the member to do.
  }
}

/**
 * Tells the member's password manager which passkeys of this account still exist, so one removed
 * here (or on another device) disappears from it too (`signalAllAcceptedCredentials`). `ids`:
 * the credential ids (base64url) the server still holds, all of them.
 */
export function signalAcceptedPasskeys(details: SignalDetails, ids: readonly string[]): void {
  hint('signalAllAcceptedCredentials', {
    rpId: details.rpId,
    userId: details.userId,
    allAcceptedCredentialIds: [...ids],
  });
}

/**
 * Tells the member's password manager the account's current name and display name
 * (`signalCurrentUserDetails`), after the passkey list loads and after the e-mail address changed.
 */
export function signalUserDetails(details: SignalDetails): void {
  hint('signalCurrentUserDetails', {
    rpId: details.rpId,
    userId: details.userId,
    name: details.name,
    displayName: details.displayName,
  });
}
