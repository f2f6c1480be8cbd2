import {
  browserSupportsWebAuthn,
  browserSupportsWebAuthnAutofill,
  startAuthentication,
  startRegistration,
  WebAuthnAbortService,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';
import {
  ErrorBody,
  loginRoutes,
  passkeyRoutes,
  sessionRoutes,
  type AuthenticationCredential,
  type RegistrationCredential,
  type Route,
} from '@portalkit/protocol';
import type * as z from 'zod/mini';
import { ClientError } from './client-error.js';
import type { PortalClient } from './portal-client.js';

export interface CreateClientOptions {
  /** Base URL the server helper is mounted under, e.g. `/portal`. */
  api: string;
  /** For tests and for sites that wrap `fetch` (tracing, custom headers). */
  fetch?: typeof fetch;
}

/** Gateways answer these when the portal behind them is down: the member hears "not reachable". */
const unreachable = [502, 503, 504];

function retryAfterHeader(response: Response): number | undefined {
  const seconds = Number(response.headers.get('Retry-After') ?? NaN);
  return Number.isFinite(seconds) ? seconds : undefined;
}

/**
 * Maps what `@simplewebauthn/browser` and the browser throw to one code. `NotAllowedError` covers
 * "the member closed the prompt" and "timed out" (WebAuthn L3 § 5.1.4.1 step 21 hides which), so it
 * is a calm cancellation, not a failure.
 */
function passkeyError(error: unknown): ClientError {
  if (error instanceof ClientError) return error;
  const { name, code } = (error ?? {}) as { name?: string; code?: string };
  if (code === 'ERROR_CEREMONY_ABORTED' || name === 'AbortError') {
    return new ClientError('PASSKEY_CANCELLED', { aborted: true, cause: error });
  }
  if (name === 'NotAllowedError') return new ClientError('PASSKEY_CANCELLED', { cause: error });
  if (!browserSupportsWebAuthn()) return new ClientError('PASSKEY_UNSUPPORTED', { cause: error });
  return new ClientError('PASSKEY_FAILED', { cause: error });
}

/**
 * Asks the member's passkey provider to hide a passkey the server no longer knows
 * (WebAuthn L3 § 5.1.10 signalUnknownCredential). Best effort: absent in most browsers today.
 */
function signalUnknownCredential(rpId: string, credentialId: string): void {
  const credential = globalThis.PublicKeyCredential as unknown as
    | {
        signalUnknownCredential?: (options: {
          rpId: string;
          credentialId: string;
        }) => Promise<void>;
      }
    | undefined;
  try {
    credential?.signalUnknownCredential?.({ rpId, credentialId })?.catch(() => undefined);
  } catch {
    // A refused signal changes nothing for the member.
  }
}

/** The `PortalClient` that talks to `@portalkit/server` over HTTP. */
export function createClient({ api, fetch: fetchImpl }: CreateClientOptions): PortalClient {
  const base = api.replace(/\/+$/, '');
  // Bumped by every ceremony start and by cancelPasskey(): a ceremony that finds it changed while
  // its options were loading gives up before it opens a browser prompt.
  let ceremony = 0;

  async function call<O extends z.ZodMiniType>(
    route: Route<z.ZodMiniType, O>,
    input: unknown,
    signal?: AbortSignal,
  ): Promise<z.output<O>> {
    const post = route.method === 'POST';
    let response: Response;
    try {
      response = await (fetchImpl ?? fetch)(base + route.path, {
        method: route.method,
        credentials: 'same-origin',
        headers: post
          ? { 'Content-Type': 'application/json', Accept: 'application/json' }
          : { Accept: 'application/json' },
        body: post ? JSON.stringify(input ?? {}) : null,
        signal: signal ?? null,
      });
    } catch (cause) {
      throw new ClientError('NETWORK', { cause, aborted: signal?.aborted ?? false });
    }
    const { status } = response;
    const body: unknown = await response.json().catch(() => undefined);
    if (response.ok) {
      const result = route.output.safeParse(body);
      if (result.success) return result.data;
      throw new ClientError('RESPONSE_INVALID', { status, cause: result.error });
    }
    const error = ErrorBody.safeParse(body);
    if (error.success) {
      const { code, fields, retryAfter } = error.data.error;
      throw new ClientError(code, {
        status,
        fields,
        retryAfter: retryAfter ?? retryAfterHeader(response),
      });
    }
    // No JSON error body: a proxy or gateway answered, not the portal.
    if (status === 429) {
      throw new ClientError('RATE_LIMITED', { status, retryAfter: retryAfterHeader(response) });
    }
    throw new ClientError(unreachable.includes(status) ? 'NETWORK' : 'RESPONSE_INVALID', {
      status,
    });
  }

  async function runCeremony<T>(run: (stillCurrent: () => void) => Promise<T>): Promise<T> {
    WebAuthnAbortService.cancelCeremony();
    const id = ++ceremony;
    const stillCurrent = () => {
      if (id !== ceremony) throw new ClientError('PASSKEY_CANCELLED', { aborted: true });
    };
    try {
      if (!browserSupportsWebAuthn()) throw new ClientError('PASSKEY_UNSUPPORTED');
      return await run(stillCurrent);
    } catch (error) {
      throw passkeyError(error);
    }
  }

  return {
    signInWithPassword: (input, opts) => call(loginRoutes.password, input, opts?.signal),

    signInWithPasskey: ({ autofill = false } = {}) =>
      runCeremony(async (stillCurrent) => {
        if (autofill && !(await browserSupportsWebAuthnAutofill())) {
          throw new ClientError('PASSKEY_UNSUPPORTED');
        }
        const { options } = await call(loginRoutes.passkeyOptions, {});
        stillCurrent();
        const credential = await startAuthentication({
          optionsJSON: options as unknown as PublicKeyCredentialRequestOptionsJSON,
          useBrowserAutofill: autofill,
        });
        try {
          return await call(loginRoutes.passkeyVerify, {
            credential: credential as unknown as AuthenticationCredential,
          });
        } catch (error) {
          if (error instanceof ClientError && error.code === 'PASSKEY_UNKNOWN') {
            signalUnknownCredential(options.rpId ?? location.hostname, credential.id);
          }
          throw error;
        }
      }),

    cancelPasskey() {
      ceremony++;
      WebAuthnAbortService.cancelCeremony();
    },

    async passkeySupport() {
      const available = browserSupportsWebAuthn();
      const autofill = available && (await browserSupportsWebAuthnAutofill().catch(() => false));
      return { available, autofill };
    },

    session: () => call(sessionRoutes.session, {}),

    async signOut() {
      await call(sessionRoutes.logout, {});
    },

    listPasskeys: () => call(passkeyRoutes.list, {}),

    addPasskey: ({ name } = {}) =>
      runCeremony(async (stillCurrent) => {
        const { options } = await call(passkeyRoutes.addOptions, {});
        stillCurrent();
        const credential = await startRegistration({
          optionsJSON: options as unknown as PublicKeyCredentialCreationOptionsJSON,
        });
        return call(passkeyRoutes.addVerify, {
          credential: credential as unknown as RegistrationCredential,
          name,
        });
      }),
  };
}
