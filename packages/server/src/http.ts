import { PortalError } from './errors.js';

export interface LogLine {
  level: 'info' | 'warn' | 'error';
  event: string;
  [key: string]: unknown;
}
/** Receives operational events; never secrets or personal data. */
export type PortalLog = (line: LogLine) => void;

/**
 * Headers on every API answer: nothing personal in a shared or browser cache; a JSON answer
 * opened as a page runs nothing and cannot be framed; other sites cannot embed it.
 */
const apiHeaders = {
  'Cache-Control': 'no-store',
  'Content-Type': 'application/json; charset=utf-8',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;
const apiEntries = Object.entries(apiHeaders);

export function jsonResponse(
  status: number,
  body: unknown,
  cookies: readonly string[] = [],
  extra: Record<string, string> = {},
): Response {
  const headers: [string, string][] = [...apiEntries, ...Object.entries(extra)];
  // One header each: cookies cannot be joined with commas.
  for (const cookie of cookies) headers.push(['Set-Cookie', cookie]);
  return new Response(JSON.stringify(body), { status, headers });
}

const eventHeaders = {
  ...apiHeaders,
  'Content-Type': 'text/event-stream; charset=utf-8',
  // Proxies must neither buffer nor compress a stream whose point is to arrive at once.
  'Cache-Control': 'no-store, no-transform',
  'X-Accel-Buffering': 'no',
} as const;

const encoder = new TextEncoder();

/**
 * A `text/event-stream` answer (HTML Living Standard § 9.2): `retry` first, then each value of
 * `events` as `event: <name>` with its JSON as `data`, a comment line every `heartbeatMs` so
 * proxies keep an idle stream open. A client that leaves (the body is cancelled) aborts the
 * source; an error in it ends the stream (logged by name), as the end of `events` does.
 */
export function eventStreamResponse<T>(
  source: {
    name: string;
    heartbeatMs: number;
    events(signal: AbortSignal): AsyncIterable<T>;
  },
  options: { cookies?: readonly string[]; log: PortalLog; check?: (value: T) => void },
): Response {
  const abort = new AbortController();
  const iterator = source.events(abort.signal)[Symbol.asyncIterator]();
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let open = true;
  const finish = () => {
    open = false;
    clearInterval(heartbeat);
    abort.abort();
  };
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode('retry: 3000\n\n'));
      heartbeat = setInterval(() => {
        if (open) controller.enqueue(encoder.encode(': keep-alive\n\n'));
      }, source.heartbeatMs);
      heartbeat.unref?.();
    },
    async pull(controller) {
      try {
        const next = await iterator.next();
        if (!open) return;
        if (next.done) {
          finish();
          controller.close();
          return;
        }
        options.check?.(next.value);
        const data = JSON.stringify(next.value);
        controller.enqueue(encoder.encode(`event: ${source.name}\ndata: ${data}\n\n`));
      } catch (error) {
        if (!open) return;
        options.log({ level: 'error', event: 'events.failed', ...describeError(error) });
        finish();
        controller.close();
      }
    },
    async cancel() {
      finish();
      await iterator.return?.();
    },
  });
  const headers: [string, string][] = Object.entries(eventHeaders);
  for (const cookie of options.cookies ?? []) headers.push(['Set-Cookie', cookie]);
  return new Response(body, { status: 200, headers });
}

/**
 * What a log line may say about an unexpected error: its name and message, never its `detail`,
 * stack or cause (a database error's detail quotes the row's values).
 */
export function describeError(error: unknown): { error: string; message: string } {
  return error instanceof Error
    ? { error: error.name, message: error.message.slice(0, 200) }
    : { error: typeof error, message: '' };
}

/**
 * The one place an error becomes a response. A `PortalError` answers with its code; anything
 * else is a bug or an outage: logged by name and message only, answered with a bare 500.
 */
export function toErrorResponse(
  error: unknown,
  log: PortalLog,
  cookies: readonly string[] = [],
): Response {
  if (error instanceof PortalError) {
    const extra: Record<string, string> =
      error.retryAfter !== undefined ? { 'Retry-After': String(error.retryAfter) } : {};
    return jsonResponse(error.status, error.toBody(), cookies, extra);
  }
  log({ level: 'error', event: 'request.failed', ...describeError(error) });
  return jsonResponse(500, { error: { code: 'INTERNAL' } }, cookies);
}

/** The media type of a Content-Type header, lower case, without parameters. */
export function mediaType(value: string | null): string {
  return value?.split(';')[0]?.trim().toLowerCase() ?? '';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const tooLarge = () => new PortalError('VALIDATION_FAILED', { fields: { body: 'tooLarge' } });
const notUtf8 = () => new PortalError('VALIDATION_FAILED', { fields: { body: 'encoding' } });

/** Refuses a body whose declared length is over `limit` before reading any of it. */
function checkDeclaredLength(request: Request, limit: number): void {
  if (Number(request.headers.get('Content-Length') ?? '0') > limit) throw tooLarge();
}

/**
 * The request body as a stream that fails with `VALIDATION_FAILED` (`body: tooLarge`) once more
 * than `limit` bytes have arrived, checked against Content-Length first.
 */
export function limitedBody(request: Request, limit: number): ReadableStream<Uint8Array> {
  checkDeclaredLength(request, limit);
  let size = 0;
  const source = request.body ?? new ReadableStream<Uint8Array>({ start: (c) => c.close() });
  return source.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.byteLength;
        if (size > limit) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
}

/** All of a body up to `limit` bytes, read straight from its reader (no stream in between). */
async function readLimited(request: Request, limit: number): Promise<Buffer> {
  checkDeclaredLength(request, limit);
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

/** Deeper than any request of the contract nests; far below what would exhaust a stack. */
const maxDepth = 32;

/**
 * What is wrong with a parsed JSON value, if anything: nested deeper than `maxDepth`, or a string
 * (value or key) that is not well-formed Unicode. Walked with a list, not recursion, so no body
 * can exhaust the stack.
 */
function problemOf(root: unknown): 'depth' | 'encoding' | null {
  const pending: [unknown, number][] = [[root, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, depth] = next;
    if (typeof value === 'string') {
      if (!value.isWellFormed()) return 'encoding';
    } else if (value !== null && typeof value === 'object') {
      if (depth >= maxDepth) return 'depth';
      for (const [key, item] of Object.entries(value)) {
        if (!key.isWellFormed()) return 'encoding';
        pending.push([item, depth + 1]);
      }
    }
  }
  return null;
}

/**
 * Reads a JSON body up to `limit` bytes. Bytes that are not UTF-8 are refused rather than
 * replaced, and so are strings that are not well-formed Unicode (a lone surrogate escaped as
 * `\ud800`) and values nested deeper than any request needs: no such input reaches a flow, a
 * database or a notice. An empty body counts as `{}`,
 * so body-less actions (`/logout`) need no dummy payload.
 */
export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  const bytes = await readLimited(request, limit);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw notUtf8();
  }
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new PortalError('VALIDATION_FAILED', { fields: { body: 'json' } });
  }
  const problem = problemOf(value);
  if (problem) throw new PortalError('VALIDATION_FAILED', { fields: { body: problem } });
  return value;
}
