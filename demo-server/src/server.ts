import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import {
  createPgliteStore,
  createPortal,
  createPostgresStore,
  type PortalOptions,
  type Store,
} from '@portalkit/server';
import { createDemoApp } from './app.js';
import { createDemoDocuments } from './documents.js';
import { createOutbox } from './mail.js';
import { createDemoMemberRegistry, demoMembers } from './members.js';

export interface DemoOptions {
  port: number;
  /**
   * Where PGlite keeps its files, the outbox its messages, the registry its changes and the
   * document store the uploads (`uploads/`).
   */
  dataDir: string;
  /** Directory of the built elements. */
  elementsDir: string;
  /** Public origin when the site runs behind a proxy under a real host name. */
  origin?: string;
  /** More origins whose pages may use the portal (a dev server, a staging site). */
  allowedOrigins?: string[];
  /** A PostgreSQL server instead of the embedded PGlite (several demo servers can share it). */
  databaseUrl?: string;
  /** Session settings (e.g. a short idle timeout to show the sign-out). */
  session?: PortalOptions['session'];
  /** Proxies in front of the demo that may name the client. */
  trustedProxies?: PortalOptions['trustedProxies'];
}

export interface Demo {
  url: string;
  close(): Promise<void>;
}

export async function startDemo(options: DemoOptions): Promise<Demo> {
  const origin = options.origin ?? `http://localhost:${options.port}`;
  await mkdir(options.dataDir, { recursive: true });
  const store: Store = options.databaseUrl
    ? await createPostgresStore({ connectionString: options.databaseUrl })
    : await createPgliteStore({ dataDir: resolve(options.dataDir, 'pglite') });
  const outbox = await createOutbox(resolve(options.dataDir, 'outbox.jsonl'));
  // The insurer's own records (addresses, bank details) beside the portal's store, as in real life.
  const members = await createDemoMemberRegistry(resolve(options.dataDir, 'members.json'));
  // Uploaded documents, a folder per submission under uploads/, read by the back office's inbox.
  const documents = createDemoDocuments(resolve(options.dataDir, 'uploads'));
  const portal = createPortal({
    store,
    mail: outbox,
    members,
    rp: {
      id: new URL(origin).hostname,
      name: 'Lindenhof BKK',
      origins: [origin, ...(options.allowedOrigins ?? [])],
    },
    register: { activationUrl: `${origin}/registrieren` },
    forgotPassword: { resetUrl: `${origin}/passwort-vergessen` },
    // The phone opens an approval at /freigabe; short links /f/<code> are redirected there.
    approvals: { approveUrl: `${origin}/freigabe`, shortLinkBase: `${origin}/f` },
    // Sick notes, invoices, applications (approved with a passkey): the default categories.
    documents: { store: documents.store },
    session: options.session,
    trustedProxies: options.trustedProxies,
    log: (line) => {
      if (line.level !== 'info') console.error(JSON.stringify(line));
    },
  });
  for (const member of demoMembers) {
    await portal.createAccount({
      kvnr: member.kvnr,
      email: member.email,
      displayName: member.displayName,
      password: member.password,
      phone: member.phone,
    });
  }
  const app = createDemoApp({
    portal,
    outbox,
    inbox: documents.inbox,
    elementsDir: options.elementsDir,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolveServer, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: 'localhost' }, () =>
      resolveServer(s),
    );
    s.once('error', reject);
  });
  return {
    url: origin,
    async close() {
      if ('closeAllConnections' in server) server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      // Letters and notices of the last answers are still being written.
      await portal.settled();
      await store.close();
    },
  };
}
