import { request } from 'node:http';
import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/server';
import type { SoftAuthenticator } from './soft-authenticator.js';

/**
 * A member's browser reduced to HTTP: it keeps every cookie the portal sets (the session
 * cookie, the cookie that binds a WebAuthn challenge to the browser that asked for it, and any
 * other) and sends them back, sends the JSON content type and the site's Origin on every
 * request, as the elements do. Tests and the load bench use it to drive the demo over a socket.
 */

/** Cookies of one site, as a browser keeps them; `Max-Age=0` or a past `Expires` removes one. */
export class CookieJar {
  readonly #cookies = new Map<string, string>();

  /** Takes the `Set-Cookie` values of one response (one string or several). */
  store(setCookie: readonly string[] | string | undefined, now = Date.now()): void {
    for (const line of typeof setCookie === 'string' ? [setCookie] : (setCookie ?? [])) {
      const [pair = '', ...attributes] = line.split(';');
      const index = pair.indexOf('=');
      if (index <= 0) continue;
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((attribute) => {
        const [key = '', raw = ''] = attribute.split('=').map((part) => part.trim());
        if (key.toLowerCase() === 'max-age') return Number(raw) <= 0;
        if (key.toLowerCase() === 'expires') return Date.parse(raw) <= now;
        return false;
      });
      if (expired || value === '') this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }

  get(name: string): string | undefined {
    return this.#cookies.get(name);
  }

  /** The `Cookie` request header, or undefined while the jar is empty. */
  header(): string | undefined {
    if (this.#cookies.size === 0) return undefined;
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/** The session cookie's name on plain-HTTP localhost (`__Host-pk_session` behind HTTPS). */
export const sessionCookieName = 'pk_session';

export interface PortalAnswer {
  status: number;
  /** The parsed JSON body (null when there was none). */
  body: any;
}

/** An answer other than the one a step needs, with the portal's error code if it gave one. */
export class PortalRefusal extends Error {
  constructor(
    readonly what: string,
    readonly status: number,
    readonly code: string | undefined,
  ) {
    super(`${what}: ${status}${code ? ` ${code}` : ''}`);
  }
}

function expectOk(what: string, answer: PortalAnswer): any {
  if (answer.status !== 200) {
    throw new PortalRefusal(what, answer.status, answer.body?.error?.code);
  }
  return answer.body;
}

/** Requests counted across members: sent, answered, and failed without an answer. */
export interface Traffic {
  sent: number;
  answered: number;
  failed: number;
}

export class HttpMember {
  readonly jar = new CookieJar();

  /**
   * @param origin the site, e.g. `http://localhost:3000`; also the `Origin` header.
   * @param options.localAddress the loopback address to connect from (`127.0.0.0/8`), so that
   *   several members on one machine are several clients to the portal's per-client locks.
   * @param options.traffic counters this member adds its requests to.
   */
  constructor(
    readonly origin: string,
    readonly options: { localAddress?: string; traffic?: Traffic } = {},
  ) {}

  /**
   * One request on a connection of its own. Rejects when no complete answer arrives (the server
   * went away): only a resolved promise means the portal answered.
   */
  async send(method: 'GET' | 'POST', path: string, body?: unknown): Promise<PortalAnswer> {
    const traffic = this.options.traffic;
    if (traffic) traffic.sent++;
    try {
      const answer = await this.#request(method, path, body);
      if (traffic) traffic.answered++;
      return answer;
    } catch (error) {
      if (traffic) traffic.failed++;
      throw error;
    }
  }

  #request(method: 'GET' | 'POST', path: string, body?: unknown): Promise<PortalAnswer> {
    const payload = method === 'POST' ? JSON.stringify(body ?? {}) : undefined;
    const headers: Record<string, string> = { Origin: this.origin };
    if (payload !== undefined) headers['Content-Type'] = 'application/json';
    const cookie = this.jar.header();
    if (cookie) headers.Cookie = cookie;
    return new Promise((resolve, reject) => {
      const outgoing = request(
        new URL(path, this.origin),
        {
          method,
          headers,
          agent: false,
          ...(this.options.localAddress ? { localAddress: this.options.localAddress } : {}),
        },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('error', reject);
          incoming.on('end', () => {
            if (!incoming.complete) return reject(new Error(`${path}: answer cut off`));
            this.jar.store(incoming.headers['set-cookie']);
            const text = Buffer.concat(chunks).toString('utf8');
            try {
              resolve({ status: incoming.statusCode ?? 0, body: text ? JSON.parse(text) : null });
            } catch {
              reject(
                new Error(
                  `${path}: ${incoming.statusCode} answered no JSON: ${text.slice(0, 200)}`,
                ),
              );
            }
          });
        },
      );
      outgoing.on('error', reject);
      outgoing.end(payload);
    });
  }

  /** Signs in with KVNR or e-mail and password; returns the session cookie's value. */
  async loginWithPassword(identifier: string, password: string): Promise<string> {
    expectOk(
      'password sign-in',
      await this.send('POST', '/portal/login/password', { identifier, password }),
    );
    return this.#sessionCookie('password sign-in');
  }

  /**
   * Adds a passkey made by `authenticator` to the signed-in member. When the portal asks for a
   * recent sign-in first (`CONFIRMATION_REQUIRED`), confirms with `password` and asks again.
   * Returns the new credential's id.
   */
  async addPasskey(authenticator: SoftAuthenticator, password?: string): Promise<string> {
    let answer = await this.send('POST', '/portal/passkeys/options');
    if (answer.body?.error?.code === 'CONFIRMATION_REQUIRED' && password !== undefined) {
      expectOk(
        'session confirmation',
        await this.send('POST', '/portal/session/confirm', { password }),
      );
      answer = await this.send('POST', '/portal/passkeys/options');
    }
    const { options } = expectOk('passkey options', answer) as {
      options: PublicKeyCredentialCreationOptionsJSON;
    };
    const credential = await authenticator.register(options);
    const added = expectOk(
      'passkey verify',
      await this.send('POST', '/portal/passkeys/verify', { credential }),
    ) as { passkey: { id: string } };
    return added.passkey.id;
  }

  /** Signs in with a passkey of `authenticator` (the given one, else its newest). */
  async signInWithPasskey(
    authenticator: SoftAuthenticator,
    credentialId?: string,
  ): Promise<string> {
    const { options } = expectOk(
      'passkey sign-in options',
      await this.send('POST', '/portal/login/passkey/options'),
    ) as { options: PublicKeyCredentialRequestOptionsJSON };
    const credential = await authenticator.authenticate(
      options,
      credentialId ? { credentialId } : {},
    );
    expectOk(
      'passkey sign-in',
      await this.send('POST', '/portal/login/passkey/verify', { credential }),
    );
    return this.#sessionCookie('passkey sign-in');
  }

  /** The ids of the signed-in member's passkeys. */
  async passkeys(): Promise<string[]> {
    const { passkeys } = expectOk('passkey list', await this.send('GET', '/portal/passkeys')) as {
      passkeys: { id: string }[];
    };
    return passkeys.map((passkey) => passkey.id);
  }

  /** The session as `GET /portal/session` reports it. */
  async session(): Promise<{ signedIn: boolean; member?: { displayName: string } }> {
    return expectOk('session', await this.send('GET', '/portal/session'));
  }

  #sessionCookie(what: string): string {
    const value = this.jar.get(sessionCookieName);
    if (!value) throw new Error(`${what}: answered 200 without a session cookie`);
    return value;
  }
}
