import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Hono, type Context } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Portal } from '@portalkit/server';
import { toHonoHandler } from '@portalkit/server/hono';
import type { Outbox } from './mail.js';
import { isLetter } from './letter.js';
import {
  accountPage,
  addressPage,
  approvePage,
  bankDetailsPage,
  settingsPage,
  type AccountDetails,
} from './account-pages.js';
import {
  forgotPasswordPage,
  homePage,
  notFoundPage,
  outboxPage,
  registerPage,
} from './pages.js';
import type { Lang } from './i18n.js';
import { contentDisposition, documentsPage, inboxPage } from './document-pages.js';
import type { DemoInbox } from './documents.js';

export interface DemoAppOptions {
  portal: Portal;
  outbox: Outbox;
  /** The submissions the back office sees on /demo/inbox. */
  inbox: DemoInbox;
  /** Directory of the built elements (`packages/elements/cdn`). */
  elementsDir: string;
}

const publicDir = fileURLToPath(new URL('./public', import.meta.url));

/**
 * Strict CSP: no inline script or style anywhere. The elements adopt constructable stylesheets,
 * which CSP does not restrict, so `style-src 'self'` is enough. `blob:` images are the
 * thumbnails `<pk-document-upload>` shows of the photos a member chose (object URLs the page
 * made itself from local files; nothing is fetched).
 */
const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy':
    'publickey-credentials-get=(self), publickey-credentials-create=(self), camera=(), geolocation=()',
};

function langOf(c: Context): Lang {
  const cookie = c.req.header('Cookie') ?? '';
  return /(?:^|;\s*)demo_lang=en(?:;|$)/.test(cookie) ? 'en' : 'de';
}

/**
 * The short link's code (`/f/7KQ2MX`): letters and digits, as the server makes them. Anything else
 * is not a short link.
 */
const shortCode = /^[A-Za-z0-9]{4,16}$/;

function page(c: Context, body: string, status: 200 | 404 = 200) {
  c.header('Cache-Control', 'no-store');
  return c.html(body, status);
}

/**
 * A member's file offered for download: nothing in it may run or load anything should a browser
 * show it after all (`sandbox`), and it is never sniffed into another type.
 */
const downloadPolicy = "default-src 'none'; sandbox; frame-ancestors 'none'";

/** A submission's reference (`DOC-2026-7K4Q9M`) and a file's place in it, as the inbox links them. */
const referencePattern = /^[A-Za-z0-9-]{1,64}$/;
const indexPattern = /^\d{1,3}$/;

type Env = { Variables: { download?: boolean } };

export function createDemoApp({ portal, outbox, inbox, elementsDir }: DemoAppOptions): Hono<Env> {
  const app = new Hono<Env>();

  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(securityHeaders)) c.res.headers.set(name, value);
    if (c.get('download')) c.res.headers.set('Content-Security-Policy', downloadPolicy);
  });

  app.all('/portal/*', toHonoHandler(portal, (c) => getConnInfo(c).remote.address));

  app.use(
    '/elements/*',
    serveStatic({ root: elementsDir, rewriteRequestPath: (path) => path.replace(/^\/elements/, '') }),
  );
  app.use(
    '/assets/*',
    serveStatic({ root: publicDir, rewriteRequestPath: (path) => path.replace(/^\/assets/, '') }),
  );

  app.get('/', async (c) => {
    if (await portal.getSession(c.req.raw)) return c.redirect('/konto', 303);
    // Why the member is here again: signed out by choice, by the session timer (or an expired
    // session an element met), or after ending the registration.
    const reason = c.req.query('abgemeldet');
    const notice =
      reason === 'timeout'
        ? 'expired'
        : reason === 'aufgehoben'
          ? 'ended'
          : reason !== undefined
            ? 'signed-out'
            : undefined;
    return page(c, homePage(langOf(c), notice));
  });

  /**
   * A GET route of the portal, asked on the member's behalf with their cookie: the overview shows
   * what the elements would load (the address, the masked bank details). Undefined if it fails.
   */
  async function portalGet<T>(c: Context, path: string): Promise<T | undefined> {
    const url = new URL(`/portal${path}`, c.req.url);
    const response = await portal.handle(
      new Request(url, { headers: { Cookie: c.req.header('Cookie') ?? '' } }),
    );
    return response.ok ? ((await response.json()) as T) : undefined;
  }

  app.get('/konto', async (c) => {
    const session = await portal.getSession(c.req.raw);
    if (!session) return c.redirect('/', 303);
    const notice = c.req.query('passwort-geaendert') !== undefined ? 'password-changed' : undefined;
    const [address, bank] = await Promise.all([
      portalGet<{ address: AccountDetails['address'] }>(c, '/address'),
      portalGet<{ bankDetails: AccountDetails['bankDetails'] }>(c, '/bank-details'),
    ]);
    const details = { address: address?.address, bankDetails: bank?.bankDetails };
    // The offer to add a passkey is for a password sign-in; the element asks the server whether
    // there is anything to offer (no passkey yet, no "Nicht jetzt" in the last 30 days).
    const offerPasskey = session.method === 'password';
    return page(c, accountPage(langOf(c), session.displayName, details, { notice, offerPasskey }));
  });

  // "Persönliche Daten & Einstellungen": password, e-mail address, sessions, ending the registration.
  app.get('/konto/einstellungen', async (c) => {
    if (!(await portal.getSession(c.req.raw))) return c.redirect('/', 303);
    return page(c, settingsPage(langOf(c)));
  });

  // The protected forms, for signed-in members like the overview; approving needs a passkey.
  for (const [path, render] of [
    ['/konto/anschrift', addressPage],
    ['/konto/bankverbindung', bankDetailsPage],
  ] as const) {
    app.get(path, async (c) => {
      if (!(await portal.getSession(c.req.raw))) return c.redirect('/', 303);
      const list = await portalGet<{ passkeys: unknown[] }>(c, '/passkeys');
      return page(c, render(langOf(c), (list?.passkeys.length ?? 0) > 0));
    });
  }

  // Documents: sick notes, invoices and applications, sent with <pk-document-upload>.
  app.get('/konto/dokumente', async (c) => {
    if (!(await portal.getSession(c.req.raw))) return c.redirect('/', 303);
    const list = await portalGet<{ passkeys: unknown[] }>(c, '/passkeys');
    return page(c, documentsPage(langOf(c), (list?.passkeys.length ?? 0) > 0));
  });

  // The phone's page for an approval; signed out, it asks to sign in first.
  app.get('/freigabe', async (c) => {
    const signedIn = (await portal.getSession(c.req.raw)) !== null;
    return page(c, approvePage(langOf(c), signedIn));
  });

  // A short link typed on the phone: the approval page with the code where its link has the
  // token, in the fragment, which neither this server's logs nor a Referer see afterwards.
  app.get('/f/:code', (c) => {
    const code = c.req.param('code');
    if (!shortCode.test(code)) return page(c, notFoundPage(langOf(c)), 404);
    c.header('Cache-Control', 'no-store');
    return c.redirect(`/freigabe#t=${code}`, 303);
  });

  app.get('/registrieren', (c) => page(c, registerPage(langOf(c))));

  app.get('/passwort-vergessen', (c) => page(c, forgotPasswordPage(langOf(c))));

  app.get('/demo/outbox', (c) => page(c, outboxPage(langOf(c), outbox.messages())));

  app.get('/demo/inbox', async (c) => page(c, inboxPage(langOf(c), await inbox.list())));

  // A submitted file, always as a download under the member's file name (RFC 6266), never inline.
  app.get('/demo/inbox/:reference/:index', async (c) => {
    const { reference, index } = c.req.param();
    const file =
      referencePattern.test(reference) && indexPattern.test(index)
        ? await inbox.open(reference, Number(index))
        : null;
    if (!file) return page(c, notFoundPage(langOf(c)), 404);
    c.set('download', true);
    return new Response(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>, {
      headers: {
        'Content-Type': file.type,
        'Content-Length': String(file.size),
        'Content-Disposition': contentDisposition(file.name),
        'Cache-Control': 'no-store',
      },
    });
  });

  // A letter's QR code as an image of this site (the CSP allows no data: URLs).
  app.get('/demo/outbox/:index/qr.svg', (c) => {
    const index = c.req.param('index');
    const message = /^\d+$/.test(index) ? outbox.messages()[Number(index)] : undefined;
    const qrSvg = message && isLetter(message) ? message.letter?.qrSvg : undefined;
    if (!qrSvg) return page(c, notFoundPage(langOf(c)), 404);
    c.header('Cache-Control', 'no-store');
    c.header('Content-Type', 'image/svg+xml');
    return c.body(qrSvg);
  });

  // Language switch for the demo's own pages; the elements follow <html lang>.
  app.get('/lang/:lang', (c) => {
    const lang = c.req.param('lang') === 'en' ? 'en' : 'de';
    const next = c.req.query('next') ?? '/';
    c.header('Set-Cookie', `demo_lang=${lang}; Path=/; SameSite=Lax; Max-Age=31536000`);
    // Only same-site paths: an open redirect would let a phishing mail borrow the insurer's domain.
    return c.redirect(/^\/(?!\/)[\w/-]*$/.test(next) ? next : '/', 303);
  });

  app.notFound((c) => page(c, notFoundPage(langOf(c)), 404));
  return app;
}
