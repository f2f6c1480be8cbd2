import fc from 'fast-check';
import { origin } from '@portalkit/server/testing';

/**
 * What surrounds a body: method, path, Origin, Content-Type, the session cookie. Header values
 * stay within what HTTP can carry (visible ASCII and Latin-1, no line breaks): anything else is
 * refused by the client before it reaches a server.
 */

/**
 * Which session a request presents: none, the member's (signed in minutes ago), the member's
 * past the confirmation window (`unconfirmed`), or a cookie that names no session.
 */
export type SessionChoice = 'none' | 'member' | 'unconfirmed' | 'garbage';

export const sessionChoice = fc.constantFrom<SessionChoice>(
  'none',
  'member',
  'member',
  'garbage',
);

const headerText = fc.string({ unit: 'binary-ascii', maxLength: 40 }).map((s) =>
  // Tabs and spaces inside are allowed; the rest of the controls are not.
  s.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '').trim(),
);

export const garbageCookie = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9_-]{43}$/),
  headerText.map((s) => s.replace(/[;,]/g, '')),
);

/** An Origin: the portal's own (most of the time), none, or one that must be refused. */
export const originHeader = fc.oneof(
  { weight: 6, arbitrary: fc.constant<string | null>(origin) },
  {
    weight: 4,
    arbitrary: fc.constantFrom<string | null>(
      null, 'null', '', `${origin}/`, origin.toUpperCase(), origin.replace('http:', 'https:'),
      origin.replace('5173', '5174'), 'http://evil.example', 'http://localhost',
      `${origin}.evil.example`, `${origin}, ${origin}`,
    ),
  },
  { weight: 1, arbitrary: headerText },
);

/**
 * A Content-Type: the one the route takes (most of the time), in other spellings, or another
 * type.
 */
export const contentTypeHeader = (own: string) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constant<string | null>(own) },
    {
      weight: 5,
      arbitrary: fc.constantFrom<string | null>(
        null, '', own.toUpperCase(), `${own}; charset=utf-8`, `${own};charset=latin1`, ` ${own} `,
        `${own}, text/plain`, `${own}x`, 'application/json', 'text/plain',
        'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x', 'application/problem+json', 'application/json-seq',
        'text/json', 'application/octet-stream', 'image/png', '*/*',
      ),
    },
    { weight: 1, arbitrary: headerText },
  );

/** Methods a client can send with fetch (CONNECT and TRACE it refuses itself). */
export const method = (own: string) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant(own) },
    {
      weight: 4,
      arbitrary: fc.constantFrom(
        'GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'post', 'PROPFIND',
      ),
    },
  );

/** The route's path, or one next to it: other case, slashes, suffixes, encodings, a query. */
export const pathNear = (path: string) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant(path) },
    {
      weight: 4,
      arbitrary: fc.constantFrom(
        path.toUpperCase(), `${path}/`, `/${path}`, `${path}//`, `${path}/x`, `${path}.json`,
        `${path}%00`, `${path}%2F`, path.replace(/\//g, '%2F'), `${path};x=1`, `${path}/..`,
        `/x/..${path}`, `${path}?`, `${path}?a=1&a=2&__proto__=1`, `${path}#x`, '', '/', '/x',
      ),
    },
    { weight: 1, arbitrary: headerText.map((s) => `${path}?${encodeURIComponent(s)}`) },
  );
