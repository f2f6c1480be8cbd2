import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { approveWithPasskey } from '../testing/approve.js';
import {
  approveSetup,
  leipzig,
  pendingAddressChange,
  type ApproveSetup,
} from '../testing/approve-fixtures.js';
import { createHarness, erika, loginWithPassword } from '../testing/harness.js';

async function fields(response: Response): Promise<Record<string, string>> {
  return ((await response.json()) as { error: { fields: Record<string, string> } }).error.fields;
}

describe('address change', () => {
  let s: ApproveSetup;
  beforeEach(async () => {
    s = await approveSetup();
  });

  test('shows the registry’s current address', async () => {
    const response = await s.h.get('/address', { cookie: s.cookie });
    assert.deepEqual(await response.json(), {
      address: { street: 'Lindenallee', houseNumber: '5', postcode: '10115', city: 'Berlin' },
    });
  });

  test('splits a house number kept in the street', async () => {
    s.registry.entries[0]!.address = { street: 'Am Markt 3a', postcode: '10115', city: 'Berlin' };
    const { address } = await (await s.h.get('/address', { cookie: s.cookie })).json();
    assert.deepEqual([address.street, address.houseNumber], ['Am Markt', '3a']);
  });

  test('checks postcode, house number and the date before storing anything', async () => {
    const response = await s.h.post(
      '/address',
      { ...leipzig, postcode: '4109', houseNumber: 'zwölf', validFrom: '2030-01-01' },
      { cookie: s.cookie },
    );
    assert.equal(response.status, 400);
    assert.deepEqual(await fields(response), {
      postcode: 'format',
      houseNumber: 'format',
      validFrom: 'tooLate',
    });
    assert.deepEqual((await (await s.h.get('/approvals', { cookie: s.cookie })).json()).approvals, []);
  });

  test('once approved: the registry changed, a letter to the old and one to the new address', async () => {
    const id = await pendingAddressChange(s);
    assert.equal((await approveWithPasskey(s.h, s.cookie, s.device, id)).status, 200);
    const letters = s.h.mail.messages.filter((m) => m.template === 'address-changed');
    assert.deepEqual(
      letters.map((m) => [m.channel, m.to]),
      [
        ['letter', 'Lindenallee 5, 10115 Berlin'],
        ['letter', 'Nikolaistraße 12, 04109 Leipzig'],
      ],
    );
    assert.deepEqual(letters[0]?.addressLines, ['Erika Mustermann', 'Lindenallee 5', '10115 Berlin']);
    assert.match(letters[0]!.text, /Straße und Hausnummer: Lindenallee 5 → Nikolaistraße 12/);
    assert.match(letters[0]!.text, /Gültig ab: 26\.11\.2026/);
  });

  test('later letters go to the new address, its house number in the address block', async () => {
    const id = await pendingAddressChange(s);
    await approveWithPasskey(s.h, s.cookie, s.device, id);
    await s.h.post('/forgot-password/code', { identifier: erika.kvnr, channel: 'letter' });
    const letter = s.h.mail.messages.find((m) => m.template === 'reset-letter');
    assert.deepEqual(letter?.letter?.addressLines, [
      'Erika Mustermann',
      'Nikolaistraße 12',
      '04109 Leipzig',
    ]);
  });

  test('the routes are off without the registry’s address change', async () => {
    const h = createHarness();
    await h.portal.createAccount(erika);
    const cookie = await loginWithPassword(h);
    assert.equal((await h.get('/address', { cookie })).status, 404);
    assert.equal((await h.post('/address', leipzig, { cookie })).status, 404);
  });
});

describe('bank details', () => {
  let s: ApproveSetup;
  beforeEach(async () => {
    s = await approveSetup();
  });

  test('shows the current details masked, with the bank’s name', async () => {
    const response = await s.h.get('/bank-details', { cookie: s.cookie });
    assert.deepEqual(await response.json(), {
      bankDetails: {
        holder: 'Erika Mustermann',
        iban: 'DE89 •••• •••• •••• ••30 00',
        bankName: 'Commerzbank',
      },
    });
  });

  test('refuses an IBAN of the wrong length or check digits', async () => {
    for (const [iban, problem] of [
      ['DE89 3704 0044 0532 0130', 'length'],
      ['DE88 3704 0044 0532 0130 00', 'checksum'],
    ] as const) {
      const response = await s.h.post('/bank-details', { holder: 'Erika Mustermann', iban }, {
        cookie: s.cookie,
      });
      assert.deepEqual(await fields(response), { iban: problem }, iban);
    }
  });

  test('once approved: the registry changed, an e-mail and a letter, the IBAN masked in both', async () => {
    const response = await s.h.post(
      '/bank-details',
      { holder: 'Erika Mustermann', iban: 'de02 1203 0000 0000 2020 51' },
      { cookie: s.cookie },
    );
    const { approval } = await response.json();
    assert.deepEqual(approval.summary.de.lines[1], {
      label: 'IBAN',
      from: 'DE89 •••• •••• •••• ••30 00',
      to: 'DE02 1203 0000 0000 2020 51',
    });
    assert.equal(approval.summary.en.lines[2].label, 'Bank');
    assert.equal((await approveWithPasskey(s.h, s.cookie, s.device, approval.id)).status, 200);
    assert.deepEqual(s.registry.entries[0]!.bankDetails, {
      holder: 'Erika Mustermann',
      iban: 'DE02120300000000202051',
    });
    const notices = s.h.mail.messages.filter((m) => m.template === 'bank-details-changed');
    assert.deepEqual(notices.map((m) => m.channel).sort(), ['email', 'letter']);
    for (const notice of notices) {
      assert.doesNotMatch(notice.text, /1203 0000 0000 2020/);
      assert.match(notice.text, /DE02 •••• •••• •••• ••20 51/);
    }
  });
});
