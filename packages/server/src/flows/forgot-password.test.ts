import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseResetCode, type ResetChannel } from '@portalkit/protocol';
import { toString as qrCode } from 'qrcode';
import { renderNotice } from '../notices/templates.js';
import { accounts } from '../stores/accounts.js';
import { audit } from '../stores/audit.js';
import { createMemoryStore } from '../stores/memory.js';
import {
  askForCode,
  codeMessages,
  erikaPhone,
  lastCode,
  resetPortal,
} from '../testing/forgot-password.js';
import { createHarness, erika, kvnr, overridePart, type Harness } from '../testing/harness.js';
import { maskEmail, maskPhone } from './forgot-password-hints.js';

async function events(h: Harness): Promise<string[]> {
  return (await h.store.use(audit).list()).map((e) => e.event).reverse();
}

/** The whole answer as text: status, every header (Set-Cookie too), body. */
async function whole(response: Response): Promise<string> {
  return JSON.stringify([response.status, [...response.headers], await response.text()]);
}

describe('forgot password: asking for a code', () => {
  test('answers known and unknown identifiers, channels and limits byte for byte alike', async () => {
    const { h } = await resetPortal();
    const plain = await resetPortal();
    await plain.h.portal.createAccount({
      ...erika,
      kvnr: kvnr(),
      email: 'ohne.telefon@example.de',
    });
    const answers = [
      await askForCode(h),
      await askForCode(h, erika.kvnr, 'sms', { clientAddress: '192.0.2.11' }),
      await askForCode(h, 'niemand@example.de'),
      await askForCode(h, kvnr(), 'sms'),
      await askForCode(h, erika.email, 'email', { clientAddress: '192.0.2.12' }), // too soon
      await askForCode(plain.h, 'ohne.telefon@example.de', 'sms'), // no phone
    ];
    const [known, ...others] = await Promise.all(answers.map(whole));
    assert.equal(
      known,
      JSON.stringify([200, [...answers[0]!.headers], '{"code":"requested","resendAfter":60}']),
    );
    for (const other of others) assert.equal(other, known);
    assert.equal(answers[0]!.headers.getSetCookie().length, 0);
    assert.deepEqual(await events(h), [
      'forgot-password.code.email-sent',
      'forgot-password.code.too-soon',
      'forgot-password.code.unknown',
      'forgot-password.code.unknown',
      'forgot-password.code.too-soon',
    ]);
    assert.deepEqual(await events(plain.h), ['forgot-password.code.no-phone']);
    assert.equal(codeMessages(h).length, 1);
    assert.equal(plain.h.mail.messages.length, 0);
  });

  test('answers before the account is looked up, so its time cannot show', async () => {
    let lookups = 0;
    const store = overridePart(createMemoryStore(), accounts, (original) => ({
      findByEmail: async (email) => {
        lookups++;
        return original.findByEmail(email);
      },
    }));
    const { h } = await resetPortal({ store });
    lookups = 0;
    const response = await askForCode(h, erika.email, 'email', { settle: false });
    assert.equal(lookups, 0, 'not looked up before the answer');
    assert.equal(await response.text(), '{"code":"requested","resendAfter":60}');
    await h.portal.settled();
    assert.equal(lookups, 1);
    assert.equal(codeMessages(h).length, 1);
  });

  test('e-mails a 6-digit code, valid for 10 minutes', async () => {
    const { h } = await resetPortal();
    await askForCode(h, erika.kvnr);
    const [message] = h.mail.messages;
    assert.equal(message?.channel, 'email');
    assert.equal(message?.to, erika.email);
    assert.equal(message?.template, 'reset-code');
    assert.equal(message?.subject, 'Ihr Code für ein neues Passwort');
    const code = lastCode(h);
    assert.ok(message?.text.includes(`Ihr Code: ${code}\nEr gilt 10 Minuten und nur einmal.`));
    assert.ok(message?.text.startsWith('Guten Tag Erika Mustermann,'));
  });

  test('texts the code to the verified mobile number, ending with its origin-bound line', async () => {
    const { h } = await resetPortal();
    await askForCode(h, erika.email, 'sms');
    const [sms] = h.mail.messages;
    assert.equal(sms?.channel, 'sms');
    assert.equal(sms?.to, erikaPhone);
    const code = lastCode(h);
    const lines = sms?.text.split('\n') ?? [];
    assert.equal(
      lines.at(-1),
      `@localhost #${code}`,
      'WebOTP: @<rp.id> #<code> on its own last line',
    );
    assert.ok(lines[0]?.startsWith(`Testkasse: Ihr Code für ein neues Passwort lautet ${code}.`));
    assert.ok((sms?.text.length ?? 0) <= 160, 'one SMS');
  });

  test('sends a letter to the registered address, its QR code opening the reset page', async () => {
    const { h } = await resetPortal();
    const answer = await askForCode(h, erika.kvnr, 'letter');
    assert.deepEqual(await answer.json(), { code: 'requested', resendAfter: 0 });
    const [letter] = h.mail.messages;
    assert.ok(letter?.letter);
    assert.equal(letter.template, 'reset-letter');
    assert.deepEqual(letter.letter.addressLines, [
      'Erika Mustermann',
      'Heidestraße 17',
      '10115 Berlin',
    ]);
    assert.equal(letter.letter.activationUrl, 'http://localhost:5173/passwort-vergessen');
    assert.ok(letter.text.includes(`Ihr Code: ${letter.letter.code}`));
    assert.ok(letter.text.includes('Gültig bis: 26.12.2026'), 'a letter’s code lives 30 days');
    const code = parseResetCode(letter.letter.code);
    assert.ok(code.ok && code.kind === 'letter');
    // The same text gives the same symbol: the printed QR code encodes exactly this link.
    const link = `http://localhost:5173/passwort-vergessen#code=${code.value}`;
    const expected = await qrCode(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
    assert.equal(letter.letter.qrSvg, expected);
  });

  test('sends no letter without a registry that can find members, and says why', async () => {
    const h = createHarness({ members: { verify: async () => null } });
    await h.portal.createAccount(erika);
    const answer = await askForCode(h, erika.kvnr, 'letter');
    assert.deepEqual(await answer.json(), { code: 'requested', resendAfter: 0 });
    assert.equal(h.mail.messages.length, 0);
    assert.deepEqual(await events(h), ['forgot-password.code.channel-off']);
    assert.throws(
      () => createHarness({ forgotPassword: { channels: ['letter'] } }),
      /a letter needs members\.find/,
    );
  });

  test('sends at most 3 codes an hour per account, none within 60 s of the last', async () => {
    const { h } = await resetPortal();
    const steps: [number, ResetChannel][] = [
      [0, 'email'],
      [59, 'sms'], // too soon
      [2, 'sms'],
      [61, 'email'],
      [61, 'email'], // the fourth in the hour
    ];
    for (const [seconds, channel] of steps) {
      h.clock.advance(seconds);
      const answer = await askForCode(h, erika.kvnr, channel, {
        clientAddress: `192.0.2.${seconds}`,
      });
      assert.equal(answer.status, 200);
    }
    assert.deepEqual(
      codeMessages(h).map((m) => m.channel),
      ['email', 'sms', 'email'],
    );
    assert.deepEqual((await events(h)).slice(1, 2), ['forgot-password.code.too-soon']);
    assert.equal((await events(h)).at(-1), 'forgot-password.code.account-limit');
    h.clock.advance(3600);
    await askForCode(h);
    assert.equal(codeMessages(h).length, 4, 'the next hour');
  });

  test('limits code requests per client, for known and unknown identifiers alike', async () => {
    const { h } = await resetPortal({ forgotPassword: { maxRequestsPerClient: 3 } });
    const identifiers = [erika.email, 'niemand@example.de', kvnr()];
    for (const identifier of identifiers)
      assert.equal((await askForCode(h, identifier)).status, 200);
    for (const identifier of identifiers) {
      const refused = await askForCode(h, identifier);
      assert.equal(refused.status, 429);
      assert.equal(refused.headers.get('Retry-After'), '3600');
      assert.equal((await refused.json()).error.code, 'RATE_LIMITED');
    }
    assert.equal(
      (await askForCode(h, erika.email, 'email', { clientAddress: '198.51.100.7' })).status,
      200,
    );
  });

  test('refuses a malformed identifier before counting or looking anything up', async () => {
    const { h } = await resetPortal();
    const response = await askForCode(h, 'A123');
    assert.equal(response.status, 400);
    assert.deepEqual(await response.json(), {
      error: { code: 'VALIDATION_FAILED', fields: { identifier: 'kvnrFormat' } },
    });
    assert.deepEqual(await events(h), []);
  });

  test('masks where notices go: first character and domain, country code and last two digits', () => {
    assert.equal(maskEmail('erika.mustermann@example.de'), 'e•••@example.de');
    assert.equal(maskPhone('+4915112345612'), '+49 ••• ••• ••12');
    assert.equal(maskPhone('+12025550123'), '+1 ••• ••• ••23');
    assert.equal(maskPhone('+352621123456'), '+352 ••• ••• ••56');
  });
  test('words the notices in German and English; an SMS code ends with its line in both', () => {
    const data = {
      recipientName: 'Erika Mustermann',
      insurerName: 'Testkasse',
      at: Date.UTC(2026, 10, 26, 13, 3),
      code: '042917',
      validMinutes: 10,
      validUntil: Date.UTC(2026, 11, 26),
      activationUrl: 'https://meine.example-bkk.de/passwort-vergessen',
      failures: 5,
      rpId: 'meine.example-bkk.de',
    };
    const templates = [
      'reset-code',
      'reset-letter',
      'reset-code-locked',
      'password-changed',
    ] as const;
    for (const locale of ['de', 'en'] as const) {
      const subjects = templates.map((t) => renderNotice(t, locale, data).subject);
      assert.equal(
        new Set(subjects).size,
        3,
        'code e-mail and letter share one',
      );
      for (const template of ['reset-code', 'password-changed'] as const) {
        const sms = renderNotice(template, locale, data, 'sms').text;
        assert.ok(sms.startsWith('Testkasse: '), sms);
        assert.ok(sms.length <= 160, `${template} ${locale}: one SMS`);
      }
      const code = renderNotice('reset-code', locale, data, 'sms').text.split('\n');
      assert.equal(code.at(-1), '@meine.example-bkk.de #042917');
      const validUntil = locale === 'de' ? 'Gültig bis: 26.12.2026' : 'Valid until: 26/12/2026';
      assert.ok(renderNotice('reset-letter', locale, data).text.includes(validUntil));
    }
    assert.throws(() => renderNotice('reset-code-locked', 'de', data, 'sms'), /no SMS wording/);
  });
});
