import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { audit } from '../stores/audit.js';
import { approveWithPasskey } from '../testing/approve.js';
import {
  approveSetup,
  max,
  pendingAddressChange,
  type ApproveSetup,
} from '../testing/approve-fixtures.js';
import { erika, loginWithPassword, newBrowser, type Browser } from '../testing/harness.js';

async function errorCode(response: Response): Promise<string> {
  return ((await response.json()) as { error: { code: string } }).error.code;
}

interface Handoff {
  link: string;
  shortLink: string;
  number: string;
  expiresAt: string;
  qr: { size: number; modules: string };
}

describe('approve on the phone', () => {
  let s: ApproveSetup;
  let id: string;
  let handoff: Handoff;
  let phone: Browser;
  let phoneCookie: string;
  beforeEach(async () => {
    s = await approveSetup();
    id = await pendingAddressChange(s);
    handoff = await (await s.h.post('/approvals/handoff', { id }, { cookie: s.cookie })).json();
    phone = newBrowser();
    phoneCookie = await loginWithPassword(s.h, erika.email, erika.password, { browser: phone });
  });

  const onPhone = (path: string, body: unknown) =>
    s.h.post(path, body, { cookie: phoneCookie, browser: phone });
  const token = () => new URL(handoff.link).hash.replace('#t=', '');

  test('hands off with a link, a short link, two digits and the QR code of the link', async () => {
    assert.match(handoff.link, /^http:\/\/localhost:5173\/freigabe#t=[A-Za-z0-9_-]{43}$/);
    assert.match(handoff.shortLink, /^http:\/\/localhost:5173\/f\/[A-Z2-9]{6}$/);
    assert.match(handoff.number, /^\d{2}$/);
    assert.equal(handoff.qr.modules.length, handoff.qr.size ** 2);
    assert.match(handoff.qr.modules, /^[01]+$/);
  });

  test('the phone claims once, picks the right number, then approves with the passkey', async () => {
    const claimed = await onPhone('/approvals/claim', { token: token() });
    assert.equal(claimed.status, 200);
    const { approval, choices } = await claimed.json();
    assert.equal(approval.id, id);
    assert.equal(choices.length, 3);
    assert.equal(new Set(choices).size, 3);
    assert.ok(choices.includes(handoff.number));
    assert.equal((await onPhone('/approvals/claim', { token: token() })).status, 404, 'spent');

    const early = await onPhone('/approvals/options', { id });
    assert.equal(await errorCode(early), 'VALIDATION_FAILED', 'the number comes first');
    const picked = await onPhone('/approvals/pick', { id, number: handoff.number });
    assert.equal((await picked.json()).approval.status, 'pending');
    const approved = await approveWithPasskey(s.h, phoneCookie, s.device, id, {}, { browser: phone });
    assert.equal(approved.status, 200);
    assert.equal(s.registry.entries[0]!.address.city, 'Leipzig');
  });

  test('claims with the short link’s code, typed in any case', async () => {
    const code = handoff.shortLink.split('/').pop()!.toLowerCase();
    assert.equal((await onPhone('/approvals/claim', { token: code })).status, 200);
  });

  test('a wrong number picked cancels the transaction: final, audited', async () => {
    const { choices } = await (await onPhone('/approvals/claim', { token: token() })).json();
    const wrong = choices.find((c: string) => c !== handoff.number);
    const picked = await onPhone('/approvals/pick', { id, number: wrong });
    assert.equal((await picked.json()).approval.status, 'cancelled');
    const events = (await s.h.store.use(audit).list({ accountId: s.accountId })).map((e) => e.event);
    assert.ok(events.includes('approval.cancelled'));
    const again = await onPhone('/approvals/pick', { id, number: handoff.number });
    assert.equal(await errorCode(again), 'APPROVAL_CLOSED');
    const options = await s.h.post('/approvals/options', { id }, { cookie: s.cookie });
    assert.equal(await errorCode(options), 'APPROVAL_CLOSED', 'the waiting device cannot either');
    const status = await s.h.post('/approvals/status', { id }, { cookie: s.cookie });
    assert.equal((await status.json()).approval.status, 'cancelled');
  });

  test('another member cannot claim the handoff, nor anyone signed out', async () => {
    const other = newBrowser();
    const maxCookie = await loginWithPassword(s.h, max.email, max.password, { browser: other });
    const claimed = await s.h.post('/approvals/claim', { token: token() }, {
      cookie: maxCookie,
      browser: other,
    });
    assert.equal(await errorCode(claimed), 'NOT_FOUND');
    const signedOut = await s.h.post('/approvals/claim', { token: token() }, { browser: newBrowser() });
    assert.equal(await errorCode(signedOut), 'SESSION_REQUIRED');
    assert.equal((await onPhone('/approvals/claim', { token: token() })).status, 200, 'still live');
  });

  test('a number cannot be picked before the handoff is claimed', async () => {
    const picked = await onPhone('/approvals/pick', { id, number: handoff.number });
    assert.equal(await errorCode(picked), 'VALIDATION_FAILED');
  });
});
