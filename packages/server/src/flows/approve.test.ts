import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { approvals } from '../stores/approvals.js';
import { audit } from '../stores/audit.js';
import { approvalOptions, approveWithPasskey } from '../testing/approve.js';
import {
  approveSetup,
  leipzig,
  pendingAddressChange,
  type ApproveSetup,
} from '../testing/approve-fixtures.js';
import { erika, loginWithPassword, newBrowser } from '../testing/harness.js';
import { approvalChallenge } from './approve-binding.js';

async function errorCode(response: Response): Promise<string> {
  return ((await response.json()) as { error: { code: string } }).error.code;
}

const statusOf = async (s: ApproveSetup, id: string, cookie = s.cookie) =>
  (await (await s.h.post('/approvals/status', { id }, { cookie })).json()).approval?.status;

const events = async (s: ApproveSetup) =>
  (await s.h.store.use(audit).list({ accountId: s.accountId })).map((e) => e.event);

describe('approve', () => {
  let s: ApproveSetup;
  beforeEach(async () => {
    s = await approveSetup();
  });

  test('a protected change waits for approval, then executes from the stored payload', async () => {
    const response = await s.h.post('/address', leipzig, { cookie: s.cookie });
    assert.equal(response.status, 200);
    const { approval } = await response.json();
    assert.equal(approval.status, 'pending');
    assert.equal(approval.kind, 'address-change');
    assert.deepEqual(approval.summary.de.lines[0], {
      label: 'Straße und Hausnummer',
      from: 'Lindenallee 5',
      to: 'Nikolaistraße 12',
    });
    assert.equal(Date.parse(approval.expiresAt) - Date.parse(approval.createdAt), 5 * 60_000);
    assert.equal(s.registry.entries[0]!.address.city, 'Berlin', 'nothing changed yet');

    const verified = await approveWithPasskey(s.h, s.cookie, s.device, approval.id);
    assert.equal(verified.status, 200);
    assert.equal((await verified.json()).approval.status, 'approved');
    assert.equal(s.registry.entries[0]!.address.city, 'Leipzig');
    assert.equal(s.registry.entries[0]!.addressValidFrom, '2026-11-26');
    const stored = await s.h.store.use(approvals).find(approval.id, s.accountId);
    assert.equal(stored?.outcome, 'executed');
    assert.ok(stored?.receipt);
    assert.deepEqual((await events(s)).slice(0, 2), ['approval.executed', 'approval.approved']);
  });

  test('derives the challenge from a fresh nonce, the transaction’s digest and its id', async () => {
    const id = await pendingAddressChange(s);
    const options = await approvalOptions(s.h, s.cookie, id);
    const stored = await s.h.store.use(approvals).find(id, s.accountId);
    assert.ok(stored?.nonce);
    assert.equal(options.challenge, approvalChallenge(stored.nonce, stored.digest, id).base64url);
    assert.equal(options.userVerification, 'required');
    assert.equal(options.allowCredentials?.length, 1, 'the member’s own passkeys only');
    const again = await approvalOptions(s.h, s.cookie, id);
    assert.notEqual(again.challenge, options.challenge);
  });

  test('only the challenge derived from the latest options approves', async () => {
    const id = await pendingAddressChange(s);
    const first = await approvalOptions(s.h, s.cookie, id);
    await approvalOptions(s.h, s.cookie, id);
    // The first challenge is still live in this browser, but no longer the one the transaction
    // derives: the server recomputes it from the stored nonce, digest and id.
    const credential = await s.device.authenticate(first);
    const response = await s.h.post('/approvals/verify', { id, credential }, { cookie: s.cookie });
    assert.equal(response.status, 401);
    assert.equal(await errorCode(response), 'PASSKEY_INVALID');
    assert.equal(await statusOf(s, id), 'pending');
    assert.equal((await approveWithPasskey(s.h, s.cookie, s.device, id)).status, 200);
  });

  test('a payload sent again with the approval has no effect: the stored one executes', async () => {
    const id = await pendingAddressChange(s);
    const other = await pendingAddressChange(s, { ...leipzig, city: 'Dresden', postcode: '01067' });
    const request = await approvalOptions(s.h, s.cookie, id);
    const credential = await s.device.authenticate(request);
    const verified = await s.h.post(
      '/approvals/verify',
      { id, credential, payload: { ...leipzig, city: 'Halle' }, city: 'Halle' },
      { cookie: s.cookie },
    );
    assert.equal(verified.status, 200);
    assert.equal(s.registry.entries[0]!.address.city, 'Leipzig');
    assert.equal(await statusOf(s, other), 'pending', 'the later change waits for its own');
  });

  test('rejects a replayed assertion, audited, also for another transaction', async () => {
    const id = await pendingAddressChange(s);
    const credential = await s.device.authenticate(await approvalOptions(s.h, s.cookie, id));
    assert.equal((await s.h.post('/approvals/verify', { id, credential }, { cookie: s.cookie })).status, 200);
    const replay = await s.h.post('/approvals/verify', { id, credential }, { cookie: s.cookie });
    assert.equal(replay.status, 409);
    assert.equal(await errorCode(replay), 'APPROVAL_CLOSED');

    const next = await pendingAddressChange(s, { ...leipzig, houseNumber: '14' });
    await approvalOptions(s.h, s.cookie, next);
    const elsewhere = await s.h.post('/approvals/verify', { id: next, credential }, { cookie: s.cookie });
    assert.equal(elsewhere.status, 400);
    assert.equal(await errorCode(elsewhere), 'CHALLENGE_EXPIRED');
    assert.equal(await statusOf(s, next), 'pending');
    assert.equal((await events(s)).filter((e) => e === 'approval.verify.failure').length, 2);
  });

  test('refuses an assertion for transaction A presented for transaction B', async () => {
    const a = await pendingAddressChange(s);
    const b = await pendingAddressChange(s, { ...leipzig, city: 'Dresden', postcode: '01067' });
    const forA = await s.device.authenticate(await approvalOptions(s.h, s.cookie, a));
    await approvalOptions(s.h, s.cookie, b);
    const response = await s.h.post('/approvals/verify', { id: b, credential: forA }, { cookie: s.cookie });
    assert.equal(response.status, 400);
    assert.equal(await errorCode(response), 'CHALLENGE_EXPIRED');
    // Even with B's challenge record at hand, a signature over A's challenge cannot pass for B.
    const optionsB = await approvalOptions(s.h, s.cookie, b);
    const storedA = await s.h.store.use(approvals).find(a, s.accountId);
    const aChallenge = approvalChallenge(storedA!.nonce!, storedA!.digest, a).base64url;
    assert.notEqual(aChallenge, optionsB.challenge);
    const signedForA = await s.device.authenticate(optionsB, { challenge: aChallenge });
    const mixed = await s.h.post('/approvals/verify', { id: b, credential: signedForA }, { cookie: s.cookie });
    assert.notEqual(mixed.status, 200);
    assert.equal(await statusOf(s, b), 'pending');
    assert.equal(s.registry.entries[0]!.address.city, 'Berlin');
  });

  test('refuses an expired transaction: closed as expired, audited, nothing changed', async () => {
    const id = await pendingAddressChange(s);
    const request = await approvalOptions(s.h, s.cookie, id);
    s.h.clock.advance(5 * 60);
    const credential = await s.device.authenticate(request);
    const response = await s.h.post('/approvals/verify', { id, credential }, { cookie: s.cookie });
    assert.equal(response.status, 409);
    assert.equal(await errorCode(response), 'APPROVAL_CLOSED');
    assert.equal(await statusOf(s, id), 'expired');
    assert.ok((await events(s)).includes('approval.expired'));
    assert.equal(s.registry.entries[0]!.address.city, 'Berlin');
    const options = await s.h.post('/approvals/options', { id }, { cookie: s.cookie });
    assert.equal(await errorCode(options), 'APPROVAL_CLOSED');
  });

  test('refuses an assertion without user verification', async () => {
    const id = await pendingAddressChange(s);
    const response = await approveWithPasskey(s.h, s.cookie, s.device, id, { userVerified: false });
    assert.equal(response.status, 401);
    assert.equal(await errorCode(response), 'PASSKEY_INVALID');
    assert.equal(await statusOf(s, id), 'pending');
    assert.equal(s.registry.entries[0]!.address.city, 'Berlin');
  });

  test('a member cannot see, approve, deny or hand off another member’s transaction', async () => {
    const id = await pendingAddressChange(s);
    const theirs = { cookie: s.maxCookie };
    for (const path of ['/approvals/status', '/approvals/options', '/approvals/deny', '/approvals/handoff']) {
      const response = await s.h.post(path, { id }, theirs);
      assert.equal(response.status, 404, path);
      assert.equal(await errorCode(response), 'NOT_FOUND');
    }
    assert.deepEqual((await (await s.h.get('/approvals', theirs)).json()).approvals, []);
    assert.equal((await s.h.get(`/approvals/events?id=${id}`, theirs)).status, 404);

    // Erika's options, signed with Max's passkey in Erika's session: not her passkey.
    const request = await approvalOptions(s.h, s.cookie, id);
    const foreign = await s.maxDevice.authenticate({ ...request, allowCredentials: [] });
    const response = await s.h.post('/approvals/verify', { id, credential: foreign }, { cookie: s.cookie });
    assert.equal(await errorCode(response), 'PASSKEY_UNKNOWN');
    // And in Max's session, Erika's transaction does not exist for him.
    const asMax = await s.h.post('/approvals/verify', { id, credential: foreign }, theirs);
    assert.equal(await errorCode(asMax), 'NOT_FOUND');
    assert.equal(await statusOf(s, id), 'pending');
  });

  test('every approval route needs a session', async () => {
    const id = await pendingAddressChange(s);
    assert.equal((await s.h.post('/approvals/status', { id })).status, 401);
    assert.equal((await s.h.get('/approvals')).status, 401);
    assert.equal((await s.h.post('/address', leipzig)).status, 401);
  });

  test('a denial is final and audited', async () => {
    const id = await pendingAddressChange(s);
    const request = await approvalOptions(s.h, s.cookie, id);
    const denied = await s.h.post('/approvals/deny', { id }, { cookie: s.cookie });
    assert.equal((await denied.json()).approval.status, 'denied');
    assert.ok((await events(s)).includes('approval.denied'));
    const credential = await s.device.authenticate(request);
    const late = await s.h.post('/approvals/verify', { id, credential }, { cookie: s.cookie });
    assert.equal(await errorCode(late), 'APPROVAL_CLOSED');
    assert.equal(await errorCode(await s.h.post('/approvals/deny', { id }, { cookie: s.cookie })), 'APPROVAL_CLOSED');
    assert.equal(s.registry.entries[0]!.address.city, 'Berlin');
  });

  test('the inbox lists the member’s pending approvals on another device', async () => {
    const id = await pendingAddressChange(s);
    const phone = newBrowser();
    const phoneCookie = await loginWithPassword(s.h, erika.email, erika.password, { browser: phone });
    const inbox = await (await s.h.get('/approvals', { cookie: phoneCookie, browser: phone })).json();
    assert.deepEqual(inbox.approvals.map((a: { id: string }) => a.id), [id]);
    await s.h.post('/approvals/deny', { id }, { cookie: s.cookie });
    const after = await (await s.h.get('/approvals', { cookie: phoneCookie, browser: phone })).json();
    assert.deepEqual(after.approvals, []);
  });

  test('streams the transaction’s status as server-sent events until it is closed', async () => {
    const id = await pendingAddressChange(s);
    const stream = await s.h.get(`/approvals/events?id=${id}`, { cookie: s.cookie });
    assert.equal(stream.status, 200);
    assert.match(stream.headers.get('Content-Type') ?? '', /^text\/event-stream/);
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    const until = async (pattern: RegExp) => {
      while (!pattern.test(text)) {
        const { done, value } = await reader.read();
        if (done) break;
        text += value;
      }
    };
    await until(/"status":"pending"/);
    assert.match(text, /event: approval\ndata: \{.*"status":"pending"/);
    await approveWithPasskey(s.h, s.cookie, s.device, id);
    await until(/"status":"approved"/);
    assert.match(text, /event: approval\ndata: \{.*"status":"approved".*\}\n\n$/);
    assert.equal((await reader.read()).done, true, 'the stream ends once closed');
  });
});
