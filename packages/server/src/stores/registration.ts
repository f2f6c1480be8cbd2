import {
  accountColumns,
  accountOf,
  accounts,
  type AccountRecord,
  type AccountRow,
} from './accounts.js';
import { audit, auditSql, type AuditEvent } from './audit.js';
import {
  memoryStartSession,
  sessionStartArgs,
  sessionStartParts,
  sessionStartTypes,
  type SessionStart,
} from './sessions.js';
import { statement } from './sql.js';
import { deleteWhere, storePart } from './store.js';
import { memoryThrottle, releaseSql, type ThrottleRelease } from './throttle.js';

/** A member's pending registration: the activation letter's code and what the account gets. */
export interface RegistrationRecord {
  kvnr: string;
  /** HMAC of the KVNR and the code under the portal's keyring; the code itself is not kept. */
  codeHash: string;
  /** Lower-cased; the address given when the letter was asked for. */
  email: string;
  displayName: string;
  locale: 'de' | 'en';
  createdAt: number;
  /** When the code stops working. */
  expiresAt: number;
}

/** A registration as the steps after the letter need it: whose it is, nothing secret. */
export type Registrant = Pick<RegistrationRecord, 'kvnr' | 'email' | 'displayName' | 'locale'>;

export interface Activation {
  kvnr: string;
  codeHash: string;
  /** SHA-256 of the random id the browser gets in its registration cookie. */
  bindingHash: string;
  bindingExpiresAt: number;
  now: number;
  /** Counters the right code resets or gives back. */
  throttle: ThrottleRelease;
  audit: AuditEvent;
}

/** What the new account gets besides the registration's data. */
export interface NewMemberAccount {
  id: string;
  passwordHash: string;
  webauthnUserId: Uint8Array<ArrayBuffer>;
  createdAt: number;
}

export interface RegistrationStore {
  /**
   * Stores the code of a new letter, replacing the KVNR's earlier code (which stops working) and
   * ending any activation of it; releases `throttle` (the code's failure counter) in the same step.
   */
  issue(registration: RegistrationRecord, throttle: ThrottleRelease): Promise<void>;
  /**
   * Accepts a code in one step: if `codeHash` is the KVNR's live code and the KVNR has no account,
   * binds the registration to the browser (replacing an earlier browser's binding), releases the
   * counters and writes the audit event. Null for a wrong, expired or spent code alike.
   */
  activate(activation: Activation): Promise<Registrant | null>;
  /** The registration a browser's binding holds, while binding and code live. */
  find(bindingHash: string, now: number): Promise<Registrant | null>;
  /** Voids the KVNR's code; returns whose it was, or null if there was none. */
  revoke(kvnr: string): Promise<Registrant | null>;
  /**
   * Completes a registration in one step: takes the registration the binding holds (so the code
   * is spent), creates the account from it, records the password in the history and starts
   * `start`'s session for the new account. Null, and nothing but the registration spent, when no
   * live registration has the binding or the KVNR or e-mail has an account by now: of any number
   * of attempts at once, one at most creates an account.
   */
  complete(
    bindingHash: string,
    now: number,
    account: NewMemberAccount,
    start: SessionStart,
  ): Promise<AccountRecord | null>;
  /** Deletes registrations whose code has expired; returns how many. */
  sweep(now: number): Promise<number>;
}

interface Row {
  kvnr: string;
  email: string;
  display_name: string;
  locale: 'de' | 'en';
}

const registrant = (row: Row): Registrant => ({
  kvnr: row.kvnr,
  email: row.email,
  displayName: row.display_name,
  locale: row.locale,
});

const issue = statement(
  'registration_issue',
  ['text', 'text', 'text', 'text', 'text', 'bigint', 'bigint', 'text[]', 'text[]'],
  `WITH issued AS (
     INSERT INTO registrations (kvnr, code_hash, email, display_name, locale, created_at,
       expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (kvnr) DO UPDATE SET code_hash = EXCLUDED.code_hash, email = EXCLUDED.email,
       display_name = EXCLUDED.display_name, locale = EXCLUDED.locale,
       created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at,
       binding_hash = NULL, binding_expires_at = NULL
   ),
   ${releaseSql('$8', '$9')}
   SELECT 1`,
);

const accepted = 'EXISTS (SELECT 1 FROM activated)';
const activate = statement<Row>(
  'registration_activate',
  ['text', 'text', 'text', 'bigint', 'bigint', 'text[]', 'text[]', 'text', 'text', 'bigint'],
  `WITH activated AS (
     UPDATE registrations r SET binding_hash = $3, binding_expires_at = $4
     WHERE r.kvnr = $1 AND r.code_hash = $2 AND r.expires_at > $5
       AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.kvnr = r.kvnr)
     RETURNING r.kvnr, r.email, r.display_name, r.locale
   ),
   ${releaseSql('$6', '$7', accepted)},
   ${auditSql('$8', '$9', '$10', accepted)}
   SELECT kvnr, email, display_name, locale FROM activated`,
);

const find = statement<Row>(
  'registration_find',
  ['text', 'bigint'],
  `SELECT kvnr, email, display_name, locale FROM registrations
   WHERE binding_hash = $1 AND binding_expires_at > $2 AND expires_at > $2`,
);

const revoke = statement<Row>(
  'registration_revoke',
  ['text'],
  'DELETE FROM registrations WHERE kvnr = $1 RETURNING kvnr, email, display_name, locale',
);

// Every part after "created" depends on the account having been created.
const created = 'EXISTS (SELECT 1 FROM created)';
const complete = statement<AccountRow>(
  'registration_complete',
  [
    'text', 'bigint', 'text', 'text', 'bytea', 'bigint',
    'text', 'text', 'bigint', 'bigint', 'bigint',
    ...sessionStartTypes,
    'text',
  ],
  `WITH taken AS (
     DELETE FROM registrations
     WHERE binding_hash = $1 AND binding_expires_at > $2 AND expires_at > $2
     RETURNING kvnr, email, display_name, locale
   ),
   created AS (
     INSERT INTO accounts (id, kvnr, email, display_name, locale, password_hash,
       webauthn_user_id, created_at)
     SELECT $3, kvnr, email, display_name, locale, $4, $5, $6 FROM taken
     ON CONFLICT DO NOTHING
     RETURNING *
   ),
   history AS (
     INSERT INTO password_history (account_id, password_hash, created_at)
     SELECT id, password_hash, created_at FROM created
   ),
   started AS (
     INSERT INTO sessions (id_hash, account_id, method, created_at, last_seen_at, confirmed_at,
       user_agent)
     SELECT $7, id, $8, $9, $10, $11, $18 FROM created
   ),
   ${sessionStartParts(['$12', '$13', '$14', '$15', '$16', '$17'], created)}
   SELECT ${accountColumns} FROM created a`,
);

const sweep = statement<{ n: number }>(
  'registration_sweep',
  ['bigint'],
  `WITH d AS (DELETE FROM registrations WHERE expires_at <= $1 RETURNING 1)
   SELECT count(*)::int AS n FROM d`,
);

interface Stored extends RegistrationRecord {
  bindingHash: string | null;
  bindingExpiresAt: number | null;
}

const held = ({ kvnr, email, displayName, locale }: Stored): Registrant => ({
  kvnr,
  email,
  displayName,
  locale,
});

export const registration = storePart<RegistrationStore>('registration', {
  sql(db) {
    return {
      async issue(r, release) {
        await db.run(issue, [
          r.kvnr,
          r.codeHash,
          r.email,
          r.displayName,
          r.locale,
          r.createdAt,
          r.expiresAt,
          [...(release.clear ?? [])],
          [...(release.refund ?? [])],
        ]);
      },
      async activate(a) {
        const [row] = await db.run(activate, [
          a.kvnr,
          a.codeHash,
          a.bindingHash,
          a.bindingExpiresAt,
          a.now,
          [...(a.throttle.clear ?? [])],
          [...(a.throttle.refund ?? [])],
          a.audit.event,
          a.audit.accountId ?? null,
          a.audit.at,
        ]);
        return row ? registrant(row) : null;
      },
      async find(bindingHash, now) {
        const [row] = await db.run(find, [bindingHash, now]);
        return row ? registrant(row) : null;
      },
      async revoke(kvnr) {
        const [row] = await db.run(revoke, [kvnr]);
        return row ? registrant(row) : null;
      },
      async complete(bindingHash, now, account, { session: s, ...rest }) {
        const [row] = await db.run(complete, [
          bindingHash,
          now,
          account.id,
          account.passwordHash,
          account.webauthnUserId,
          account.createdAt,
          s.idHash,
          s.method,
          s.createdAt,
          s.lastSeenAt,
          s.confirmedAt,
          ...sessionStartArgs(rest),
          s.userAgent ?? null,
        ]);
        return row ? accountOf(row) : null;
      },
      async sweep(now) {
        const [row] = await db.run(sweep, [now]);
        return row?.n ?? 0;
      },
    };
  },
  memory(tables) {
    const all = tables.table<Stored>('registrations');
    const accountPart = accounts.memory(tables);
    const counters = memoryThrottle(tables);
    const log = audit.memory(tables);
    const startSession = memoryStartSession(tables);
    const bound = (bindingHash: string, now: number) =>
      [...all.values()].find(
        (r) =>
          r.bindingHash === bindingHash && (r.bindingExpiresAt ?? 0) > now && r.expiresAt > now,
      );
    return {
      async issue(r, release) {
        all.set(r.kvnr, { ...r, bindingHash: null, bindingExpiresAt: null });
        await counters.release(release);
      },
      async activate(a) {
        const found = all.get(a.kvnr);
        if (!found || found.codeHash !== a.codeHash || found.expiresAt <= a.now) return null;
        if (await accountPart.findByKvnr(a.kvnr)) return null;
        const { bindingHash, bindingExpiresAt } = a;
        all.set(a.kvnr, { ...found, bindingHash, bindingExpiresAt });
        await counters.release(a.throttle);
        await log.append(a.audit);
        return held(found);
      },
      async find(bindingHash, now) {
        const found = bound(bindingHash, now);
        return found ? held(found) : null;
      },
      async revoke(kvnr) {
        const found = all.get(kvnr);
        if (!found) return null;
        all.delete(kvnr);
        return held(found);
      },
      async complete(bindingHash, now, account, start) {
        const found = bound(bindingHash, now);
        if (!found) return null;
        all.delete(found.kvnr);
        const record: AccountRecord = {
          id: account.id,
          kvnr: found.kvnr,
          email: found.email,
          displayName: found.displayName,
          locale: found.locale,
          phone: null,
          passwordHash: account.passwordHash,
          webauthnUserId: account.webauthnUserId,
          createdAt: account.createdAt,
        };
        if (!(await accountPart.create(record))) return null;
        await accountPart.addPasswordHistory(record.id, account.passwordHash, account.createdAt);
        await startSession({ ...start, session: { ...start.session, accountId: record.id } });
        return { ...record, webauthnUserId: new Uint8Array(record.webauthnUserId) };
      },
      sweep: async (now) => deleteWhere(all, (r) => r.expiresAt <= now),
    };
  },
});
