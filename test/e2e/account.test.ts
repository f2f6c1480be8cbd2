import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { demoMembers, type DemoMember } from '../../demo-server/src/members.js';
import { texts } from '../../demo-server/src/i18n.js';
import { AccountPage, accountWords } from '../support/account-page.js';
import { ApprovePanel, approveWords } from '../support/approve-page.js';
import { axeViolations, describeViolations } from '../support/axe.js';
import { openDemoSite, type DemoSite } from '../support/demo-site.js';
import { expect } from '../support/expect.js';
import { readEmailCode, readOutbox } from '../support/forgot-password-page.js';
import { focusedName, tabTo } from '../support/keyboard.js';
import { holdAutofillOptions, LoginPage, words, type Lang } from '../support/login-page.js';
import { VirtualAuthenticator } from '../support/virtual-authenticator.js';

// "Persönliche Daten & Einstellungen" (`/konto/einstellungen`, `<pk-account>`): a new password
// ends the sessions on other devices, a new e-mail address needs the code sent to it, the
// sessions on other devices end on request (ASVS 7.5.2), and ending the registration, approved
// with the passkey, leaves no way back in. axe and the CSP at every step, in German and English.

const [erika, max, hans] = demoMembers as [DemoMember, DemoMember, DemoMember];

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

async function assertAccessible(page: Page, what: string): Promise<void> {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `${what}:\n${describeViolations(violations)}`);
}

async function signIn(page: Page, member: DemoMember, password = member.password, lang: Lang = 'de') {
  const login = new LoginPage(page, lang);
  await login.open(site.demo.url);
  await login.loginWithPassword(member.email, password);
  await page.waitForURL((url) => url.pathname === '/konto');
}

/** A password sign-in that must fail: the same message as for anyone unknown. */
async function signInRefused(page: Page, identifier: string, password: string): Promise<void> {
  const login = new LoginPage(page);
  await login.open(site.demo.url);
  await login.loginWithPassword(identifier, password);
  await login.expectSummary(words.de.credentialsInvalid);
  assert.equal(new URL(page.url()).pathname, '/');
}

async function sessionOf(page: Page): Promise<{ signedIn: boolean }> {
  return page.evaluate(async () => (await fetch('/portal/session')).json());
}

/** Adds this device's passkey on the overview's list (the virtual authenticator answers). */
async function addPasskey(page: Page, authenticator: VirtualAuthenticator): Promise<void> {
  const before = (await authenticator.credentials()).length;
  await page.locator('#passkey-list').getByRole('button', { name: words.de.addPasskey }).click();
  await expect(
    () => authenticator.credentials(),
    (list) => list.length === before + 1,
    'a new passkey on the authenticator',
  );
}

describe('personal details and settings', () => {
  test('a new password signs out the other devices; only the new one signs in afterwards', async () => {
    const { context, page, csp } = await device();
    const other = await device();
    const w = accountWords.de;
    const newPassword = 'Kastanienallee im Herbst 7';
    try {
      await signIn(page, erika);
      await signIn(other.page, erika);
      const account = new AccountPage(page);
      await account.open(site.demo.url);
      await assertAccessible(page, 'the settings');

      await account.openTask(w.passwordHeading, w.change, 'password');
      await assertAccessible(page, 'the password form');

      // A wrong current password: said at the field, and nothing changes.
      await account.field(w.currentLabel).fill('Nicht mein Passwort 1');
      await account.field(w.newPasswordLabel).fill(newPassword);
      await account.button(w.passwordSubmit).click();
      await account.expectSummary(w.currentWrong);
      assert.equal(await account.field(w.currentLabel).getAttribute('aria-invalid'), 'true');
      await assertAccessible(page, 'the password form with an error');
      assert.equal((await sessionOf(other.page)).signedIn, true, 'the other device still signed in');

      await account.field(w.currentLabel).fill(erika.password);
      await account.field(w.newPasswordLabel).fill(newPassword);
      await account.button(w.passwordSubmit).click();
      await account.step('password-done');
      assert.match(await account.element.innerText(), new RegExp(w.passwordDone));
      await assertAccessible(page, 'the password changed');

      // This device stays signed in (under a new session id); the other is signed out.
      assert.equal((await sessionOf(page)).signedIn, true);
      assert.equal((await sessionOf(other.page)).signedIn, false);
      await other.page.goto(`${site.demo.url}/konto`);
      assert.equal(new URL(other.page.url()).pathname, '/');

      // A notice about the new password goes to the member's address.
      await readOutbox(site.chromium.browser, site.demo.url, 'email', erika.email, {
        accept: (text) => /Passwort/.test(text) && /geändert/.test(text),
      });

      // The old password no longer signs in; the new one does.
      await signInRefused(other.page, erika.email, erika.password);
      await signIn(other.page, erika, newPassword);
      assert.deepEqual(csp, []);
    } finally {
      await other.context.close();
      await context.close();
    }
  });

  test('a new e-mail address takes the code sent to it; the old address is told, and the new one signs in', async () => {
    const { context, page, csp } = await device();
    const w = accountWords.en;
    const newEmail = 'max.neu@example.de';
    try {
      await signIn(page, max, max.password, 'en');
      const account = new AccountPage(page, 'en');
      await account.open(site.demo.url);
      await assertAccessible(page, 'the settings (en)');

      await account.openTask(w.emailHeading, w.change, 'email');
      await assertAccessible(page, 'the e-mail form (en)');
      await account.field(w.emailLabel).fill(newEmail);
      await account.button(w.emailSubmit).click();
      await account.step('email-code');
      assert.match(await account.element.innerText(), new RegExp(newEmail.replace('.', '\\.')));
      await assertAccessible(page, 'the code step (en)');

      // Nothing changes without the code: a wrong one is refused.
      const code = await readEmailCode(site.chromium.browser, site.demo.url, newEmail);
      const wrong = code === '000000' ? '111111' : '000000';
      await account.field(w.codeLabel).fill(wrong);
      await account.button(w.codeSubmit).click();
      await account.expectSummary(w.codeInvalid);
      await assertAccessible(page, 'the code step with an error (en)');
      const before = await page.evaluate(async () => (await fetch('/portal/account')).json());
      assert.equal(before.account.email, max.email, 'the address unchanged without the code');

      await account.field(w.codeLabel).fill(code);
      await account.button(w.codeSubmit).click();
      await account.step('email-done');
      assert.match(await account.element.innerText(), new RegExp(w.emailDone));
      await assertAccessible(page, 'the e-mail changed (en)');

      // The old address learns of the change.
      await readOutbox(site.chromium.browser, site.demo.url, 'email', max.email, {
        accept: (text) => text.includes(newEmail) || /E-Mail-Adresse|e-mail address/i.test(text),
      });

      // The new address signs in; the old one is no longer known.
      await page.goto(`${site.demo.url}/konto`);
      await page.locator('#sign-out').click();
      await page.waitForURL((url) => url.pathname === '/');
      await signInRefused(page, max.email, max.password);
      await signIn(page, { ...max, email: newEmail });
      assert.deepEqual(csp, []);
    } finally {
      await context.close();
    }
  });

  test('the other devices are signed out on request, one or all, by keyboard alone', async () => {
    const { context, page, csp } = await device();
    const second = await device();
    const third = await device();
    const w = accountWords.de;
    try {
      await signIn(page, hans);
      await signIn(second.page, hans);
      await signIn(third.page, hans);
      const account = new AccountPage(page);
      await account.open(site.demo.url);

      // Tab to "Geräte anzeigen" and press Enter; the list shows three devices, this one marked.
      await page.locator('main').focus();
      await tabTo(page, w.sessionsShow);
      await page.keyboard.press('Enter');
      await account.step('sessions');
      const list = account.element.getByRole('list', { name: 'Ihre angemeldeten Geräte' });
      await expect(() => list.getByRole('listitem').count(), (n) => n === 3, 'three sessions');
      assert.equal(
        await list.getByRole('listitem').filter({ hasText: w.thisDevice }).count(),
        1,
        'this device marked once',
      );
      await assertAccessible(page, 'the sessions');

      // One other device ends: "Abmelden" on a row other than this device's.
      const rows = list.getByRole('listitem').filter({ hasNotText: w.thisDevice });
      await rows.first().getByRole('button', { name: w.endSession }).focus();
      await page.keyboard.press('Enter');
      await expect(() => list.getByRole('listitem').count(), (n) => n === 2, 'two sessions left');
      const signedIn = [
        (await sessionOf(second.page)).signedIn,
        (await sessionOf(third.page)).signedIn,
      ];
      assert.deepEqual(signedIn.sort(), [false, true], 'exactly one other device signed out');

      // All others: asked first, then ended; this device stays signed in.
      await tabTo(page, w.endOthers);
      await page.keyboard.press('Enter');
      await account.step('end-others');
      await assertAccessible(page, 'the question before signing out all others');
      assert.equal(await focusedName(page).then((name) => name.length > 0), true);
      await tabTo(page, w.endOthersSubmit);
      await page.keyboard.press('Enter');
      await account.step('sessions');
      await expect(() => account.element.innerText(), (t) => t.includes(w.othersEnded), 'all others ended');
      assert.equal((await sessionOf(second.page)).signedIn, false);
      assert.equal((await sessionOf(third.page)).signedIn, false);
      assert.equal((await sessionOf(page)).signedIn, true);
      assert.deepEqual(csp, []);
    } finally {
      await Promise.all([second.context.close(), third.context.close()]);
      await context.close();
    }
  });

  test('ending the registration, approved with the passkey, leaves no way back in', async () => {
    const { context, page, csp } = await device();
    const authenticator = await VirtualAuthenticator.attach(page);
    const w = accountWords.de;
    try {
      await signIn(page, hans);
      const account = new AccountPage(page);

      // Without a passkey there is nothing to approve with: the way to add one instead.
      await account.open(site.demo.url);
      await account.openTask(w.endHeading, w.endSubmit, 'end');
      assert.equal(await account.button(w.endSubmit).count(), 0, 'nothing to send yet');
      await assertAccessible(page, 'ending the registration without a passkey');
      await account.element.getByRole('link', { name: 'Passkey anlegen' }).click();
      await page.waitForURL((url) => url.pathname === '/konto' && url.hash === '#passkeys');
      await addPasskey(page, authenticator);

      await account.open(site.demo.url);
      await account.openTask(w.endHeading, w.endSubmit, 'end');
      await assertAccessible(page, 'what ending the registration means');

      // The passkey as the authenticator holds it just before (its signature counter current).
      const [passkey] = await authenticator.credentials();
      await account.button(w.endSubmit).click();
      await account.step('end-approve');
      const approve = new ApprovePanel(account.element);
      await approve.step('summary');
      await assertAccessible(page, 'the approval of ending the registration');
      await approve.button(approveWords.de.passkey).click();
      await account.step('end-done', 15_000);
      assert.match(await account.element.innerText(), new RegExp(w.endDone));
      await assertAccessible(page, 'the registration ended');
      assert.equal((await sessionOf(page)).signedIn, false, 'signed out');

      // The link leads to the sign-in page, which says so.
      await account.element.getByRole('link').first().click();
      await page.waitForURL((url) => url.pathname === '/');
      await expect(
        () => page.locator('.login-card .notice').innerText(),
        (text) => text === texts.de.endedNotice,
        'the sign-in page says the registration ended',
      );

      // Neither the password nor the passkey signs in any more. The browser may have forgotten
      // the passkey already (the Signal API told it); a copy kept by the member is refused too.
      await signInRefused(page, hans.email, hans.password);
      await signInRefused(page, hans.kvnr, hans.password);
      await page.goto('about:blank');
      await authenticator.removeAll();
      await authenticator.addCredential({ ...passkey!, signCount: passkey!.signCount + 1 });
      const login = new LoginPage(page);
      const autofill = await holdAutofillOptions(page);
      await login.open(site.demo.url);
      await autofill.held;
      await login.passkeyButton.click();
      await expect(
        () => login.element.innerText(),
        (t) => t.includes(words.de.unknownPasskey),
        'the passkey is no longer known',
      );
      assert.equal((await sessionOf(page)).signedIn, false);

      // A letter confirms it.
      await readOutbox(site.chromium.browser, site.demo.url, 'letter', hans.displayName, {
        accept: (text) => /Registrierung/.test(text) && /aufgehoben/.test(text),
      });
      assert.deepEqual(csp, []);
    } finally {
      await context.close();
    }
  });
});
