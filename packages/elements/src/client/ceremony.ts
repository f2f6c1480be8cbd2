import {
  browserSupportsWebAuthn,
  browserSupportsWebAuthnAutofill,
  WebAuthnAbortService,
} from '@simplewebauthn/browser';
import { ClientError } from './client-error.js';
import type { PasskeySupport } from './portal-client.js';

// A page runs one WebAuthn ceremony at a time, so there is one abort path for the whole page:
// SimpleWebAuthn's abort service aborts the browser request, and the generation counter stops a
// ceremony whose options were still loading before it opens a prompt.
let generation = 0;
// The browser refuses a request made while an aborted one is still winding down (Credential
// Management § "Request a Credential"), as when the passkey button aborts the autofill request,
// so each prompt starts once the one before it has settled.
let previousPrompt: Promise<unknown> = Promise.resolve();

/** Opens the browser's passkey prompt once the previous one has settled. */
export function prompt<T>(start: () => Promise<T>): Promise<T> {
  const next = previousPrompt.then(start, start);
  previousPrompt = next.catch(() => undefined);
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
 * Runs a passkey ceremony after aborting the running one. `current()` turns false once another
 * ceremony starts or `cancelPasskey()` is called; a ceremony checks it before opening a prompt.
 */
export async function runCeremony<T>(run: (current: () => boolean) => Promise<T>): Promise<T> {
  const mine = ++generation;
  WebAuthnAbortService.cancelCeremony();
  const current = () => mine === generation;
  try {
    if (!browserSupportsWebAuthn()) throw new ClientError('PASSKEY_UNSUPPORTED');
    return await run(current);
  } catch (error) {
    throw passkeyError(error, !current());
  }
}

/** Thrown by a ceremony that was replaced before its prompt opened. */
export const superseded = () => new ClientError('PASSKEY_CANCELLED', { aborted: true });

export function cancelPasskey(): void {
  generation++;
  WebAuthnAbortService.cancelCeremony();
}

export async function passkeySupport(): Promise<PasskeySupport> {
  return {
    available: browserSupportsWebAuthn(),
    autofill: await browserSupportsWebAuthnAutofill().catch(() => false),
  };
}
