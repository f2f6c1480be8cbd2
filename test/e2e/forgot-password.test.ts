import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { demoMembers, demoRegistrants, type DemoMember } from '../../demo-server/src/members.js';
import { texts } from '../../demo-server/src/i18n.js';
import { formatPhone } from '../../demo-server/src/sms.js';
import { axeViolations, describeViolations } from '../support/axe.js';
import { openDemoSite, type DemoSite } from '../support/demo-site.js';
import { expect } from '../support/expect.js';
import {
  ForgotPasswordPage,
  readEmailCode,
  readOutbox,
  resetWords,
} from '../support/forgot-password-page.js';
import { holdAutofillOptions, LoginPage, words, type Lang } from '../support/login-page.js';
import { VirtualAuthenticator } from '../support/virtual-authenticator.js';

// A member who forgot the password gets a new one (issue 19): a code by e-mail or SMS read from
// the demo's outbox, or the passkey they still have; then the new password, signed in at once,
// every other session ended. The same screens whether or not the account exists. Each member has
// one reset here: the server sends an account at most one code a minute.

const [erika, max, hans] = demoMembers as [DemoMember, DemoMember, DemoMember];
const [jonas] = demoRegistrants;

let site: DemoSite;

before(async () => {
  site = await openDemoSite();
});
after(() => site?.close());

/** A browser of its own (its own cookies), as a member's device; CSP reports collected. */
async function device(): Promise<{ context: BrowserContext; page: Page; csp: string[] }> {
  const context = await site.chromium.browser.newContext();
  const page = await context.newPage();
  const csp: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) csp.push(message.text());
  });
  return { context, page, csp };
}

/** The newest message of `channel` to `to` in the demo's outbox (see `readOutbox`). */
const outboxMessage = (
  channel: 'email' | 'sms' | 'letter',
  to: string,
  options?: Parameters<typeof readOutbox>[4],
) => readOutbox(site.chromium.browser, site.demo.url, channel, to, options);

async function assertAccessible(page: Page, what: string): Promise<void> {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `${what}:\n${describeViolations(violations)}`);
}

async function sessionOf(page: Page): Promise<{ signedIn: boolean; method?: string }> {
  return page.evaluate(async () => (await fetch('/portal/session')).json());
}

/** Signs in with a password in a browser of its own; the caller checks how that went. */
async function signIn(identifier: string, password: string, lang: Lang = 'de') {
  const { context, page } = await device();
  const login = new LoginPage(page, lang);
  await login.open(site.demo.url);
  await login.loginWithPassword(identifier, password);
  return { context, page, login };
}

/** On the account page, signed in, told that the new password is saved. */
async function assertSignedInAfterReset(page: Page, member: DemoMember, lang: Lang): Promise<void> {
  await page.waitForURL((url) => url.pathname === '/konto');
  await page.getByRole('heading', { name: texts[lang].greeting(member.displayName) }).waitFor();
  const notice = page.getByRole('status').filter({ hasText: texts[lang].passwordChangedNotice });
  assert.equal(await notice.count(), 1, 'the overview says the new password is saved');
  assert.equal((await sessionOf(page)).signedIn, true);
}

/** The old password is refused, the new one signs in. */
async function assertPasswordChanged(member: DemoMember, newPassword: string): Promise<void> {
  const old = await signIn(member.kvnr, member.password);
  await old.login.expectSummary(words.de.credentialsInvalid);
  await old.context.close();
  const fresh = await signIn(member.email, newPassword);
  await fresh.page.waitForURL((url) => url.pathname === '/konto');
  await fresh.context.close();
}

describe('forgot password', () => {
  test('by an e-mail code, with the keyboard alone: signed in with the new password, the old one refused, another device signed out, a notice on every channel', async () => {
    // Another device where Erika is signed in before the reset.
    const other = await signIn(erika.kvnr, erika.password);
    await other.page.waitForURL((url) => url.pathname === '/konto');

    const { context, page, csp } = await device();
    const reset = new ForgotPasswordPage(page, 'de');
    const keys = page.keyboard;
    /** Presses Tab until the focused control is the one named (at most 20 times). */
    async function tabTo(name: string): Promise<void> {
      for (let i = 0; i < 20; i++) {
        await keys.press('Tab');
        const focused = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          const input = element as HTMLInputElement | null;
          return (input?.labels?.[0]?.textContent ?? element?.textContent ?? '').trim();
        });
        if (focused.startsWith(name)) return;
      }
      assert.fail(`Tab never reached "${name}"`);
    }
    try {
      // From the sign-in page, by its link.
      const login = new LoginPage(page);
      await login.open(site.demo.url);
      await tabTo(resetWords.de.forgotLink);
      await keys.press('Enter');
      await page.waitForURL((url) => url.pathname === '/passwort-vergessen');
      await reset.step('identify');
      await assertAccessible(page, 'identify step');

      await tabTo(resetWords.de.identifier);
      await keys.type(erika.kvnr);
      await keys.press('Enter');
      await reset.step('method');
      // Focus moves to the new step's heading, so the next Tab starts from there.
      await expect(
        () => page.evaluate(() => /^H[1-6]$/.test(document.activeElement?.tagName ?? '')),
        (onHeading) => onHeading,
        "focus on the method step's heading",
      );
      await assertAccessible(page, 'method step');

      // The first method is e-mail: Tab reaches it, Space chooses it.
      await tabTo(resetWords.de.email);
      await keys.press('Space');
      assert.equal(await reset.method('email').isChecked(), true);
      await tabTo(resetWords.de.methodSubmit);
      await keys.press('Enter');
      await reset.step('code');
      await assertAccessible(page, 'code step');

      const code = await readEmailCode(site.chromium.browser, site.demo.url, erika.email);

      // A wrong code first: told so, in the summary and at the field.
      const wrong = code.slice(0, 5) + String((Number(code[5]) + 1) % 10);
      await tabTo(resetWords.de.code);
      await keys.type(wrong);
      await keys.press('Enter');
      await reset.expectSummary(resetWords.de.codeInvalid);
      assert.equal(await reset.code.getAttribute('aria-invalid'), 'true');
      await assertAccessible(page, 'code step with a wrong code');

      // The right one, typed as a member might read it out: with a space in the middle. (Tab
      // into the field selects what is there, so typing replaces the wrong code.)
      await tabTo(resetWords.de.code);
      await keys.type(`${code.slice(0, 3)} ${code.slice(3)}`);
      await keys.press('Enter');
      await reset.step('password');
      // Where the notice of the change will go, masked.
      const text = await reset.element.innerText();
      assert.match(text, /e•+@example\.de/);
      assert.match(text, new RegExp(`•+${erika.phone.slice(-2)}`));
      assert.doesNotMatch(text, new RegExp(erika.email.replace('.', '\\.')));
      await assertAccessible(page, 'password step');

      const newPassword = 'Kirschblüte am Wannsee 63';
      await tabTo(resetWords.de.newPassword);
      await keys.type(newPassword);
      await keys.press('Enter');
      await assertSignedInAfterReset(page, erika, 'de');
      assert.deepEqual(csp, []);

      // The other device's session ended: its next visit to the account page shows the sign-in.
      await other.page.goto(`${site.demo.url}/konto`);
      assert.equal(new URL(other.page.url()).pathname, '/');
      await other.page.locator('pk-login form').waitFor();
      assert.equal((await sessionOf(other.page)).signedIn, false);
      await other.context.close();

      // A notice on every channel the account has: e-mail, and SMS to the mobile number.
      const notice = await outboxMessage('email', erika.email, {
        part: '.email-body',
        accept: (t) => !t.includes(code),
      });
      assert.doesNotMatch(notice, /\b\d{6}\b/, 'the notice carries no code');
      await outboxMessage('sms', formatPhone(erika.phone));

      await assertPasswordChanged(erika, newPassword);
    } finally {
      await context.close();
    }
  });

  test('by an SMS code, in English: the text ends with the WebOTP line for this site', async () => {
    const { context, page, csp } = await device();
    const reset = new ForgotPasswordPage(page, 'en');
    try {
      await reset.open(site.demo.url);
      await assertAccessible(page, 'identify step (en)');
      await reset.identify(hans.email);
      await assertAccessible(page, 'method step (en)');
      await reset.requestCode('sms');
      await assertAccessible(page, 'code step (en)');

      // The SMS as the phone shows it; its last line lets the phone offer the code (WebOTP).
      const sms = await outboxMessage('sms', formatPhone(hans.phone), { part: '.sms-bubble' });
      const lastLine = sms.trim().split('\n').at(-1)!.trim();
      const webOtp = /^@localhost #(\d{6})$/.exec(lastLine);
      assert.ok(webOtp, `the SMS's last line is "@localhost #<code>": ${JSON.stringify(sms)}`);
      assert.ok(
        sms.split('\n').slice(0, -1).join(' ').includes(webOtp[1]!),
        'the code in the text too',
      );
      const code = webOtp[1]!;

      await reset.enterCode(code);
      await reset.step('password');
      assert.match(await reset.element.innerText(), new RegExp(`•+${hans.phone.slice(-2)}`));
      await assertAccessible(page, 'password step (en)');
      const newPassword = 'Kettle on the windowsill 48';
      await reset.setPassword(newPassword);
      await assertSignedInAfterReset(page, hans, 'en');
      await assertAccessible(page, 'account page after the reset (en)');
      assert.deepEqual(csp, []);
      await assertPasswordChanged(hans, newPassword);
    } finally {
      await context.close();
    }
  });

  test('with the passkey the member added earlier: no code, straight to the new password', async () => {
    const { context, page, csp } = await device();
    const authenticator = await VirtualAuthenticator.attach(page);
    try {
      const login = new LoginPage(page);
      await login.open(site.demo.url);
      await login.loginWithPassword(max.email, max.password);
      await page.waitForURL((url) => url.pathname === '/konto');
      await page.getByRole('button', { name: words.de.addPasskey }).click();
      await expect(
        () => page.locator('#passkey-list [role=status]').innerText(),
        (text) => text.includes('Passkey hinzugefügt'),
        'the passkey-added status',
      );
      assert.equal((await authenticator.credentials()).length, 1);

      // Signed out, to the sign-in page; its autofill ceremony is held so it cannot sign Max in.
      const autofill = await holdAutofillOptions(page);
      await page.getByRole('button', { name: words.de.signOut, exact: true }).click();
      await login.passkeyButton.waitFor();
      await autofill.held;
      await page.getByRole('link', { name: resetWords.de.forgotLink }).click();
      const reset = new ForgotPasswordPage(page, 'de');
      await reset.step('identify');
      await reset.identify(max.kvnr);
      await reset.usePasskey();
      assert.match(await reset.element.innerText(), /m•+@example\.de/);
      await assertAccessible(page, 'password step after the passkey');

      const newPassword = 'Dampfer auf dem Bodensee 12';
      await reset.setPassword(newPassword);
      await assertSignedInAfterReset(page, max, 'de');
      assert.deepEqual(csp, []);
      await assertPasswordChanged(max, newPassword);
    } finally {
      await context.close();
    }
  });

  for (const lang of ['de', 'en'] as const) {
    test(`an unknown identifier gets the same answer and screen as a known one (${lang})`, async () => {
      /** Asks for a letter for `identifier`; the server's answer and the step's text. */
      async function askForLetter(identifier: string) {
        const { context, page, csp } = await device();
        const reset = new ForgotPasswordPage(page, lang);
        await reset.open(site.demo.url);
        await reset.identify(identifier);
        await reset.method('letter').check();
        const answered = page.waitForResponse((r) =>
          r.url().endsWith('/portal/forgot-password/code'),
        );
        await reset.button(reset.w.methodSubmit).click();
        const response: Response = await answered;
        await reset.step('letter');
        await assertAccessible(page, `letter step (${lang})`);
        const screen = (await reset.element.innerText()).replaceAll(identifier, '<identifier>');
        const answer = { status: response.status(), body: await response.text() };
        assert.deepEqual(csp, []);
        await context.close();
        return { screen, answer };
      }
      // Max has an account (in the second run his letter is not sent again within a minute, and
      // the answer is still the same); the unknown one is insured but has none, or is nobody.
      const known = await askForLetter(max.kvnr);
      const unknown = await askForLetter(lang === 'de' ? jonas!.kvnr : 'niemand@example.de');
      assert.deepEqual(unknown.answer, known.answer);
      assert.equal(unknown.screen, known.screen);

      if (lang === 'de') {
        // Max's letter went to his registered address; its QR code opens the reset page.
        const letter = await outboxMessage('letter', max.address.street);
        assert.match(letter, /passwort-vergessen/);
        await assertLetterQr(max);
      }
      const outbox = await device();
      await outbox.page.goto(`${site.demo.url}/lang/${lang}?next=/demo/outbox`);
      assert.equal(
        await outbox.page
          .locator('li[data-channel=letter]', { hasText: jonas!.address.street })
          .count(),
        0,
        'no letter for someone without an account',
      );
      for (const channel of ['email', 'sms', 'letter']) {
        assert.ok(
          await outbox.page.locator(`li[data-channel=${channel}]`).count(),
          `a message by ${channel}`,
        );
      }
      await assertAccessible(outbox.page, `outbox with e-mails, SMS and a letter (${lang})`);
      assert.deepEqual(outbox.csp, []);
      await outbox.context.close();
    });
  }
});

/** Scans the QR code of the member's newest letter: it opens the reset page with the code. */
async function assertLetterQr(member: DemoMember): Promise<void> {
  const { context, page } = await device();
  try {
    await page.goto(`${site.demo.url}/demo/outbox`);
    const letter = page.locator('article.letter', { hasText: member.address.street }).first();
    const code = (await letter.locator('.letter-code').innerText()).trim();
    const image = letter.locator('.letter-qr img');
    await expect(
      () => image.evaluate((img: HTMLImageElement) => img.naturalWidth),
      (w) => w > 0,
      'the QR image',
    );
    const png = PNG.sync.read(await image.screenshot());
    const scanned = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    assert.ok(scanned, 'the QR code can be read');
    assert.equal(
      scanned.data,
      `${site.demo.url}/passwort-vergessen#code=${code.replaceAll('-', '')}`,
    );
  } finally {
    await context.close();
  }
}
