/**
 * The session cookie. `__Host-` (RFC 6265bis § 4.1.3.2) pins it to this host, `Secure` and
 * `Path=/`; plain `localhost` development cannot use that prefix, so the name depends on it.
 */
export interface CookieSettings {
  name: string;
  secure: boolean;
}

export function cookieSettings(secure: boolean): CookieSettings {
  return { name: secure ? '__Host-pk_session' : 'pk_session', secure };
}

export function sessionCookie(settings: CookieSettings, id: string): string {
  const secure = settings.secure ? '; Secure' : '';
  return `${settings.name}=${id}; HttpOnly; SameSite=Strict; Path=/${secure}`;
}

export function clearedSessionCookie(settings: CookieSettings): string {
  const secure = settings.secure ? '; Secure' : '';
  return `${settings.name}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0${secure}`;
}
