import type {
  AccountRecord,
  AuditEvent,
  ChallengeRecord,
  CredentialRecord,
  SessionRecord,
  SessionStart,
  Store,
  ThrottleRecord,
} from './store.js';

/**
 * A store in plain Maps: for tests and single-process demos. Records are copied in and out so a
 * caller can never change stored state by mutating an object it holds.
 */
export function createMemoryStore(): Store {
  const accounts = new Map<string, AccountRecord>();
  const credentials = new Map<string, CredentialRecord>();
  const sessions = new Map<string, SessionRecord>();
  const challenges = new Map<string, ChallengeRecord>();
  const throttle = new Map<string, ThrottleRecord>();
  const audit: Required<AuditEvent>[] = [];
  const passwordHistory: { accountId: string; hash: string; at: number }[] = [];

  const copy = <T extends object>(value: T | undefined): T | null => (value ? { ...value } : null);
  const findAccount = (test: (a: AccountRecord) => boolean) =>
    copy([...accounts.values()].find(test));

  function startSession(start: SessionStart): void {
    if (start.replacesSessionHash) sessions.delete(start.replacesSessionHash);
    sessions.set(start.session.idHash, { ...start.session });
    for (const key of start.clearThrottleKeys ?? []) throttle.delete(key);
    if (start.audit) audit.push({ accountId: null, ...start.audit });
  }

  function consume(hash: string, test: (c: ChallengeRecord) => boolean, now: number): boolean {
    const challenge = challenges.get(hash);
    if (!challenge) return false;
    challenges.delete(hash);
    return challenge.expiresAt > now && test(challenge);
  }

  return {
    async findAccountById(id) {
      return copy(accounts.get(id));
    },
    async findAccountByKvnr(kvnr) {
      return findAccount((a) => a.kvnr === kvnr);
    },
    async findAccountByEmail(email) {
      return findAccount((a) => a.email === email);
    },
    async createAccount(account) {
      const taken = [...accounts.values()].some(
        (a) =>
          a.id === account.id ||
          a.kvnr === account.kvnr ||
          a.email === account.email ||
          Buffer.from(a.webauthnUserId).equals(account.webauthnUserId),
      );
      if (taken) return false;
      accounts.set(account.id, { ...account });
      return true;
    },

    async addCredential(credential) {
      if (credentials.has(credential.id)) return false;
      credentials.set(credential.id, { ...credential, transports: [...credential.transports] });
      return true;
    },
    async findCredential(id) {
      return copy(credentials.get(id));
    },
    async listCredentials(accountId) {
      return [...credentials.values()]
        .filter((c) => c.accountId === accountId)
        .sort((a, b) => a.createdAt - b.createdAt)
        .map((c) => ({ ...c }));
    },

    async createChallenge(challenge, now) {
      // Unanswered challenges (closed tabs) are swept here. Maps iterate in insertion order and
      // every challenge lives equally long, so the expired ones are at the front.
      for (const [hash, c] of challenges) {
        if (c.expiresAt > now) break;
        challenges.delete(hash);
      }
      challenges.set(challenge.challengeHash, { ...challenge });
    },
    async consumeChallenge({ challengeHash, purpose, accountId, now }) {
      return consume(challengeHash, (c) => c.purpose === purpose && c.accountId === accountId, now);
    },
    async consumeLoginChallenge({ challengeHash, credentialId, throttleKey, now }) {
      const challengeValid = consume(
        challengeHash,
        (c) => c.purpose === 'login' && c.accountId === null,
        now,
      );
      const stored = credentials.get(credentialId);
      const owner = stored && accounts.get(stored.accountId);
      const credential = stored && {
        id: stored.id,
        accountId: stored.accountId,
        publicKey: stored.publicKey,
        counter: stored.counter,
      };
      const account = owner && {
        id: owner.id,
        displayName: owner.displayName,
        webauthnUserId: owner.webauthnUserId,
      };
      const counter = throttleKey === null ? null : copy(throttle.get(throttleKey));
      return {
        challengeValid,
        credential: credential ?? null,
        account: account ?? null,
        throttle: counter,
      };
    },
    async completePasskeySignIn(use, start) {
      const credential = credentials.get(use.credentialId);
      if (!credential) return false;
      const forward =
        use.counter > credential.counter || (use.counter === 0 && credential.counter === 0);
      if (!forward) return false;
      credential.counter = use.counter;
      credential.backedUp = use.backedUp;
      credential.lastUsedAt = use.usedAt;
      startSession(start);
      return true;
    },

    async createSession(start) {
      startSession(start);
    },
    async getSession(idHash) {
      const session = sessions.get(idHash);
      const account = session && accounts.get(session.accountId);
      return session && account ? { session: { ...session }, account: { ...account } } : null;
    },
    async touchSession(idHash, lastSeenAt) {
      const session = sessions.get(idHash);
      if (session) session.lastSeenAt = lastSeenAt;
    },
    async deleteSession(idHash) {
      sessions.delete(idHash);
    },

    async readThrottle(keys) {
      return keys.flatMap((key) => copy(throttle.get(key)) ?? []);
    },
    async recordFailure(key, now, windowMs) {
      const current = throttle.get(key);
      const next =
        current && current.windowStart > now - windowMs
          ? { ...current, count: current.count + 1 }
          : { key, count: 1, windowStart: now };
      throttle.set(key, next);
      return { ...next };
    },
    async clearThrottle(keys) {
      for (const key of keys) throttle.delete(key);
    },

    async sweep(cutoffs) {
      const result = { sessions: 0, challenges: 0, throttle: 0 };
      for (const [hash, session] of sessions) {
        if (
          session.lastSeenAt <= cutoffs.sessionLastSeenAt ||
          session.createdAt <= cutoffs.sessionCreatedAt
        ) {
          sessions.delete(hash);
          result.sessions++;
        }
      }
      for (const [hash, challenge] of challenges) {
        if (challenge.expiresAt <= cutoffs.challengeExpiresAt) {
          challenges.delete(hash);
          result.challenges++;
        }
      }
      for (const [key, record] of throttle) {
        if (record.windowStart <= cutoffs.throttleWindowStart) {
          throttle.delete(key);
          result.throttle++;
        }
      }
      return result;
    },

    async audit(event) {
      audit.push({ accountId: null, ...event });
    },
    async listAudit({ accountId, limit = 100 } = {}) {
      return audit
        .filter((e) => accountId === undefined || e.accountId === accountId)
        .slice(-limit)
        .reverse()
        .map((e) => ({ ...e }));
    },

    async addPasswordHistory(accountId, hash, at) {
      passwordHistory.push({ accountId, hash, at });
    },
    async listPasswordHistory(accountId, limit) {
      return passwordHistory
        .filter((entry) => entry.accountId === accountId)
        .reverse()
        .sort((a, b) => b.at - a.at)
        .slice(0, limit)
        .map((entry) => entry.hash);
    },

    async close() {},
  };
}
