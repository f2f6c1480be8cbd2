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
  forgotPasswordPage,
  homePage,
  notFoundPage,
  outboxPage,
  registerPage,
} from './pages.js';
import type { Lang } from './i18n.js';

export interface DemoAppOptions {
  portal: Portal;
  outbox: Outbox;
  /** Directory of the built elements (`packages/elements/cdn`). */
  elementsDir: string;
}

const publicDir = fileURLToPath(new URL('./public', import.meta.url));

/**
 * Strict CSP: no inline script or style anywhere. The elements adopt constructable stylesheets,
 * which CSP does not restrict, so `style-src 'self'` is enough.
 */
const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
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

function page(c: Context, body: string, status: 200 | 404 = 200) {
  c.header('Cache-Control', 'no-store');
  return c.html(body, status);
}

export function createDemoApp({ portal, outbox, elementsDir }: DemoAppOptions): Hono {
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(securityHeaders)) c.res.headers.set(name, value);
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
    const reason = c.req.query('abgemeldet');
    const notice = reason === 'timeout' ? 'expired' : reason !== undefined ? 'signed-out' : undefined;
    return page(c, homePage(langOf(c), notice));
  });

  app.get('/konto', async (c) => {
    const session = await portal.getSession(c.req.raw);
    if (!session) return c.redirect('/', 303);
    const notice = c.req.query('passwort-geaendert') !== undefined ? 'password-changed' : undefined;
    return page(c, accountPage(langOf(c), session.displayName, notice));
  });

  app.get('/registrieren', (c) => page(c, registerPage(langOf(c))));

  app.get('/passwort-vergessen', (c) => page(c, forgotPasswordPage(langOf(c))));

  app.get('/demo/outbox', (c) => page(c, outboxPage(langOf(c), outbox.messages())));

  // A letter's QR code as an image of this site (the CSP allows no data: URLs).
  app.get('/demo/outbox/:index/qr.svg', (c) => {
    const index = c.req.param('index');
    const message = /^\d+$/.test(index) ? outbox.messages()[Number(index)] : undefined;
    if (!message || !isLetter(message)) return page(c, notFoundPage(langOf(c)), 404);
    c.header('Cache-Control', 'no-store');
    c.header('Content-Type', 'image/svg+xml');
    return c.body(message.letter.qrSvg);
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
