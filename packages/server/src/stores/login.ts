import type { AccountRecord } from './accounts.js';
import { memoryConsume } from './challenges.js';
import type { CredentialRecord } from './credentials.js';
import {
  memoryStartSession,
  sessionStartArgs,
  sessionStartParts,
  sessionStartTypes,
  type SessionStart,
} from './sessions.js';
import { bytes, int, statement } from './sql.js';
import { storePart } from './store.js';
import { hitSql, memoryThrottle, type ThrottleRecord } from './throttle.js';

/** What verifying a sign-in assertion needs of a credential and its account, nothing more. */
export type LoginCredential = Pick<CredentialRecord, 'id' | 'accountId' | 'publicKey' | 'counter'>;
export type LoginAccount = Pick<AccountRecord, 'id' | 'displayName' | 'webauthnUserId'>;

export interface PasskeyChallengeQuery {
  challengeHash: string;
  bindingHash: string;
  credentialId: string;
  /** The client's throttle counter, counted in the same step. */
  clientKey: string;
  windowMs: number;
  now: number;
}

export interface PasskeyChallengeResult {
  /** The sign-in challenge existed, was this browser's and live; it is gone now either way. */
  challengeValid: boolean;
  credential: LoginCredential | null;
  account: LoginAccount | null;
  /** The client's counter with this attempt counted. */
  throttle: ThrottleRecord;
}

export interface CredentialUse {
  credentialId: string;
  counter: number;
  backedUp: boolean;
  usedAt: number;
}

/**
 * The passkey sign-in's two round trips, because an embedded database spends main-thread time on
 * each statement: before the signature check, consume the challenge, read the credential with
 * its account and count the attempt; after it, move the counter and start the session.
 */
export interface LoginStore {
  consumePasskeyChallenge(query: PasskeyChallengeQuery): Promise<PasskeyChallengeResult>;
  /**
   * Stores the new counter only if it still moves forward (two assertions racing with one counter
   * value look like a clone) and only then starts the session. False when the counter check
   * failed.
   */
  completePasskeyLogin(use: CredentialUse, start: SessionStart): Promise<boolean>;
}

const consume = statement<{
  challenge_valid: boolean | null;
  c_id: string | null;
  c_account_id: string;
  public_key: Uint8Array;
  counter: number | string;
  display_name: string | null;
  webauthn_user_id: Uint8Array;
  t_count: number;
  t_start: number | string;
  t_expires: number | string;
}>(
  'login_passkey_consume',
  ['text', 'text', 'text', 'bigint', 'text', 'text'],
  `WITH consumed AS (
     DELETE FROM challenges WHERE challenge_hash = $1
     RETURNING purpose = 'login' AND account_id IS NULL AND binding_hash = $2 AND expires_at > $4
       AS valid
   ),
   hit AS (${hitSql('ARRAY[$5]', '$4', 'ARRAY[$6]')})
   SELECT (SELECT valid FROM consumed) AS challenge_valid,
     c.id AS c_id, c.account_id AS c_account_id, c.public_key, c.counter,
     a.display_name, a.webauthn_user_id,
     hit.count AS t_count, hit.window_start AS t_start, hit.expires_at AS t_expires
   FROM hit
   LEFT JOIN credentials c ON c.id = $3
   LEFT JOIN accounts a ON a.id = c.account_id`,
);

// Every part after "used" depends on the counter check having passed.
const complete = statement<{ started: number }>(
  'login_passkey_complete',
  [
    'text', 'bigint', 'boolean', 'bigint',
    'text', 'text', 'bigint', 'bigint', 'bigint',
    ...sessionStartTypes,
    'text',
  ],
  `WITH used AS (
     UPDATE credentials SET counter = $2, backed_up = $3, last_used_at = $4
     WHERE id = $1 AND (counter < $2 OR ($2 = 0 AND counter = 0))
     RETURNING account_id
   ),
   started AS (
     INSERT INTO sessions (id_hash, account_id, method, created_at, last_seen_at, confirmed_at,
       user_agent)
     SELECT $5, account_id, $6, $7, $8, $9, $16 FROM used
     RETURNING id_hash
   ),
   ${sessionStartParts(['$10', '$11', '$12', '$13', '$14', '$15'], 'EXISTS (SELECT 1 FROM used)')}
   SELECT count(*)::int AS started FROM started`,
);

export const login = storePart<LoginStore>('login', {
  sql(db) {
    return {
      async consumePasskeyChallenge(q) {
        const [row] = await db.run(consume, [
          q.challengeHash,
          q.bindingHash,
          q.credentialId,
          q.now,
          q.clientKey,
          String(q.windowMs),
        ]);
        if (!row) throw new Error('login_passkey_consume returned no row');
        const found = row.c_id !== null;
        return {
          challengeValid: row.challenge_valid === true,
          credential: found
            ? {
                id: row.c_id!,
                accountId: row.c_account_id,
                publicKey: bytes(row.public_key),
                counter: int(row.counter),
              }
            : null,
          account:
            found && row.display_name !== null
              ? {
                  id: row.c_account_id,
                  displayName: row.display_name,
                  webauthnUserId: bytes(row.webauthn_user_id),
                }
              : null,
          throttle: {
            key: q.clientKey,
            count: int(row.t_count),
            windowStart: int(row.t_start),
            expiresAt: int(row.t_expires),
          },
        };
      },
      async completePasskeyLogin(use, { session: s, ...rest }) {
        const [row] = await db.run(complete, [
          use.credentialId,
          use.counter,
          use.backedUp,
          use.usedAt,
          s.idHash,
          s.method,
          s.createdAt,
          s.lastSeenAt,
          s.confirmedAt,
          ...sessionStartArgs(rest),
          s.userAgent ?? null,
        ]);
        return row?.started === 1;
      },
    };
  },
  memory(tables) {
    const credentials = tables.table<CredentialRecord>('credentials');
    const accounts = tables.table<AccountRecord>('accounts');
    const counters = memoryThrottle(tables);
    const startSession = memoryStartSession(tables);
    return {
      async consumePasskeyChallenge(q) {
        const challengeValid = memoryConsume(tables, {
          challengeHash: q.challengeHash,
          purpose: 'login',
          accountId: null,
          bindingHash: q.bindingHash,
          now: q.now,
        });
        const [throttle] = await counters.hit(
          [{ key: q.clientKey, windowMs: q.windowMs }],
          q.now,
        );
        const credential = credentials.get(q.credentialId);
        const account = credential && accounts.get(credential.accountId);
        return {
          challengeValid,
          credential: credential
            ? {
                id: credential.id,
                accountId: credential.accountId,
                publicKey: new Uint8Array(credential.publicKey),
                counter: credential.counter,
              }
            : null,
          account: account
            ? {
                id: account.id,
                displayName: account.displayName,
                webauthnUserId: new Uint8Array(account.webauthnUserId),
              }
            : null,
          throttle: throttle!,
        };
      },
      async completePasskeyLogin(use, start) {
        const credential = credentials.get(use.credentialId);
        if (!credential) return false;
        const forward =
          credential.counter < use.counter || (use.counter === 0 && credential.counter === 0);
        if (!forward) return false;
        credentials.set(credential.id, {
          ...credential,
          counter: use.counter,
          backedUp: use.backedUp,
          lastUsedAt: use.usedAt,
        });
        await startSession({
          ...start,
          session: { ...start.session, accountId: credential.accountId },
        });
        return true;
      },
    };
  },
});
