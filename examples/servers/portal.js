import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPgliteStore, createPortal, createPostgresStore } from '@portalkit/server';

/** The portal every server here mounts: settings from the environment, defaults for local use. */
export async function openPortal() {
  // The origin members use (https://www.example-bkk.de in production): also the CSRF allow-list.
  const origin = process.env.PUBLIC_ORIGIN ?? 'http://localhost:3000';
  // PostgreSQL in production (several servers share it), else PGlite in a directory.
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
    // Behind a reverse proxy or load balancer: its addresses, or the number of hops.
    trustedProxies: process.env.TRUSTED_PROXIES?.split(','),
  });
}

/** True when `file` (the caller's `import.meta.url`) is the program node was started with. */
export function isMain(file) {
  return process.argv[1] !== undefined && fileURLToPath(file) === resolve(process.argv[1]);
}
