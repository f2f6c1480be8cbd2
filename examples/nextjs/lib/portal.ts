import { createPgliteStore, createPortal, createPostgresStore, type Portal } from '@portalkit/server';

let portal: Promise<Portal> | undefined;

/** The portal, opened with its database on the first request (not while `next build` runs). */
export function openPortal(): Promise<Portal> {
  portal ??= (async () => {
    // The origin members use (https://www.example-bkk.de in production): also the CSRF allow-list.
    const origin = process.env.PUBLIC_ORIGIN ?? 'http://localhost:3000';
    // PostgreSQL in production (several Next.js instances share it), else PGlite in a directory.
    const store = process.env.DATABASE_URL
      ? await createPostgresStore({ connectionString: process.env.DATABASE_URL })
      : await createPgliteStore({ dataDir: process.env.DATA_DIR ?? '.data/pglite' });
    return createPortal({
      store,
      mail: {
        async send() {
          // Hand e-mails, letters and SMS to your gateway here.
        },
      },
      rp: { id: new URL(origin).hostname, name: 'Example BKK', origins: [origin] },
    });
  })();
  return portal;
}
