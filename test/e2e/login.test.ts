import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { demoMembers, type DemoMember } from '../../demo-server/src/members.js';
import { openDemoSite, type DemoSite } from '../support/demo-site.js';
import { expect } from '../support/expect.js';
import { holdAutofillOptions, LoginPage, words, type Lang } from '../support/login-page.js';
import { VirtualAuthenticator } from '../support/virtual-authenticator.js';

// The members the demo seeds, with the passwords it prints.
const [erika, max] = demoMembers as [DemoMember, DemoMember];

let site: DemoSite;

before(async () => {
  site = await openDemoSite();
});
after(() => site?.close());

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await site.chromium.browser.newContext();
  const page = await context.newPage();
  return { context, page };
}

async function sessionOf(page: Page): Promise<{ signedIn: boolean; method?: string }> {
  return page.evaluate(async () => (await fetch('/portal/session')).json());
}

async function signOut(page: Page, lang: Lang = 'de'): Promise<void> {
  await page.getByRole('button', { name: words[lang].signOut, exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

describe('sign-in with password and passkey', () => {
  test('a member signs in with password, adds a passkey, then signs in with it by button, by autofill and after a restart', async () => {
    const { context, page } = await newPage();
    const authenticator = await VirtualAuthenticator.attach(page);
    const login = new LoginPage(page);

    // Password sign-in with the KVNR, typed in lower case with spaces as members do.
    await login.open(site.demo.url);
    await login.loginWithPassword(` ${erika.kvnr.toLowerCase()} `, erika.password);
    await page.waitForURL((url) => url.pathname === '/konto');
    assert.equal((await sessionOf(page)).method, 'password');
    await page.getByRole('heading', { name: 'Guten Tag, Erika Mustermann' }).waitFor();

    // Device binding: add this device as a passkey.
    await page.getByRole('button', { name: words.de.addPasskey }).click();
    await expect(
      () => page.locator('#passkey-list [role=status]').innerText(),
      (text) => text.includes('Passkey hinzugefügt'),
      'the passkey-added status',
    );
    const stored = await authenticator.credentials();
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.isResidentCredential, true, 'a discoverable credential');
    await expect(
      () => page.locator('#passkey-list li').count(),
      (count) => count === 1,
      'the new passkey in the list',
    );

    // The member is told on another channel that a passkey was added (NIST SP 800-63B § 4.6).
    await page.goto(`${site.demo.url}/demo/outbox`);
    const notice = page.locator('[data-template=passkey-added]');
    assert.equal(await notice.count(), 1);
    assert.match(await notice.innerText(), /erika\.mustermann@example\.de/);

    // Passkey by button. The autofill ceremony starts as the page loads; its options request is
    // held, so it cannot answer first (Chromium's virtual authenticator answers a conditional
    // request as soon as a user is "present"). The button's ceremony replaces it.
    await page.goto(`${site.demo.url}/konto`);
    const autofill = await holdAutofillOptions(page);
    await signOut(page);
    await autofill.held;
    await login.passkeyButton.click();
    await page.waitForURL((url) => url.pathname === '/konto');
    assert.equal((await sessionOf(page)).method, 'passkey');

    // Passkey autofill: with a present user, the conditional request on the identifier field
    // is answered as soon as the page loads.
    await signOut(page);
    await page.goto(site.demo.url);
    await page.waitForURL((url) => url.pathname === '/konto');
    assert.equal((await sessionOf(page)).method, 'passkey');

    // Data survives a restart: the passkey added before it still signs in after it.
    await signOut(page);
    await page.goto('about:blank');
    await site.demo.restart();
    await page.goto(site.demo.url);
    await page.waitForURL((url) => url.pathname === '/konto');
    assert.equal((await sessionOf(page)).method, 'passkey');
    await context.close();
  });

  test('a member signs in with the e-mail address using only the keyboard', async () => {
    const { context, page } = await newPage();
    const login = new LoginPage(page);
    await login.open(site.demo.url);
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      if (await login.identifier.evaluate((el) => el === document.activeElement)) break;
    }
    assert.equal(await login.identifier.evaluate((el) => el === document.activeElement), true);
    await page.keyboard.type(max.email);
    await page.keyboard.press('Tab');
    assert.equal(await login.password.evaluate((el) => el === document.activeElement), true);
    await page.keyboard.type(max.password);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/konto');
    await page.getByRole('heading', { name: 'Guten Tag, Max Mustermann' }).waitFor();
    await context.close();
  });
});

describe('sign-in errors', () => {
  for (const lang of ['de', 'en'] as const) {
    test(`wrong password and unknown member get the same message (${lang})`, async () => {
      const { context, page } = await newPage();
      const login = new LoginPage(page, lang);
      await login.open(site.demo.url);

      await login.loginWithPassword(erika.kvnr, 'falsches Passwort 123');
      await login.expectSummary(words[lang].credentialsInvalid);
      const wrongPassword = await login.summary.innerText();
      assert.equal(await login.password.inputValue(), '', 'the password is cleared');
      assert.equal(await login.identifier.inputValue(), erika.kvnr, 'the identifier is kept');

      await login.loginWithPassword('X000000012', 'falsches Passwort 123');
      await login.expectSummary(words[lang].credentialsInvalid);
      assert.equal(await login.summary.innerText(), wrongPassword);
      await context.close();
    });

    test(`a KVNR with a wrong check digit is explained at the field (${lang})`, async () => {
      const { context, page } = await newPage();
      const login = new LoginPage(page, lang);
      await login.open(site.demo.url);
      await login.loginWithPassword('A123456781', 'egal welches Passwort');
      await login.expectSummary(words[lang].checkDigit);
      assert.equal(await login.identifier.getAttribute('aria-invalid'), 'true');
      const describedBy = (await login.identifier.getAttribute('aria-describedby')) ?? '';
      const description = await page.evaluate(
        (ids) => ids.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
        describedBy,
      );
      assert.match(description, new RegExp(words[lang].checkDigit.replace('.', '\\.')));
      await context.close();
    });

    test(`a cancelled passkey prompt is a calm status, not an error (${lang})`, async () => {
      const { context, page } = await newPage();
      const authenticator = await VirtualAuthenticator.attach(page);
      const login = new LoginPage(page, lang);
      await login.open(site.demo.url);
      await authenticator.setUserVerified(false);
      await login.passkeyButton.click();
      await expect(() => login.status.innerText(), (t) => t.includes(words[lang].cancelled), 'cancel status');
      assert.equal(await login.summary.count(), 0, 'no error summary');
      assert.equal(await login.passkeyButton.isVisible(), true, 'the button stays for a retry');
      await context.close();
    });

    test(`a passkey the server does not know is explained (${lang})`, async () => {
      const { context, page } = await newPage();
      const authenticator = await VirtualAuthenticator.attach(page);
      const autofill = await holdAutofillOptions(page);
      const login = new LoginPage(page, lang);
      await login.open(site.demo.url);
      await autofill.held;
      // A passkey for this site whose server record is gone (account deleted, other server).
      const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      await authenticator.addCredential({
        credentialId: randomBytes(16).toString('base64'),
        isResidentCredential: true,
        rpId: 'localhost',
        privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
        userHandle: randomBytes(16).toString('base64'),
        signCount: 0,
      });
      await login.passkeyButton.click();
      await expect(
        () => login.element.innerText(),
        (t) => t.includes(words[lang].unknownPasskey),
        'the unknown-passkey message',
      );
      await context.close();
    });
  }

  test('the member is told when the server cannot be reached', async () => {
    const { context, page } = await newPage();
    const login = new LoginPage(page);
    await login.open(site.demo.url);
    await site.demo.stop();
    try {
      await login.loginWithPassword(erika.kvnr, erika.password);
      await login.expectSummary(words.de.unavailable);
    } finally {
      await site.demo.restart();
    }
    await context.close();
  });
});
