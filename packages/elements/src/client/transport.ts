import { errorBody, type Call } from '@portalkit/protocol';
import type * as z from 'zod/mini';
import { ClientError } from './client-error.js';

export interface TransportOptions {
  /** Base URL the server helper is mounted under, e.g. `/portal`. */
  api: string;
  /** For tests and for sites that wrap `fetch` (tracing, custom headers). */
  fetch?: typeof fetch;
}

/**
 * Sends one request of the contract and returns its answer, parsed with the call's schema. Every
 * failure rejects with a `ClientError`.
 */
export type Transport = (<O extends z.ZodMiniType>(
  call: Call<O>,
  input?: unknown,
  signal?: AbortSignal,
) => Promise<z.output<O>>) & {
  /** The base URL without a trailing slash, for what is not a JSON call (an event stream). */
  base?: string;
};

/** Gateways answer these when the portal behind them is down: the member hears "not reachable". */
const unreachable = [502, 503, 504];

/**
 * The error of a failed answer (`status` not 2xx): the portal's error body as a `ClientError`
 * with its code, fields and retry time; without one, a proxy or gateway answered. Shared by the
 * JSON calls and the upload, which is sent with `XMLHttpRequest` for its progress events.
 */
export function answerError(status: number, body: unknown, retryAfter: string | null): ClientError {
  const seconds = Number(retryAfter ?? NaN);
  const header = Number.isFinite(seconds) ? seconds : undefined;
  // Built on the first error answer, not while the element's file is evaluated (issue 25).
  const error = errorBody().safeParse(body);
  if (error.success) {
    const { code, fields, retryAfter } = error.data.error;
    return new ClientError(code, { status, fields, retryAfter: retryAfter ?? header });
  }
  // No JSON error body: a proxy or gateway answered, not the portal.
  if (status === 429) return new ClientError('RATE_LIMITED', { status, retryAfter: header });
  return new ClientError(unreachable.includes(status) ? 'NETWORK' : 'RESPONSE_INVALID', {
    status,
  });
}

/** The one way the elements talk to `@portalkit/server`: JSON over `fetch`, same-origin cookies. */
export function transport({ api, fetch: fetchImpl }: TransportOptions): Transport {
  const base = api.replace(/\/+$/, '');
  const request: Transport = async (call, input, signal) => {
    const post = call.method === 'POST';
    let response: Response;
    try {
      response = await (fetchImpl ?? fetch)(base + call.path, {
        method: call.method,
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
      const result = call.output.safeParse(body);
      if (result.success) return result.data;
      throw new ClientError('RESPONSE_INVALID', { status, cause: result.error });
    }
    throw answerError(status, body, response.headers.get('Retry-After'));
  };
  return Object.assign(request, { base });
}
