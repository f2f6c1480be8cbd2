import {
  browserSupportsWebAuthn,
  browserSupportsWebAuthnAutofill,
  WebAuthnAbortService,
} from '@simplewebauthn/browser';
import { pageWide } from '../page.js';
import { ClientError } from './client-error.js';
import type { PasskeySupport } from './portal-client.js';

/**
 * A page runs one WebAuthn ceremony at a time, so there is one abort path for the whole page, shared
 * by the elements of every Portalkit file on it.
 */
const page = pageWide('ceremony', () => ({
  /** Counts ceremonies; one whose number is no longer current stops before it opens a prompt. */
  generation: 0,
  /**
   * The browser refuses a request made while an aborted one is still winding down (Credential
   * Management § "Request a Credential"), as when the passkey button aborts the autofill request,
   * so each prompt starts once the one before it has settled.
   */
  previousPrompt: Promise.resolve() as Promise<unknown>,
  /** Aborts the open prompt through the abort service of the file that opened it. */
  abort: (): void => undefined,
}));

/** Opens the browser's passkey prompt once the previous one has settled. */
function prompt<T>(start: () => Promise<T>): Promise<T> {
  const open = () => {
    page.abort = () => WebAuthnAbortService.cancelCeremony();
    return start();
  };
  const next = page.previousPrompt.then(open, open);
  page.previousPrompt = next.catch(() => undefined);
  return next;
}

/**
 * Maps what the browser throws (through SimpleWebAuthn's `WebAuthnError`, which keeps the DOM
 * error's name) to one code. `NotAllowedError` covers "the member closed the prompt" and "timed
 * out" (WebAuthn L3 § 5.1.4.1 step 21 hides which), so it is a calm cancellation, not a failure.
 */
function passkeyError(error: unknown, superseded: boolean): ClientError {
  if (error instanceof ClientError) return error;
  const { name, code } = (error ?? {}) as { name?: string; code?: string };
  if (superseded || code === 'ERROR_CEREMONY_ABORTED' || name === 'AbortError') {
    return new ClientError('PASSKEY_CANCELLED', { aborted: true, cause: error });
  }
  if (name === 'NotAllowedError') return new ClientError('PASSKEY_CANCELLED', { cause: error });
  return new ClientError(browserSupportsWebAuthn() ? 'PASSKEY_FAILED' : 'PASSKEY_UNSUPPORTED', {
    cause: error,
  });
}

/**
 * Runs one passkey ceremony after aborting the running one: the server's options, the browser's
 * prompt with them, the credential verified by the server. A ceremony stops before its prompt
 * once another one starts or `cancelPasskey()` is called. The options are the JSON the browser's
 * API takes; the protocol checks only the members the client reads. (Parameters rather than one
 * object: every element file carries this call, and property names survive minification.)
 *
 * @param start - The browser's side, SimpleWebAuthn's `startAuthentication` or
 *   `startRegistration`: passed in, so a file that only signs in carries no registration code.
 * @param loadOptions - Asks the server for the ceremony's options, its challenge among them.
 * @param verify - Sends the credential to the server to verify (`options` as the server sent them).
 * @param autofill - Conditional mediation: the prompt is the field's autofill (signing in only).
 */
export async function passkeyCeremony<J, C, O, T>(
  start: (args: { optionsJSON: J; useBrowserAutofill?: boolean }) => Promise<C>,
  loadOptions: () => Promise<{ options: O }>,
  verify: (credential: C, options: O) => Promise<T>,
  autofill?: boolean,
): Promise<T> {
  const mine = ++page.generation;
  page.abort();
  try {
    if (!browserSupportsWebAuthn()) throw new ClientError('PASSKEY_UNSUPPORTED');
    const { options } = await loadOptions();
    // Cancelled while the options were loading: no prompt.
    if (mine !== page.generation) throw new ClientError('PASSKEY_CANCELLED', { aborted: true });
    const credential = await prompt(() =>
      start({ optionsJSON: options as unknown as J, useBrowserAutofill: autofill }),
    );
    return await verify(credential, options);
  } catch (error) {
    throw passkeyError(error, mine !== page.generation);
  }
}

export function cancelPasskey(): void {
  page.generation++;
  page.abort();
}

export async function passkeySupport(): Promise<PasskeySupport> {
  return {
    available: browserSupportsWebAuthn(),
    autofill: await browserSupportsWebAuthnAutofill().catch(() => false),
  };
}
