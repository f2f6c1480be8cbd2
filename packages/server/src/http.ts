import { PortalError } from './errors.js';

export interface LogLine {
  level: 'info' | 'warn' | 'error';
  event: string;
  [key: string]: unknown;
}
/** Receives operational events; never secrets or personal data. */
export type PortalLog = (line: LogLine) => void;

/** Headers on every API answer: nothing personal may sit in a shared or browser cache. */
const apiHeaders = {
  'Cache-Control': 'no-store',
  'Content-Type': 'application/json; charset=utf-8',
  'X-Content-Type-Options': 'nosniff',
} as const;
const apiEntries = Object.entries(apiHeaders);

export function jsonResponse(
  status: number,
  body: unknown,
  cookies: readonly string[] = [],
  extra: Record<string, string> = {},
): Response {
  const headers: [string, string][] = [...apiEntries, ...Object.entries(extra)];
  for (const cookie of cookies) headers.push(['Set-Cookie', cookie]);
  return new Response(JSON.stringify(body), { status, headers });
}

/**
 * What a log line may say about an unexpected error: its name and message, never its `detail`,
 * stack or cause (a database error's detail quotes the row's values).
 */
export function describeError(error: unknown): { error: string; message: string } {
  return error instanceof Error
    ? { error: error.name, message: error.message }
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

/** `application/json`, optionally with parameters (`; charset=utf-8`), nothing else. */
export function isJsonContentType(value: string | null): boolean {
  if (!value) return false;
  return value.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/**
 * Reads a JSON body up to `limit` bytes. An empty body counts as `{}` so body-less actions
 * (`/logout`) need no dummy payload.
 */
export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  const tooLarge = () => new PortalError('VALIDATION_FAILED', { fields: { body: 'tooLarge' } });
  const declared = Number(request.headers.get('Content-Length') ?? '0');
  if (declared > limit) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
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
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new PortalError('VALIDATION_FAILED', { fields: { body: 'json' } });
  }
}

export function readCookie(request: Request, name: string): string | null {
  const header = request.headers.get('Cookie');
  if (!header) return null;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return null;
}
