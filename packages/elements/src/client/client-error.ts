import type { ErrorCode } from '@portalkit/protocol';

export interface ClientErrorOptions {
  status?: number;
  fields?: Record<string, string>;
  /** Seconds until a rate-limited action may be tried again. */
  retryAfter?: number;
  /**
   * The operation was superseded or cancelled by the page itself (a newer passkey ceremony,
   * `cancelPasskey()`, an aborted signal): elements ignore it instead of telling the member.
   */
  aborted?: boolean;
  cause?: unknown;
}

/** Every failure of a `PortalClient` call: elements show `error.<code>`, never `message`. */
export class ClientError extends Error {
  override name = 'ClientError';
  readonly code: ErrorCode;
  readonly status?: number;
  readonly fields?: Record<string, string>;
  readonly retryAfter?: number;
  readonly aborted?: boolean;

  constructor(code: ErrorCode, options: ClientErrorOptions = {}) {
    super(code, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options.status !== undefined) this.status = options.status;
    if (options.fields !== undefined) this.fields = options.fields;
    if (options.retryAfter !== undefined) this.retryAfter = options.retryAfter;
    if (options.aborted) this.aborted = true;
  }
}

/** Anything thrown by a client call as a `ClientError` (unexpected throws: an invalid response). */
export function toClientError(error: unknown): ClientError {
  return error instanceof ClientError
    ? error
    : new ClientError('RESPONSE_INVALID', { cause: error });
}
