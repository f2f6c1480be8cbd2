import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hashPassword } from './hash.js';
import { isCommonPassword } from './common.js';
import { checkNewPassword } from './policy.js';

const context = {
  kvnr: 'A123456780',
  email: 'erika.mustermann@example.de',
  name: 'Erika Mustermann',
  username: 'erika.mustermann@example.de',
};

describe('checkNewPassword', () => {
  test('accepts a long, uncommon passphrase', async () => {
    assert.deepEqual(await checkNewPassword('modern', 'Lindenblüte im Juni 24', context, []), {
      ok: true,
      failed: [],
    });
  });

  test('rejects common passwords, also with digits or symbols appended', async () => {
    for (const password of [
      'qwertyuiop123',
      '1q2w3e4r5t6y',
      'Passwort12345!',
      'Sonnenschein2024',
    ]) {
      const result = await checkNewPassword('modern', password, {}, []);
      assert.deepEqual(result.failed, ['notCommon'], password);
    }
  });

  test('uses the English common-password list and the German word list', async () => {
    assert.equal(await isCommonPassword('iloveyou'), true);
    assert.equal(await isCommonPassword('Entschuldigung'), true);
    assert.equal(await isCommonPassword('Regenschirm am Rhein 51'), false);
  });

  test('rejects passwords built from the member’s own data', async () => {
    const result = await checkNewPassword('modern', 'MustermannSommer!9', context, []);
    assert.deepEqual(result.failed, ['notContextual']);
  });

  test('rejects each of the last ten passwords, not the eleventh', async () => {
    const passwords = Array.from({ length: 11 }, (_, i) => `Altes Kennwort Nr ${i}`);
    // Newest first, as the store lists them.
    const history = await Promise.all(passwords.map(hashPassword));
    const recent = await checkNewPassword('modern', passwords[9]!, context, history);
    assert.deepEqual(recent.failed, ['notRecent']);
    const older = await checkNewPassword('modern', passwords[10]!, context, history);
    assert.equal(older.ok, true);
  });

  test('applies the classic rules, the history included', async () => {
    const history = [await hashPassword('Sommer-Regen-2023')];
    const result = await checkNewPassword('classic', 'Sommer-Regen-2023', context, history);
    assert.deepEqual(result.failed, ['notRecent']);
    const weak = await checkNewPassword('classic', 'nurkleinbuchstaben', context, []);
    assert.deepEqual(weak.failed, ['upper', 'digit', 'special']);
  });
});
