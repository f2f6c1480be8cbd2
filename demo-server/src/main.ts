import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startDemo } from './server.js';
import { demoMembers, demoRegistrants } from './members.js';
import { formatPhone } from './sms.js';

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

/**
 * ALLOWED_ORIGINS: more origins the portal serves besides the demo's own (a local dev server, a
 * staging site), separated by commas. Each is also a WebAuthn origin, so its host must be the
 * demo's host or below it: a passkey belongs to that host (the RP ID).
 */
function allowedOrigins(rpId: string): string[] {
  const value = process.env.ALLOWED_ORIGINS?.trim();
  if (!value) return [];
  return value.split(',').map((entry) => {
    const origin = entry.trim();
    const url = URL.canParse(origin) ? new URL(origin) : undefined;
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== origin) {
      console.error(
        `ALLOWED_ORIGINS must be origins separated by commas, each a scheme, host and port only, ` +
          `like http://localhost:5173 (got ${JSON.stringify(origin)}).`,
      );
      process.exit(1);
    }
    if (url.hostname !== rpId && !url.hostname.endsWith(`.${rpId}`)) {
      console.error(
        `ALLOWED_ORIGINS: ${origin} is not on ${rpId} or a host below it, so passkeys could ` +
          `not be used there.`,
      );
      process.exit(1);
    }
    return origin;
  });
}

const port = Number(process.env.PORT ?? 3000);
const origin = process.env.PUBLIC_ORIGIN || `http://localhost:${port}`;
const dataDir = resolve(root, process.env.DATA_DIR ?? '.data');
const databaseUrl = process.env.DATABASE_URL || undefined;

try {
  const demo = await startDemo({
    port,
    dataDir,
    elementsDir,
    origin,
    allowedOrigins: allowedOrigins(new URL(origin).hostname),
    databaseUrl,
    session: {
      idleTimeoutSeconds: seconds('IDLE_TIMEOUT_SECONDS'),
      absoluteTimeoutSeconds: seconds('ABSOLUTE_TIMEOUT_SECONDS'),
      confirmationSeconds: seconds('CONFIRMATION_SECONDS'),
    },
    trustedProxies: trustedProxies(),
  });
  const table = demoMembers.map((m) => ({
    Versichertennummer: m.kvnr,
    'E-Mail': m.email,
    Mobilnummer: formatPhone(m.phone),
    Passwort: m.password,
  }));
  console.log(`\nLindenhof BKK demo portal: ${demo.url}\n`);
  console.log('Demo members (sign in with the insurance number or the e-mail address):');
  console.table(table);
  console.log(`Members without an account, to try registration at ${demo.url}/registrieren:`);
  console.table(
    demoRegistrants.map((m) => ({
      Versichertennummer: m.kvnr,
      Postleitzahl: m.postcode,
      Geburtsdatum: m.birthDate.split('-').reverse().join('.'),
      Name: m.displayName,
    })),
  );
  console.log(`Forgotten password (a code by e-mail, SMS or letter): ${demo.url}/passwort-vergessen`);
  console.log(
    `Address change and bank details, approved with a passkey here or on a phone: ` +
      `${demo.url}/konto/anschrift, ${demo.url}/konto/bankverbindung`,
  );
  console.log(
    `Documents (sick notes, invoices; applications approved with a passkey): ` +
      `${demo.url}/konto/dokumente`,
  );
  console.log(
    `Personal details and settings (password, e-mail address, sessions, ending the ` +
      `registration): ${demo.url}/konto/einstellungen`,
  );
  console.log(`Outbox (letters, e-mails, SMS "sent"): ${demo.url}/demo/outbox`);
  console.log(`Inbox (the back office's view of uploaded documents): ${demo.url}/demo/inbox`);
  const data = databaseUrl
    ? `PostgreSQL at ${new URL(databaseUrl).host}; ` +
      `outbox and the registry's changes (members.json) in ${dataDir}`
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
