import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { documents } from '../stores/documents.js';
import { approveWithPasskey } from '../testing/approve.js';
import { multipartBody, samplePdf, temporaryDocuments } from '../testing/documents.js';
import { createHarness, erika, loginWithPassword, type Harness } from '../testing/harness.js';
import { addPasskey, authenticator } from '../testing/passkeys.js';
import type { SoftAuthenticator } from '../testing/soft-authenticator.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('document upload of a category that needs an approval', () => {
  let h: Harness;
  let cookie: string;
  let device: SoftAuthenticator;
  let accountId: string;
  let dir: string;
  let cleanup: () => Promise<void>;
  const pdf = samplePdf(40);

  beforeEach(async () => {
    const temp = await temporaryDocuments();
    ({ dir } = temp);
    cleanup = temp.remove;
    h = createHarness({ documents: { store: temp.documents } });
    ({ accountId } = await h.portal.createAccount(erika));
    cookie = await loginWithPassword(h);
    device = authenticator();
    if ((await addPasskey(h, cookie, device)).status !== 200) throw new Error('no passkey');
  });
  afterEach(async () => {
    await cleanup();
  });

  async function apply(): Promise<{
    id: string;
    summary: { de: { lines: { label: string; to: string }[] } };
  }> {
    const { body, contentType } = multipartBody([
      { field: 'category', value: 'application' },
      { field: 'note', value: 'Haushaltshilfe' },
      { file: pdf, filename: 'Antrag.pdf' },
    ]);
    const response = await h.post('/documents', body, { cookie, contentType });
    assert.equal(response.status, 200);
    const answer = await response.json();
    assert.equal(answer.receipt, undefined, 'no receipt before the approval');
    return answer.approval;
  }

  const submission = async (approvalId: string) =>
    h.store.use(documents).byApproval(approvalId, accountId);

  test('answers a pending approval whose summary names each file by name, size and SHA-256', async () => {
    const approval = await apply();
    assert.equal((approval as unknown as { kind: string }).kind, 'document-upload');
    const line = approval.summary.de.lines.find((l) => l.label === 'Datei 1');
    assert.ok(line?.to.startsWith('Antrag.pdf, '));
    assert.ok(line?.to.endsWith(`SHA-256 ${sha256(pdf)}`));
    assert.equal((await submission(approval.id))?.status, 'pending');
    const receipt = await h.post('/documents/receipt', { approvalId: approval.id }, { cookie });
    assert.equal(receipt.status, 404, 'no receipt while it waits');
  });

  test('once approved, the submission is accepted and its receipt names the approval', async () => {
    const approval = await apply();
    assert.equal((await approveWithPasskey(h, cookie, device, approval.id)).status, 200);
    const response = await h.post('/documents/receipt', { approvalId: approval.id }, { cookie });
    assert.equal(response.status, 200);
    const { receipt } = await response.json();
    assert.equal(receipt.approvalId, approval.id);
    assert.equal(receipt.category, 'application');
    assert.deepEqual(receipt.files, [
      { name: 'Antrag.pdf', type: 'application/pdf', size: pdf.length, sha256: sha256(pdf) },
    ]);
    const meta = JSON.parse(
      await readFile(join(dir, receipt.reference, 'submission.json'), 'utf8'),
    );
    assert.equal(meta.status, 'accepted');
    assert.equal(meta.approvalId, approval.id);
  });

  test('a denied approval removes the submission’s files and its row', async () => {
    const approval = await apply();
    const reference = (await submission(approval.id))!.reference;
    assert.ok((await readdir(dir)).includes(reference));
    assert.equal((await h.post('/approvals/deny', { id: approval.id }, { cookie })).status, 200);
    assert.equal(await submission(approval.id), null);
    assert.deepEqual(await readdir(dir), ['.incoming']);
  });

  test('an expired approval’s submission is removed by the sweep', async () => {
    const approval = await apply();
    h.clock.advance(301 + 5 * 60);
    await h.portal.sweep();
    assert.equal(await submission(approval.id), null);
    assert.deepEqual(await readdir(dir), ['.incoming']);
  });
});
