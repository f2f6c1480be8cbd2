import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { ApprovalReceipt } from '@portalkit/protocol';
import { verifyApprovalReceipt } from '../index.js';
import { credentials } from '../stores/credentials.js';
import { approveWithPasskey } from '../testing/approve.js';
import { approveSetup, pendingAddressChange, type ApproveSetup } from '../testing/approve-fixtures.js';

const run = promisify(execFile);
const cli = fileURLToPath(new URL('../cli/verify-receipt.ts', import.meta.url));

/** A receipt changed by `change`, the original left as it was. */
function changed(receipt: ApprovalReceipt, change: (copy: ApprovalReceipt) => void): ApprovalReceipt {
  const copy = structuredClone(receipt);
  change(copy);
  return copy;
}

describe('approval receipt', () => {
  let s: ApproveSetup;
  let receipt: ApprovalReceipt;
  let publicKey: Uint8Array;
  let otherKey: Uint8Array;
  let dir: string;
  before(async () => {
    s = await approveSetup();
    const id = await pendingAddressChange(s);
    assert.equal((await approveWithPasskey(s.h, s.cookie, s.device, id)).status, 200);
    const answer = await s.h.post('/approvals/receipt', { id }, { cookie: s.cookie });
    assert.equal(answer.status, 200);
    receipt = (await answer.json()).receipt;
    const [mine] = await s.h.store.use(credentials).list(s.accountId);
    publicKey = mine!.publicKey;
    const { passkeys } = await (await s.h.get('/passkeys', { cookie: s.maxCookie })).json();
    const theirs = await s.h.store.use(credentials).find(passkeys[0].id);
    otherKey = theirs!.publicKey;
    dir = await mkdtemp(join(tmpdir(), 'portalkit-receipt-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('proves that this passkey signed exactly this summary and payload', async () => {
    const result = await verifyApprovalReceipt(receipt, publicKey);
    assert.equal(result.verified, true);
    assert.ok(result.verified);
    assert.equal(result.kind, 'address-change');
    assert.equal(result.summary.de.title, 'Neue Anschrift');
    assert.equal(result.origin, 'http://localhost:5173');
    const base64url = Buffer.from(publicKey).toString('base64url');
    assert.equal((await verifyApprovalReceipt(receipt, base64url)).verified, true);
  });

  test('fails for a changed summary, in either language', async () => {
    for (const change of [
      (r: ApprovalReceipt) => (r.summary.de.lines[1]!.to = '04109 Halle'),
      (r: ApprovalReceipt) => (r.summary.en.title = 'Nothing important'),
    ]) {
      const result = await verifyApprovalReceipt(changed(receipt, change), publicKey);
      assert.deepEqual([result.verified, !result.verified && result.reason], [false, 'challenge']);
    }
  });

  test('fails for a changed payload, and for another transaction id or nonce', async () => {
    const payload = changed(receipt, (r) => {
      (r.payload as { to: { city: string } }).to.city = 'Halle';
    });
    for (const tampered of [
      payload,
      changed(receipt, (r) => (r.id = 'another-transaction')),
      changed(receipt, (r) => (r.nonce = Buffer.alloc(32).toString('base64url'))),
      changed(receipt, (r) => (r.kind = 'bank-details')),
    ]) {
      assert.equal((await verifyApprovalReceipt(tampered, publicKey)).verified, false);
    }
  });

  test('fails for a changed signature or authenticator data', async () => {
    const flip = (value: string) => {
      const bytes = Buffer.from(value, 'base64url');
      bytes[bytes.length - 1]! ^= 1;
      return bytes.toString('base64url');
    };
    const signature = changed(receipt, (r) => (r.assertion.signature = flip(r.assertion.signature)));
    const data = changed(receipt, (r) => {
      r.assertion.authenticatorData = flip(r.assertion.authenticatorData);
    });
    for (const tampered of [signature, data]) {
      const result = await verifyApprovalReceipt(tampered, publicKey);
      assert.deepEqual([result.verified, !result.verified && result.reason], [false, 'signature']);
    }
  });

  test('fails for another public key', async () => {
    const result = await verifyApprovalReceipt(receipt, otherKey);
    assert.deepEqual([result.verified, !result.verified && result.reason], [false, 'signature']);
    const carried = changed(receipt, (r) => {
      r.credential.publicKey = Buffer.from(otherKey).toString('base64url');
    });
    assert.equal((await verifyApprovalReceipt(carried, otherKey)).verified, false);
  });

  test('portalkit-verify-receipt checks a receipt file offline', async () => {
    const file = join(dir, 'receipt.json');
    await writeFile(file, JSON.stringify(receipt, null, 2));
    const key = Buffer.from(publicKey).toString('base64url');
    const node = [process.execPath, '--conditions=@portalkit/source', '--import', 'tsx', cli];
    const ok = await run(node[0]!, [...node.slice(1), file, '--public-key', key]);
    assert.match(ok.stdout, /^VERIFIED/);
    assert.match(ok.stdout, /Straße und Hausnummer: Lindenallee 5 → Nikolaistraße 12/);

    const tampered = join(dir, 'tampered.json');
    await writeFile(
      tampered,
      JSON.stringify(changed(receipt, (r) => (r.summary.de.lines[0]!.to = 'Hauptstraße 1'))),
    );
    await assert.rejects(run(node[0]!, [...node.slice(1), tampered]), (error: { code: number; stdout: string }) => {
      assert.equal(error.code, 1);
      assert.match(error.stdout, /^NOT VERIFIED \(challenge\)/);
      return true;
    });
    await assert.rejects(run(node[0]!, node.slice(1)), { code: 2 });
  });
});
