import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApprovalPickRequest, ApprovalReceipt, ApprovalView } from './approve.js';

const summary = {
  de: { title: 'Neue Anschrift', lines: [{ label: 'Ort', from: 'Berlin', to: 'Leipzig' }] },
  en: { title: 'New address', lines: [{ label: 'City', from: null, to: 'Leipzig' }] },
};

test('an approval view carries the summary in both languages and a known status', () => {
  const view = {
    id: 'a1',
    kind: 'address-change',
    summary,
    status: 'pending',
    createdAt: '2026-11-26T13:03:00.000Z',
    expiresAt: '2026-11-26T13:08:00.000Z',
  };
  assert.equal(ApprovalView.safeParse(view).success, true);
  assert.equal(ApprovalView.safeParse({ ...view, status: 'done' }).success, false);
  assert.equal(ApprovalView.safeParse({ ...view, summary: { de: summary.de } }).success, false);
});

test('a picked number is at most two characters', () => {
  assert.equal(ApprovalPickRequest.safeParse({ id: 'a1', number: '42' }).success, true);
  assert.equal(ApprovalPickRequest.safeParse({ id: 'a1', number: '420' }).success, false);
});

test('a receipt names its format and carries the assertion', () => {
  const receipt = {
    format: 'portalkit-approval-receipt/1',
    id: 'a1',
    kind: 'address-change',
    payload: { to: { city: 'Leipzig' } },
    summary,
    createdAt: '2026-11-26T13:03:00.000Z',
    approvedAt: '2026-11-26T13:04:00.000Z',
    nonce: 'bm9uY2U',
    rp: { id: 'localhost', origins: ['http://localhost:5173'] },
    credential: { id: 'Y3JlZA', publicKey: 'a2V5' },
    assertion: { authenticatorData: 'YQ', clientDataJSON: 'Yw', signature: 'cw' },
  };
  assert.equal(ApprovalReceipt.safeParse(receipt).success, true);
  assert.equal(ApprovalReceipt.safeParse({ ...receipt, format: 'other/1' }).success, false);
  const { assertion: _, ...unsigned } = receipt;
  assert.equal(ApprovalReceipt.safeParse(unsigned).success, false);
});
