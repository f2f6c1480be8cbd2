import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { kvnr } from '../testing/harness.js';
import { accounts } from './accounts.js';
import { audit } from './audit.js';
import type { PartContract } from './contract.js';
import { registration, type Activation, type RegistrationRecord } from './registration.js';
import { sessions } from './sessions.js';
import { throttle } from './throttle.js';

export const contract: PartContract = (c) => {
  const part = () => c.store().use(registration);
  const day = 86_400_000;

  function newRegistration(overrides: Partial<RegistrationRecord> = {}): RegistrationRecord {
    const id = randomUUID();
    return {
      kvnr: kvnr(),
      codeHash: c.randomKey(),
      email: `${id}@example.de`,
      displayName: 'Jonas Beispiel',
      locale: 'de',
      createdAt: c.t0,
      expiresAt: c.t0 + 30 * day,
      ...overrides,
    };
  }

  const activation = (r: RegistrationRecord, overrides: Partial<Activation> = {}): Activation => ({
    kvnr: r.kvnr,
    codeHash: r.codeHash,
    bindingHash: c.randomKey(),
    bindingExpiresAt: c.t0 + 1_800_000,
    now: c.t0,
    throttle: {},
    audit: { event: 'register.activated', accountId: null, at: c.t0 },
    ...overrides,
  });

  const registrant = (r: RegistrationRecord) => ({
    kvnr: r.kvnr,
    email: r.email,
    displayName: r.displayName,
    locale: r.locale,
  });

  test('accepts the live code once it is issued, binding the browser, releasing counters', async () => {
    const r = newRegistration();
    await part().issue(r, {});
    const [failures, client] = [c.randomKey(), c.randomKey()];
    const hits = [failures, client].map((key) => ({ key, windowMs: day }));
    await c.store().use(throttle).hit(hits, c.t0);
    await c.store().use(throttle).hit(hits, c.t0);

    assert.equal(await part().activate(activation(r, { codeHash: c.randomKey() })), null);
    const a = activation(r, { throttle: { clear: [failures], refund: [client] } });
    assert.deepEqual(await part().activate(a), registrant(r));
    assert.deepEqual(await part().find(a.bindingHash, c.t0 + 1), registrant(r));
    assert.equal(await part().find(a.bindingHash, a.bindingExpiresAt), null, 'binding expired');
    assert.equal(await part().find(c.randomKey(), c.t0), null);
    const after = await c.store().use(throttle).hit(hits, c.t0);
    assert.deepEqual(
      after.map((record) => record.count),
      [1, 2],
      'cleared, and one given back',
    );
    assert.deepEqual((await c.store().use(audit).list({ limit: 1 }))[0], {
      event: 'register.activated',
      accountId: null,
      at: c.t0,
    });
  });

  test('refuses an expired code, and one whose KVNR has an account', async () => {
    const expired = newRegistration({ expiresAt: c.t0 + 10 });
    await part().issue(expired, {});
    assert.equal(await part().activate(activation(expired, { now: c.t0 + 10 })), null);

    const account = await c.withAccount();
    const taken = newRegistration({ kvnr: account.kvnr });
    await part().issue(taken, {});
    assert.equal(await part().activate(activation(taken)), null);
  });

  test('a new letter voids the earlier code and ends its activation', async () => {
    const first = newRegistration();
    await part().issue(first, {});
    const a = activation(first);
    assert.ok(await part().activate(a));
    const second = { ...first, codeHash: c.randomKey(), createdAt: c.t0 + day };
    const failures = c.randomKey();
    await c
      .store()
      .use(throttle)
      .hit([{ key: failures, windowMs: day }], c.t0);
    await part().issue(second, { clear: [failures] });

    assert.equal(await part().find(a.bindingHash, c.t0), null, 'the activation ended');
    assert.equal(await part().activate(activation(first)), null, 'the first code is void');
    assert.ok(await part().activate(activation(second)));
    const [counter] = await c
      .store()
      .use(throttle)
      .hit([{ key: failures, windowMs: day }], c.t0);
    assert.equal(counter?.count, 1, 'the failures of the old code are cleared');
  });

  test('revokes a code and tells whose it was', async () => {
    const r = newRegistration();
    await part().issue(r, {});
    assert.deepEqual(await part().revoke(r.kvnr), registrant(r));
    assert.equal(await part().revoke(r.kvnr), null);
    assert.equal(await part().activate(activation(r)), null);
  });

  async function activated(overrides: Partial<RegistrationRecord> = {}) {
    const r = newRegistration(overrides);
    await part().issue(r, {});
    const a = activation(r);
    assert.ok(await part().activate(a));
    const account = {
      id: randomUUID(),
      passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$bmV1',
      webauthnUserId: new Uint8Array(randomBytes(32)),
      createdAt: c.t0 + 5,
    };
    const session = c.newSession(account.id, { createdAt: c.t0 + 5, lastSeenAt: c.t0 + 5 });
    return { r, bindingHash: a.bindingHash, account, session };
  }

  test('completes once: the account, its password history and its session, in one step', async () => {
    const { r, bindingHash, account, session } = await activated();
    const old = c.newSession((await c.withAccount()).id);
    await c.store().use(sessions).start({ session: old });
    const event = { event: 'register.completed' as const, accountId: account.id, at: c.t0 + 5 };
    const start = { session, replacesSessionHash: old.idHash, audit: event };

    const created = await part().complete(bindingHash, c.t0 + 5, account, start);
    const expected = {
      id: account.id,
      kvnr: r.kvnr,
      email: r.email,
      displayName: r.displayName,
      locale: r.locale,
      phone: null,
      passwordHash: account.passwordHash,
      webauthnUserId: account.webauthnUserId,
      createdAt: account.createdAt,
    };
    assert.deepEqual(created, expected);
    assert.deepEqual(await c.store().use(accounts).findByKvnr(r.kvnr), expected);
    assert.deepEqual(await c.store().use(accounts).listPasswordHistory(account.id, 10), [
      account.passwordHash,
    ]);
    assert.deepEqual((await c.store().use(sessions).get(session.idHash))?.session, session);
    assert.equal(await c.store().use(sessions).get(old.idHash), null, 'the old session ended');
    assert.deepEqual(await c.store().use(audit).list({ accountId: account.id }), [event]);

    assert.equal(await part().find(bindingHash, c.t0 + 5), null, 'the code is spent');
    const again = { ...account, id: randomUUID(), webauthnUserId: new Uint8Array(randomBytes(32)) };
    const replay = { session: c.newSession(again.id) };
    assert.equal(await part().complete(bindingHash, c.t0 + 6, again, replay), null);
    assert.equal(await c.store().use(accounts).findById(again.id), null);
  });

  test('of many completions at once, one creates the account', async () => {
    const { r, bindingHash, account } = await activated();
    const results = await Promise.all(
      Array.from({ length: 6 }, () => {
        const id = randomUUID();
        const attempt = { ...account, id, webauthnUserId: new Uint8Array(randomBytes(32)) };
        return part().complete(bindingHash, c.t0 + 5, attempt, { session: c.newSession(id) });
      }),
    );
    assert.equal(results.filter((result) => result !== null).length, 1);
    const created = results.find((result) => result !== null);
    assert.equal((await c.store().use(accounts).findByKvnr(r.kvnr))?.id, created?.id);
  });

  test('creates nothing when the e-mail has an account by now, or the binding expired', async () => {
    const other = await c.withAccount();
    const taken = await activated({ email: other.email });
    const start = { session: taken.session };
    assert.equal(await part().complete(taken.bindingHash, c.t0 + 5, taken.account, start), null);
    assert.equal(await c.store().use(accounts).findByKvnr(taken.r.kvnr), null);
    assert.equal(await c.store().use(sessions).get(taken.session.idHash), null);

    const late = await activated();
    const expired = c.t0 + 1_800_000;
    const lateStart = { session: late.session };
    assert.equal(await part().complete(late.bindingHash, expired, late.account, lateStart), null);
    assert.equal(await c.store().use(accounts).findByKvnr(late.r.kvnr), null);
  });

  test('sweeps registrations whose code has expired', async () => {
    const r = newRegistration({ expiresAt: c.t0 + 100 });
    await part().issue(r, {});
    assert.ok((await part().sweep(c.t0 + 100)) >= 1);
    assert.equal(await part().revoke(r.kvnr), null);
  });
};
