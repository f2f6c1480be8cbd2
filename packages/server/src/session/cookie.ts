/**
 * The portal's cookies: HttpOnly, SameSite=Strict, Path=/. Outside localhost they are `Secure`
 * and carry the `__Host-` prefix (RFC 6265bis § 4.1.3.2), which pins them to this host; plain
 * `localhost` development cannot use that prefix, so names depend on it.
 */
export interface CookieSettings {
  secure: boolean;
}

export function cookieName(base: string, settings: CookieSettings): string {
  return settings.secure ? `__Host-${base}` : base;
}

/** A `Set-Cookie` value; without `maxAge` the cookie ends with the browser session. */
export function setCookie(
  settings: CookieSettings,
  name: string,
  value: string,
  options: { maxAge?: number } = {},
): string {
  const maxAge = options.maxAge === undefined ? '' : `; Max-Age=${options.maxAge}`;
  const secure = settings.secure ? '; Secure' : '';
  return `${name}=${value}; HttpOnly; SameSite=Strict; Path=/${maxAge}${secure}`;
}

/** The cookies a request carries, by name (the first of a name wins, as browsers send it). */
export function requestCookies(request: Request): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of request.headers.get('Cookie')?.split(';') ?? []) {
    const index = part.indexOf('=');
    const name = index > 0 ? part.slice(0, index).trim() : '';
    if (name && !cookies.has(name)) cookies.set(name, part.slice(index + 1).trim());
  }
  return cookies;
}

export function readCookie(request: Request, name: string): string | null {
  return requestCookies(request).get(name) ?? null;
}
