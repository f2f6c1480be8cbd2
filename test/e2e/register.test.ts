import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { BrowserContext, Page } from 'playwright-core';
import { demoRegistrants } from '../../demo-server/src/members.js';
import { openDemoSite, type DemoSite } from '../support/demo-site.js';
import { expect } from '../support/expect.js';
import { holdAutofillOptions, LoginPage, words } from '../support/login-page.js';
import { VirtualAuthenticator } from '../support/virtual-authenticator.js';

// Registration as a new member does it: the data from the health card, the activation letter
// from the demo's outbox (its code read, its QR code scanned), the password, a passkey for this
// device; then signing out and back in with that passkey.

type Person = (typeof demoRegistrants)[number];
const [jonas, leyla, friederike] = demoRegistrants as [Person, Person, Person];
const password = 'Apfelbaum hinter der Scheune 7';

let site: DemoSite;

before(async () => {
  site = await openDemoSite();
});
after(() => site?.close());

/** A browser of its own (its own cookies, its own authenticator), as a member's device. */
async function device(): Promise<{ context: BrowserContext; page: Page; authenticator: VirtualAuthenticator }> {
  const context = await site.chromium.browser.newContext();
  const page = await context.newPage();
  const authenticator = await VirtualAuthenticator.attach(page);
  return { context, page, authenticator };
}

const emailOf = (person: Person) =>
  `${person.displayName.split(' ')[0]!.toLowerCase().normalize('NFKD').replace(/\W/g, '')}@example.de`;

function birthDate(person: Person) {
  const [year, month, day] = person.birthDate.split('-') as [string, string, string];
  return { day: String(Number(day)), month: String(Number(month)), year };
}

async function identify(page: Page, person: Person): Promise<void> {
  const form = page.locator('pk-register');
  await form.getByLabel('Versichertennummer', { exact: true }).fill(person.kvnr);
  await form.getByLabel('Postleitzahl').fill(person.postcode);
  const { day, month, year } = birthDate(person);
  await form.getByLabel('Tag').fill(day);
  await form.getByLabel('Monat').fill(month);
  await form.getByLabel('Jahr').fill(year);
  await form.getByLabel('E-Mail-Adresse').fill(emailOf(person));
  await form.getByRole('button', { name: 'Aktivierungsbrief anfordern' }).click();
  await form.getByRole('heading', { name: 'Aktivierungsbrief angefordert' }).waitFor();
}

/**
 * The person's activation letter in the demo's outbox: the code as printed, and what a phone
 * reads from its QR code (the image scanned from a screenshot, not the page's markup).
 */
async function readLetter(person: Person): Promise<{ code: string; qr: string }> {
  const context = await site.chromium.browser.newContext();
  const page = await context.newPage();
  try {
    const letter = page.locator('article.letter', { hasText: person.address.street });
    await expect(
      async () => {
        await page.goto(`${site.demo.url}/demo/outbox`);
        return letter.count();
      },
      (count) => count === 1,
      `the activation letter to ${person.displayName}`,
    );
    const code = (await letter.locator('.letter-code').innerText()).trim();
    const qrImage = letter.locator('.letter-qr img');
    await expect(() => qrImage.evaluate((img: HTMLImageElement) => img.naturalWidth), (w) => w > 0, 'the QR image');
    const png = PNG.sync.read(await qrImage.screenshot());
    const scanned = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    assert.ok(scanned, 'the QR code can be read');
    return { code, qr: scanned.data };
  } finally {
    await context.close();
  }
}

/** The password step, then a passkey for this device, then the demo's account page. */
async function finish(page: Page, person: Person): Promise<void> {
  const form = page.locator('pk-register');
  await form.getByRole('heading', { name: 'Passwort festlegen' }).waitFor();
  await form.getByLabel(words.de.password, { exact: true }).fill(password);
  await form.getByRole('button', { name: 'Passwort speichern' }).click();
  await form.getByRole('heading', { name: 'Dieses Gerät verbinden' }).waitFor();
  await form.getByRole('button', { name: 'Passkey erstellen' }).click();
  await page.waitForURL((url) => url.pathname === '/konto');
  await page.getByText(person.displayName).first().waitFor();
}

/** Signs out on the account page and back in with the passkey button. */
async function signOutAndInWithPasskey(page: Page, person: Person): Promise<void> {
  const autofill = await holdAutofillOptions(page);
  await page.getByRole('button', { name: words.de.signOut, exact: true }).click();
  const login = new LoginPage(page);
  await login.passkeyButton.waitFor();
  await autofill.held;
  await login.passkeyButton.click();
  await page.waitForURL((url) => url.pathname === '/konto');
  await page.getByText(person.displayName).first().waitFor();
  const session = await page.evaluate(async () => (await fetch('/portal/session')).json());
  assert.equal(session.method, 'passkey');
}

describe('registration', () => {
  test('a new member registers with the code from the letter, adds a passkey, and signs in with it', async () => {
    const { context, page, authenticator } = await device();
    try {
      await page.goto(`${site.demo.url}/`);
      await page.getByRole('link', { name: 'Jetzt registrieren' }).click();
      await page.locator('pk-register form').waitFor();
      await identify(page, jonas);

      const { code } = await readLetter(jonas);
      assert.match(code, /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);

      // Back days later: the page, opened again, is at the activation step.
      await page.reload();
      const form = page.locator('pk-register');
      await form.getByRole('heading', { name: 'Aktivierungscode eingeben' }).waitFor();
      await form.getByLabel('Versichertennummer', { exact: true }).fill(jonas.kvnr);
      // Typed as a member might: lower case, spaces instead of dashes.
      await form.getByLabel('Aktivierungscode', { exact: true }).fill(code.toLowerCase().replaceAll('-', ' '));
      await form.getByRole('button', { name: 'Zugang aktivieren' }).click();
      await finish(page, jonas);
      assert.equal((await authenticator.credentials()).length, 1, 'a passkey for this device');

      await signOutAndInWithPasskey(page, jonas);
    } finally {
      await context.close();
    }
  });

  test('with the keyboard alone', async () => {
    const { context, page } = await device();
    const keys = page.keyboard;
    /** Presses Tab until the focused control is the one named (at most 15 times). */
    async function tabTo(name: string): Promise<void> {
      for (let i = 0; i < 15; i++) {
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
      await page.goto(`${site.demo.url}/registrieren`);
      await page.locator('pk-register form').waitFor();
      const { day, month, year } = birthDate(leyla);
      for (const [label, text] of [
        ['Versichertennummer', leyla.kvnr],
        ['Postleitzahl', leyla.postcode],
        ['Tag', day],
        ['Monat', month],
        ['Jahr', year],
        ['E-Mail-Adresse', emailOf(leyla)],
      ] as const) {
        await tabTo(label);
        await keys.type(text);
      }
      await keys.press('Enter');
      const form = page.locator('pk-register');
      await form.getByRole('heading', { name: 'Aktivierungsbrief angefordert' }).waitFor();
      const { code } = await readLetter(leyla);
      await tabTo('Aktivierungscode eingeben');
      await keys.press('Enter');
      await tabTo('Versichertennummer');
      await keys.type(leyla.kvnr);
      await tabTo('Aktivierungscode');
      await keys.type(code);
      await keys.press('Enter');
      await form.getByRole('heading', { name: 'Passwort festlegen' }).waitFor();
      await tabTo(words.de.password);
      await keys.type(password);
      await keys.press('Enter');
      await form.getByRole('heading', { name: 'Dieses Gerät verbinden' }).waitFor();
      await tabTo('Passkey erstellen');
      await keys.press('Enter');
      await page.waitForURL((url) => url.pathname === '/konto');
      await page.getByText(leyla.displayName).first().waitFor();
    } finally {
      await context.close();
    }
  });

  test('opened from the letter\'s QR code on another device, the code is filled in and leaves the address bar', async () => {
    const first = await device();
    await first.page.goto(`${site.demo.url}/registrieren`);
    await first.page.locator('pk-register form').waitFor();
    await identify(first.page, friederike);
    await first.context.close();

    const { code, qr } = await readLetter(friederike);
    const link = new URL(qr);
    assert.equal(`${link.origin}${link.pathname}`, `${site.demo.url}/registrieren`);
    assert.equal(link.search, '', 'no code in the query string: it would reach server logs');
    assert.equal(link.hash, `#code=${code.replaceAll('-', '')}`);

    const phone = await device();
    try {
      const requested: string[] = [];
      phone.page.on('request', (request) => requested.push(request.url()));
      await phone.page.goto(qr);
      const form = phone.page.locator('pk-register');
      await form.getByRole('heading', { name: 'Aktivierungscode eingeben' }).waitFor();
      await form.getByText('ist schon eingetragen').waitFor();
      assert.equal(
        (await form.getByLabel('Aktivierungscode', { exact: true }).inputValue()).replace(/[\s-]/g, ''),
        code.replaceAll('-', ''),
      );
      assert.equal(new URL(phone.page.url()).hash, '', 'the code is gone from the address bar');
      assert.ok(
        requested.every((url) => !url.includes(code.replaceAll('-', ''))),
        'no request carried the code in its URL',
      );
      await form.getByLabel('Versichertennummer', { exact: true }).fill(friederike.kvnr);
      await form.getByRole('button', { name: 'Zugang aktivieren' }).click();
      await finish(phone.page, friederike);
      await signOutAndInWithPasskey(phone.page, friederike);
    } finally {
      await phone.context.close();
    }
  });
});
