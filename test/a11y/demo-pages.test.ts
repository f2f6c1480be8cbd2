import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations } from '../support/axe.js';
import { demoMembers, demoRegistrants } from '../../demo-server/src/members.js';
import { openDemoSite, type DemoSite } from '../support/demo-site.js';
import { LoginPage } from '../support/login-page.js';

let site: DemoSite;

before(async () => {
  site = await openDemoSite();
});
after(() => site?.close());

/** Opens a page, collecting every Content-Security-Policy violation it reports. */
async function open(lang: 'de' | 'en'): Promise<{ page: Page; login: LoginPage; cspViolations: string[] }> {
  const context = await site.chromium.browser.newContext();
  const page = await context.newPage();
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  const login = new LoginPage(page, lang);
  await login.open(site.demo.url);
  return { page, login, cspViolations };
}

async function assertAccessible(page: Page, what: string): Promise<void> {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `${what}:\n${describeViolations(violations)}`);
}

for (const lang of ['de', 'en'] as const) {
  describe(`demo pages pass axe (WCAG 2.2 AA) and the strict CSP (${lang})`, () => {
    test('sign-in page: idle, with errors, and the signed-in overview', async () => {
      const { page, login, cspViolations } = await open(lang);
      await assertAccessible(page, 'sign-in page');

      await login.submit.click();
      await login.summary.waitFor();
      await assertAccessible(page, 'sign-in page with the error summary');

      const [member] = demoMembers;
      await login.loginWithPassword(member!.kvnr, member!.password);
      await page.waitForURL((url) => url.pathname === '/konto');
      await page.locator('pk-passkeys').getByRole('button').first().waitFor();
      await assertAccessible(page, 'overview');

      await page.goto(`${site.demo.url}/demo/outbox`);
      await assertAccessible(page, 'outbox');
      assert.deepEqual(cspViolations, []);
      await page.context().close();
    });

    test('settings page: <pk-account> with its sections, a task with an error, and the sessions', async () => {
      const { page, login, cspViolations } = await open(lang);
      const member = demoMembers[lang === 'de' ? 1 : 2]!;
      await login.loginWithPassword(member.email, member.password);
      await page.waitForURL((url) => url.pathname === '/konto');
      await page.locator('.account-nav a[href="/konto/einstellungen"]').click();
      await page.waitForURL((url) => url.pathname === '/konto/einstellungen');
      assert.equal(
        await page.locator('.account-nav a[aria-current=page]').getAttribute('href'),
        '/konto/einstellungen',
      );
      const account = page.locator('pk-account');
      await page.locator('pk-account[step=overview]:not([state=loading])').waitFor();
      await assertAccessible(page, 'settings page');

      // The e-mail task, submitted empty: the error summary and the field's message.
      await account.locator('section, [part~=section]').first().getByRole('button').first().click();
      await page.locator('pk-account[step=email]').waitFor();
      await account.locator('form button[type=submit]').first().click();
      await account.locator('[part~=error-summary]').first().waitFor();
      await assertAccessible(page, 'settings page with an error');

      await page.goto(`${site.demo.url}/konto/einstellungen`);
      await page.locator('pk-account[step=overview]:not([state=loading])').waitFor();
      await account.getByRole('button', { name: lang === 'de' ? 'Geräte anzeigen' : 'Show devices' }).click();
      await page.locator('pk-account[step=sessions]:not([state=busy])').waitFor();
      await assertAccessible(page, 'settings page with the sessions');
      assert.deepEqual(cspViolations, []);
      await page.context().close();
    });

    test('registration page, and an activation letter in the outbox with its QR code', async () => {
      const { page, cspViolations } = await open(lang);
      await page.goto(`${site.demo.url}/registrieren`);
      await page.locator('pk-register form').waitFor();
      await assertAccessible(page, 'registration page');

      const person = demoRegistrants[lang === 'de' ? 0 : 1]!;
      const asked = await page.request.post(`${site.demo.url}/portal/register/identify`, {
        headers: { Origin: site.demo.url },
        data: {
          kvnr: person.kvnr,
          postcode: person.postcode,
          birthDate: person.birthDate,
          email: `${lang}@example.de`,
        },
      });
      assert.equal(asked.status(), 200);
      await page.goto(`${site.demo.url}/demo/outbox`);
      const letter = page.locator('.letter').first();
      await letter.waitFor();
      assert.match((await letter.textContent()) ?? '', new RegExp(person.displayName));
      const qrWidth = await letter
        .locator('.letter-qr img')
        .evaluate((img) => (img as HTMLImageElement).naturalWidth);
      assert.ok(qrWidth > 0, 'the QR code image loads under the CSP');
      await assertAccessible(page, 'outbox with a letter');
      assert.deepEqual(cspViolations, []);
      await page.context().close();
    });
  });
}
