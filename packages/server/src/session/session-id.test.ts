import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSessionId, randomId } from './session-id.js';

test('hands out distinct 256-bit ids across refills of the random pool', () => {
  const ids = Array.from({ length: 1000 }, randomId);
  assert.equal(new Set(ids).size, ids.length);
  assert.ok(ids.every(isSessionId));
  // No id shares a 32-byte slice with another: bytes are never handed out twice.
  const bytes = ids.map((id) => Buffer.from(id, 'base64url').toString('hex'));
  assert.equal(new Set(bytes).size, bytes.length);
});
