import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startDemo } from './server.js';
import { demoMembers } from './members.js';

const root = resolve(import.meta.dirname, '../..');
const elementsDir = resolve(root, 'packages/elements/cdn');
if (!existsSync(resolve(elementsDir, 'pk-login.js'))) {
  console.error('The elements are not built yet: run `npm run build` (or `npm start`, which builds).');
  process.exit(1);
}

/** A whole number of seconds from the environment, or undefined (then the default applies). */
function seconds(name: string): number | undefined {
  const value = process.env[name];
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    console.error(`${name} must be a whole number of seconds, at least 1 (got ${JSON.stringify(value)}).`);
    process.exit(1);
  }
  return Number(value);
}

/** TRUSTED_PROXIES: a number of hops, or addresses and CIDR ranges separated by commas. */
function trustedProxies(): number | string[] | undefined {
  const value = process.env.TRUSTED_PROXIES?.trim();
  if (!value) return undefined;
  return /^\d+$/.test(value) ? Number(value) : value.split(',').map((entry) => entry.trim());
}

const port = Number(process.env.PORT ?? 3000);
const dataDir = resolve(root, process.env.DATA_DIR ?? '.data');
const databaseUrl = process.env.DATABASE_URL || undefined;

try {
  const demo = await startDemo({
    port,
    dataDir,
    elementsDir,
    origin: process.env.PUBLIC_ORIGIN,
    databaseUrl,
    session: {
      idleTimeoutSeconds: seconds('IDLE_TIMEOUT_SECONDS'),
      confirmationSeconds: seconds('CONFIRMATION_SECONDS'),
    },
    trustedProxies: trustedProxies(),
  });
  const table = demoMembers.map((m) => ({
    Versichertennummer: m.kvnr,
    'E-Mail': m.email,
    Passwort: m.password,
  }));
  console.log(`\nLindenhof BKK demo portal: ${demo.url}\n`);
  console.log('Demo members (sign in with the insurance number or the e-mail address):');
  console.table(table);
  console.log(`Outbox (letters, e-mails, SMS "sent"): ${demo.url}/demo/outbox`);
  const data = databaseUrl
    ? `PostgreSQL at ${new URL(databaseUrl).host}; outbox in ${dataDir}`
    : `${dataDir} (delete it to start afresh)`;
  console.log(`Data: ${data}. Stop with Ctrl+C.\n`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await demo.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`Port ${port} is in use. Start on another one with PORT=3001 npm start.`);
  } else {
    console.error(error);
  }
  process.exit(1);
}
