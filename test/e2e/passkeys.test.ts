import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { demoMembers, type DemoMember } from '../../demo-server/src/members.js';
import { openDemoSite, type DemoSite } from '../support/demo-site.js';
import { expect } from '../support/expect.js';
import { LoginPage, words } from '../support/login-page.js';
import { VirtualAuthenticator } from '../support/virtual-authenticator.js';

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

    const passkeys = page.locator('pk-passkeys');
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
