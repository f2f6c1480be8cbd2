import { errorStatus, type ErrorBody, type ServerErrorCode } from '@portalkit/protocol';

export interface PortalErrorOptions {
  /** Per-field reason codes of a `VALIDATION_FAILED`. */
  fields?: Record<string, string>;
  /** Seconds until a `RATE_LIMITED` action may be tried again. */
  retryAfter?: number;
  cause?: unknown;
}

/**
 * The one error a flow throws. Its HTTP status comes from the protocol's table, so client and
 * server cannot disagree about it; its body carries nothing but the code and the options above.
 */
export class PortalError extends Error {
  readonly code: ServerErrorCode;
  readonly fields?: Record<string, string>;
  readonly retryAfter?: number;

  constructor(code: ServerErrorCode, options: PortalErrorOptions = {}) {
    super(code, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PortalError';
    this.code = code;
    if (options.fields) this.fields = options.fields;
    if (options.retryAfter !== undefined) this.retryAfter = options.retryAfter;
  }

  get status(): number {
    return errorStatus[this.code];
  }

  toBody(): ErrorBody {
    const error: ErrorBody['error'] = { code: this.code };
    if (this.fields) error.fields = this.fields;
    if (this.retryAfter !== undefined) error.retryAfter = this.retryAfter;
    return { error };
  }
}
