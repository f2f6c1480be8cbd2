import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { demoMembers, type DemoMember } from '../../demo-server/src/members.js';
import { openDemoSite, type DemoSite } from '../support/demo-site.js';
import { expect } from '../support/expect.js';
import { tabTo } from '../support/keyboard.js';
import type { Page } from 'playwright-core';
import { ApprovePanel, approveWords } from '../support/approve-page.js';
import { axeViolations, describeViolations } from '../support/axe.js';
import { holdAutofillOptions, LoginPage, words } from '../support/login-page.js';
import { VirtualAuthenticator, type VirtualCredential } from '../support/virtual-authenticator.js';

/**
 * Adding a passkey to an older sign-in: the demo allows it for 1 second after signing in, so the
 * member must confirm with the password first, inline, and the passkey is then added in the
 * same step.
 */
const [, max] = demoMembers as [DemoMember, DemoMember];
let site: DemoSite;

before(async () => {
  site = await openDemoSite({ CONFIRMATION_SECONDS: '1' });
});
after(() => site?.close());

describe('adding a passkey', () => {
  test('a member whose sign-in is older confirms with the password, then the passkey is added', async () => {
    const context = await site.chromium.browser.newContext();
    const page = await context.newPage();
    const authenticator = await VirtualAuthenticator.attach(page);
    const login = new LoginPage(page);
    await login.open(site.demo.url);
    await login.loginWithPassword(max.email, max.password);
    await page.waitForURL((url) => url.pathname === '/konto');
    await page.waitForTimeout(1200);

    const passkeys = page.locator('#passkey-list');
    await passkeys.getByRole('button', { name: words.de.addPasskey }).click();
    const heading = passkeys.getByRole('heading', { name: 'Mit Ihrem Passwort bestätigen' });
    await heading.waitFor();
    await expect(
      () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''),
      (text) => text === 'Mit Ihrem Passwort bestätigen',
      'focus on the confirm heading',
    );
    assert.equal(await passkeys.getAttribute('state'), 'confirm');
    assert.equal((await authenticator.credentials()).length, 0, 'nothing added yet');

    // A wrong password: told at the field and in the summary, and the field is emptied.
    const password = passkeys.getByLabel(words.de.password, { exact: true });
    await password.fill('Falsches Passwort 123');
    const submit = passkeys.getByRole('button', { name: 'Bestätigen und Passkey hinzufügen' });
    await submit.click();
    await expect(
      () => passkeys.locator('[part~=error-summary]').innerText(),
      (text) => text.includes('Das Passwort ist falsch.'),
      'the wrong-password message',
    );
    assert.equal(await password.inputValue(), '');
    assert.equal(await password.getAttribute('aria-invalid'), 'true');

    // The right password: confirmed, and the same press adds the passkey.
    await password.fill(max.password);
    await password.press('Enter');
    await expect(
      () => passkeys.locator('[role=status]').innerText(),
      (text) => text.includes('Passkey hinzugefügt'),
      'the passkey-added status',
    );
    assert.equal((await authenticator.credentials()).length, 1);
    assert.equal(await passkeys.locator('li').count(), 1);
    const session = await page.evaluate(async () => (await fetch('/portal/session')).json());
    assert.equal(session.signedIn, true, 'still signed in, under the rotated session id');
    await context.close();
  });
});

// Renaming and removing passkeys, the WebAuthn Signal API, and the offer after a password
// sign-in: a demo of their own, where a passkey is added without confirming the password again.
describe('managing passkeys', () => {
  let managed: DemoSite;
  before(async () => {
    managed = await openDemoSite();
  });
  after(() => managed?.close());

  const [erika, , hans] = demoMembers as [DemoMember, DemoMember, DemoMember];
  const offerHeading = 'Schneller und sicherer anmelden';

  /** Signal API calls a page made, collected across its loads. */
  interface SignalCall {
    method: string;
    options: { rpId?: string; userId?: string; [key: string]: unknown };
  }

  /**
   * A spy on the WebAuthn Signal API (`PublicKeyCredential.signal*`): each call is recorded, then
   * passed on to the browser's own method where it has one (its failures swallowed, as the
   * element does).
   */
  async function spyOnSignals(page: Page): Promise<SignalCall[]> {
    const calls: SignalCall[] = [];
    await page.exposeFunction('__pkSignal', (method: string, options: SignalCall['options']) => {
      calls.push({ method, options });
    });
    // Chromium installs the Signal API's methods after init scripts run, replacing anything put
    // there earlier: the spy goes in once the document is parsed, before its module scripts run.
    // A string, not a function: the test's TypeScript transform would name the functions in it
    // with a helper the page does not have.
    await page.addInitScript(`
      document.addEventListener('readystatechange', () => {
        const api = window.PublicKeyCredential;
        if (!api) return;
        for (const method of [
          'signalUnknownCredential',
          'signalAllAcceptedCredentials',
          'signalCurrentUserDetails',
        ]) {
          const original = api[method];
          Object.defineProperty(api, method, {
            configurable: true,
            writable: true,
            value(options) {
              window.__pkSignal(method, JSON.parse(JSON.stringify(options)));
              return original
                ? Promise.resolve().then(() => original.call(api, options)).catch(() => undefined)
                : Promise.resolve();
            },
          });
        }
      }, { once: true });
    `);
    return calls;
  }

  async function signIn(page: Page, member: DemoMember): Promise<void> {
    const login = new LoginPage(page);
    await login.open(managed.demo.url);
    await login.loginWithPassword(member.email, member.password);
    await page.waitForURL((url) => url.pathname === '/konto');
  }

  /**
   * Signs out to the sign-in page, whose autofill ceremony is held: Chromium's virtual
   * authenticator would answer it at once with the passkey it holds and sign the member in again.
   */
  async function signOut(page: Page): Promise<void> {
    await page.goto(`${managed.demo.url}/konto`);
    const autofill = await holdAutofillOptions(page);
    await page.locator('#sign-out').click();
    await page.waitForURL((url) => url.pathname === '/');
    await autofill.held;
  }

  /** The overview's passkey list (not the offer above it). */
  const passkeyList = (page: Page) => page.locator('#passkey-list');

  async function listed(page: Page): Promise<{
    passkeys: { id: string; name: string }[];
    signal: { userId: string };
    offer: boolean;
  }> {
    return page.evaluate(async () => (await fetch('/portal/passkeys')).json());
  }

  /** The names the overview's list shows, once it has loaded. */
  async function names(page: Page): Promise<string[]> {
    await passkeyList(page).locator('[part~=passkey-list], [part~=empty]').first().waitFor();
    return passkeyList(page).locator('[part~=passkey-name]').allInnerTexts();
  }

  async function listStatus(page: Page, text: string): Promise<void> {
    await expect(
      () => passkeyList(page).locator('[role=status]').first().innerText(),
      (status) => status.includes(text),
      `the list's status "${text}"`,
    );
  }

  /** A credential id as the CDP WebAuthn domain gives it (base64), as the server names it. */
  const base64url = (id: string) => Buffer.from(id, 'base64').toString('base64url');

  /**
   * Leaves only the credentials `ids` (base64, as CDP names them) on the authenticator: each as
   * it is right now, since a stale copy with an older signature counter would be refused as a
   * cloned authenticator. `stash` keeps the ones taken off.
   */
  async function keepOnly(
    authenticator: VirtualAuthenticator,
    stash: Map<string, VirtualCredential>,
    ids: string[],
  ): Promise<void> {
    for (const credential of await authenticator.credentials()) {
      stash.set(credential.credentialId, credential);
    }
    await authenticator.removeAll();
    for (const id of ids) await authenticator.addCredential(stash.get(id)!);
  }

  async function addFromList(page: Page, authenticator: VirtualAuthenticator): Promise<string> {
    const before = await authenticator.credentials();
    await passkeyList(page).getByRole('button', { name: words.de.addPasskey }).click();
    const after = await expect(
      () => authenticator.credentials(),
      (list) => list.length === before.length + 1,
      'a new passkey on the authenticator',
    );
    await listStatus(page, 'Passkey hinzugefügt');
    return after.find((c) => !before.some((b) => b.credentialId === c.credentialId))!.credentialId;
  }

  /** The passkey button on the sign-in page (the autofill ceremony held, so it cannot answer). */
  async function passkeySignIn(page: Page): Promise<LoginPage> {
    await page.goto('about:blank');
    const login = new LoginPage(page);
    const autofill = await holdAutofillOptions(page);
    await login.open(managed.demo.url);
    await autofill.held;
    await login.passkeyButton.click();
    return login;
  }

  test('the offer after a password sign-in: "Nicht jetzt" is remembered after signing in again; "Passkey anlegen" adds one', async () => {
    const context = await managed.chromium.browser.newContext();
    const page = await context.newPage();
    const offer = page.locator('pk-passkeys[offer]');
    try {
      await signIn(page, erika);
      await offer.getByRole('heading', { name: offerHeading }).waitFor();
      const violations = await axeViolations(page);
      assert.equal(violations.length, 0, `the offer:\n${describeViolations(violations)}`);
      await offer.getByRole('button', { name: 'Nicht jetzt', exact: true }).click();
      await expect(
        () => offer.innerText(),
        (text) => text.includes('wir fragen Sie vorerst nicht wieder'),
        'the offer dismissed',
      );
      assert.equal((await listed(page)).offer, false);

      // Signed in again with the password: nothing offered (remembered on the server).
      await signOut(page);
      await signIn(page, erika);
      await names(page);
      await page.locator('pk-passkeys[offer]:not([state=loading])').waitFor({ state: 'attached' });
      assert.equal((await listed(page)).offer, false);
      assert.equal(await offer.getByRole('heading', { name: offerHeading }).count(), 0);
    } finally {
      await context.close();
    }

    // Another member takes the offer: a passkey is added, and none is offered any more.
    const other = await managed.chromium.browser.newContext();
    const phone = await other.newPage();
    const authenticator = await VirtualAuthenticator.attach(phone);
    try {
      await signIn(phone, hans);
      const hansOffer = phone.locator('pk-passkeys[offer]');
      await hansOffer.getByRole('button', { name: 'Passkey anlegen', exact: true }).click();
      await expect(
        () => authenticator.credentials(),
        (list) => list.length === 1,
        'the passkey added from the offer',
      );
      await expect(() => listed(phone), (list) => list.passkeys.length === 1, 'one passkey listed');
      await expect(
        () => passkeyList(phone).locator('[part~=passkey-name]').count(),
        (count) => count === 1,
        "the overview's list showing it without a reload",
      );
      // Signed in with the password again (the passkey set aside, or autofill would sign in).
      await signOut(phone);
      await authenticator.removeAll();
      await signIn(phone, hans);
      await names(phone);
      assert.equal((await listed(phone)).offer, false, 'no offer with a passkey');
      assert.equal(await hansOffer.getByRole('heading', { name: offerHeading }).count(), 0);
    } finally {
      await other.close();
    }
  });

  test('a renamed passkey keeps its name; one removed with the approval of another no longer signs in; the Signal API hears of both', async () => {
    const context = await managed.chromium.browser.newContext();
    const page = await context.newPage();
    const signals = await spyOnSignals(page);
    const authenticator = await VirtualAuthenticator.attach(page);
    const stash = new Map<string, VirtualCredential>();
    const max = demoMembers[1]!;
    try {
      await signIn(page, max);
      await page.locator('pk-passkeys[offer]').getByRole('heading', { name: offerHeading }).waitFor();
      const first = await addFromList(page, authenticator);
      assert.equal(await page.locator('pk-passkeys[offer]').count(), 0, 'the offer gone');
      const firstId = base64url(first);
      const { signal } = await listed(page);

      // Rename, by keyboard alone: the name typed is the name after a reload.
      const [defaultName] = await names(page);
      await page.locator('main').focus();
      await tabTo(page, `„${defaultName}“ umbenennen`);
      await page.keyboard.press('Enter');
      const nameField = passkeyList(page).getByLabel('Name des Passkeys', { exact: true });
      await nameField.waitFor();
      assert.equal(await nameField.inputValue(), defaultName);
      assert.equal(await nameField.evaluate((el) => el === document.activeElement), true, 'focus in the name');
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('Laptop im Büro');
      await page.keyboard.press('Enter');
      await listStatus(page, 'Der Passkey heißt jetzt „Laptop im Büro“.');
      assert.equal(
        await page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
        '„Laptop im Büro“ umbenennen',
        'focus back on the renamed passkey',
      );
      await page.reload();
      assert.deepEqual(await names(page), ['Laptop im Büro']);

      // The password manager is told the account's name and which passkeys still exist.
      const userDetails = {
        rpId: 'localhost',
        userId: signal.userId,
        name: max.email,
        displayName: max.displayName,
      };
      const accepted = (ids: string[]) => ({
        rpId: 'localhost',
        userId: signal.userId,
        allAcceptedCredentialIds: ids,
      });
      const called = (method: string, options: object) =>
        signals.some(
          (c) => c.method === method && JSON.stringify(c.options) === JSON.stringify(options),
        );
      await expect(
        () => signals,
        () =>
          called('signalCurrentUserDetails', userDetails) &&
          called('signalAllAcceptedCredentials', accepted([firstId])),
        'signalCurrentUserDetails and signalAllAcceptedCredentials with the list',
      );

      // A second passkey, made by the same authenticator with the first set aside: it holds one
      // passkey per account, so the test hands it the one each step needs, as a member would
      // pick up one device or the other.
      await keepOnly(authenticator, stash, []);
      const second = await addFromList(page, authenticator);
      const secondId = base64url(second);
      await page.reload();
      assert.equal((await names(page)).length, 2);

      const removeFirst = async (): Promise<ApprovePanel> => {
        await passkeyList(page)
          .getByRole('button', { name: '„Laptop im Büro“ entfernen', exact: true })
          .click();
        await passkeyList(page).getByRole('heading', { name: '„Laptop im Büro“ entfernen?' }).waitFor();
        await passkeyList(page).getByRole('button', { name: 'Passkey entfernen', exact: true }).click();
        const approve = new ApprovePanel(passkeyList(page));
        await approve.step('summary');
        return approve;
      };

      // Asked for and not approved, nothing is removed; and the passkey being removed cannot
      // approve its own removal: with only it at hand, the approval fails and both stay.
      await keepOnly(authenticator, stash, [first]);
      let approve = await removeFirst();
      const ids = async () => (await listed(page)).passkeys.map((p) => p.id).sort();
      assert.deepEqual(await ids(), [firstId, secondId].sort(), 'pending, nothing removed');
      await approve.button(approveWords.de.passkey).click();
      await expect(
        () => approve.element.getAttribute('state'),
        (state) => state !== null && state !== 'busy' && state !== 'idle' && state !== 'approved',
        'the approval refused to the passkey being removed',
      );
      assert.deepEqual(await ids(), [firstId, secondId].sort(), 'both passkeys still there');

      // With the other passkey at hand, the removal is approved.
      await keepOnly(authenticator, stash, [second]);
      await page.reload();
      approve = await removeFirst();
      await approve.button(approveWords.de.passkey).click();
      await listStatus(page, 'Der Passkey „Laptop im Büro“ wurde entfernt.');
      assert.deepEqual(await ids(), [secondId]);
      await expect(
        () => signals,
        () => called('signalAllAcceptedCredentials', accepted([secondId])),
        'signalAllAcceptedCredentials without the removed passkey',
      );

      // The removed passkey no longer signs in; the other one does.
      await signOut(page);
      await keepOnly(authenticator, stash, [first]);
      const login = await passkeySignIn(page);
      await expect(
        () => login.element.innerText(),
        (t) => t.includes(words.de.unknownPasskey),
        'the removed passkey refused',
      );
      // After the refusal the sign-in page starts its autofill ceremony again, which the
      // authenticator answers at once: the page is left before it is handed the other passkey.
      await page.goto('about:blank');
      await keepOnly(authenticator, stash, [second]);
      await passkeySignIn(page);
      await page.waitForURL((url) => url.pathname === '/konto');
    } finally {
      await context.close();
    }
  });
});
