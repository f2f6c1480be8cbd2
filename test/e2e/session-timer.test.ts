import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { demoMembers, type DemoMember } from '../../demo-server/src/members.js';
import { texts } from '../../demo-server/src/i18n.js';
import { axeViolations, describeViolations } from '../support/axe.js';
import { openDemoSite, type DemoSite } from '../support/demo-site.js';
import { expect } from '../support/expect.js';
import { LoginPage, type Lang } from '../support/login-page.js';

// The warning before the idle sign-out (WCAG 2.2.1, UX.md "Time limits"): `<pk-session-timer>`
// on every signed-in page of the demo. The demo runs with an idle timeout of a few seconds more
// than the two minutes the warning comes before it, so the warning is due a few seconds after a
// page loads; a second demo with an idle timeout shorter than the warning shows the sign-out.

const [erika, max, hans] = demoMembers as [DemoMember, DemoMember, DemoMember];

/** Seconds of idle time the demo allows: the warning (two minutes before) is due after 8 s. */
const idleSeconds = 128;
const warnBeforeSeconds = 120;

const timerWords = {
  de: {
    warning: /Sie werden in (2 Minuten|einer Minute) abgemeldet/,
    stay: 'Angemeldet bleiben',
    signOut: 'Jetzt abmelden',
  },
  en: {
    warning: /You will be signed out in (2 minutes|1 minute)/,
    stay: 'Stay signed in',
    signOut: 'Sign out now',
  },
} as const;

// The tests wait for the demo's real idle time, not for each other: they run at once, each in a
// browser context of its own.
describe('<pk-session-timer> in the demo', { concurrency: true }, () => {
  let site: DemoSite;

  before(async () => {
    site = await openDemoSite({ IDLE_TIMEOUT_SECONDS: String(idleSeconds) });
  });
  after(() => site?.close());

  async function newPage(on: DemoSite = site): Promise<{ context: BrowserContext; page: Page }> {
    const context = await on.chromium.browser.newContext();
    const page = await context.newPage();
    return { context, page };
  }

  async function signIn(page: Page, member: DemoMember, lang: Lang, on: DemoSite = site) {
    const login = new LoginPage(page, lang);
    await login.open(on.demo.url);
    await login.loginWithPassword(member.email, member.password);
    await page.waitForURL((url) => url.pathname === '/konto');
  }

  /** `GET /session` as the page's own script would ask it (it does not extend the session). */
  async function sessionOf(
    page: Page,
  ): Promise<{ signedIn: boolean; idleExpiresIn?: number; absoluteExpiresIn?: number }> {
    return page.evaluate(async () => (await fetch('/portal/session')).json());
  }

  function dialog(page: Page): Locator {
    return page.locator('pk-session-timer dialog');
  }

  function isOpen(page: Page): Promise<boolean> {
    return dialog(page).evaluate((element) => (element as HTMLDialogElement).open);
  }

  async function waitForWarning(page: Page, timeout = 20_000): Promise<void> {
    await expect(() => isOpen(page), (open) => open, 'the warning dialog open', timeout);
  }

  async function waitForClosed(page: Page, timeout = 10_000): Promise<void> {
    await expect(() => isOpen(page), (open) => !open, 'the warning dialog closed', timeout);
  }

  /** Requests to extend the session that a page sends. */
  function countExtends(page: Page): { count: number } {
    const counter = { count: 0 };
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/portal/session/extend') {
        counter.count++;
      }
    });
    return counter;
  }

  describe('the warning before the idle sign-out', () => {
    test('comes two minutes before the sign-out by the page clock, takes focus and says when', async () => {
      const { context, page } = await newPage();
      // The page's clock: installed before the first page, so every timer of the element runs on it.
      await page.clock.install();
      let read = false;
      page.on('requestfinished', (request) => {
        if (new URL(request.url()).pathname === '/portal/session') read = true;
      });
      await signIn(page, erika, 'de');
      // The timer's first reading of the session's times, once the page has painted.
      await expect(() => read, (done) => done, "the timer's first GET /session");
      const start = await sessionOf(page);
      assert.equal(start.signedIn, true);
      assert.ok(start.idleExpiresIn! > warnBeforeSeconds, `idle ${start.idleExpiresIn} s left`);

      // Stopped, the page's clock never reaches the warning, however long the test waits.
      await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 500);
      await page.waitForTimeout(2_000);
      assert.equal(await isOpen(page), false, 'no warning while more than two minutes are left');

      // Run on to the moment two minutes before the sign-out: the warning opens.
      await page.clock.runFor((idleSeconds - warnBeforeSeconds + 1) * 1000);
      await page.clock.resume();
      await waitForWarning(page);
      const left = await sessionOf(page);
      assert.ok(
        left.idleExpiresIn! <= warnBeforeSeconds + 1,
        `the warning came ${left.idleExpiresIn} s before the sign-out, not more than two minutes`,
      );

      // A modal dialog that holds the focus and says in words when the sign-out comes.
      assert.equal(await dialog(page).evaluate((d) => d.matches(':modal')), true, 'modal');
      assert.equal(
        await page.evaluate(() => document.activeElement?.closest('dialog') !== null),
        true,
        'focus in the dialog',
      );
      assert.match(await dialog(page).innerText(), timerWords.de.warning);
      const stay = dialog(page).getByRole('button', { name: timerWords.de.stay, exact: true });
      const signOut = dialog(page).getByRole('button', { name: timerWords.de.signOut, exact: true });
      assert.equal(await stay.isVisible(), true);
      assert.equal(await signOut.isVisible(), true);
      await context.close();
    });

    for (const lang of ['de', 'en'] as const) {
      test(`"${timerWords[lang].stay}" extends the session with one request and closes the warning (${lang})`, async () => {
        const { context, page } = await newPage();
        await signIn(page, lang === 'de' ? erika : max, lang);
        const extendRequests = countExtends(page);
        // The member was on the overview's sign-out button when the warning came.
        await page.locator('#sign-out').focus();
        await waitForWarning(page);
        const violations = await axeViolations(page);
        assert.equal(violations.length, 0, `the warning:\n${describeViolations(violations)}`);
        const warned = await sessionOf(page);
        assert.ok(warned.idleExpiresIn! <= warnBeforeSeconds + 1);

        await dialog(page).getByRole('button', { name: timerWords[lang].stay, exact: true }).click();
        await waitForClosed(page);
        const extended = await sessionOf(page);
        assert.equal(extended.signedIn, true);
        assert.ok(
          extended.idleExpiresIn! >= idleSeconds - 3,
          `the full idle time again (${extended.idleExpiresIn} s of ${idleSeconds})`,
        );
        assert.equal(extendRequests.count, 1, 'one request extends the session');
        assert.equal(
          await page.evaluate(() => document.activeElement?.id),
          'sign-out',
          'focus back where it was',
        );
        await context.close();
      });
    }

    test('the keyboard alone keeps the member signed in (Tab stays in the dialog, Enter on the button)', async () => {
      const { context, page } = await newPage();
      await signIn(page, hans, 'de');
      await waitForWarning(page);
      const names: string[] = [];
      for (let i = 0; i < 4; i++) {
        names.push(
          await page.evaluate(() => {
            const active = document.activeElement as HTMLElement | null;
            return active?.closest('dialog') ? (active.textContent ?? '').trim() : 'outside';
          }),
        );
        if (names.at(-1) === timerWords.de.stay) break;
        await page.keyboard.press('Tab');
      }
      assert.ok(!names.includes('outside'), `Tab stays in the modal dialog: ${JSON.stringify(names)}`);
      assert.equal(names.at(-1), timerWords.de.stay, `Tab reaches the button: ${JSON.stringify(names)}`);
      await page.keyboard.press('Enter');
      await waitForClosed(page);
      assert.ok((await sessionOf(page)).idleExpiresIn! >= idleSeconds - 3);

      // Escape never signs out: the member is there, so it keeps them signed in too.
      await waitForWarning(page);
      await page.keyboard.press('Escape');
      await waitForClosed(page);
      const session = await sessionOf(page);
      assert.equal(session.signedIn, true);
      assert.ok(session.idleExpiresIn! >= idleSeconds - 3);
      await context.close();
    });
  });

  describe('two pages of one browser agree', () => {
    test('staying signed in on one closes the warning on the other; signing out on one signs out both', async () => {
      const { context, page: first } = await newPage();
      await signIn(first, max, 'de');
      const second = await context.newPage();
      await second.goto(`${site.demo.url}/konto/einstellungen`);
      await Promise.all([waitForWarning(first), waitForWarning(second)]);

      await first.getByRole('button', { name: timerWords.de.stay, exact: true }).click();
      await Promise.all([waitForClosed(first), waitForClosed(second)]);
      assert.ok((await sessionOf(second)).idleExpiresIn! >= idleSeconds - 3);

      // The warning comes again on both; "Jetzt abmelden" on the second signs out the first too.
      await Promise.all([waitForWarning(first), waitForWarning(second)]);
      await second.getByRole('button', { name: timerWords.de.signOut, exact: true }).click();
      // Both pages leave for the sign-in, which says the member was signed out (not why a timeout).
      const signedOut = (url: URL) => url.pathname === '/' && url.search === '?abgemeldet';
      await Promise.all([second.waitForURL(signedOut), first.waitForURL(signedOut)]);
      assert.equal((await sessionOf(first)).signedIn, false);
      for (const page of [first, second]) {
        await page.locator('pk-login form').waitFor();
        assert.equal(await page.locator('.login-card .notice').innerText(), texts.de.signedOutNotice);
      }
      await context.close();
    });

    test("the site's own \"Abmelden\" signs out the other page at once, with no warning first", async () => {
      const { context, page: first } = await newPage();
      await signIn(first, max, 'de');
      const second = await context.newPage();
      // The second page's clock stands still: its timer never reads the session again by itself,
      // so only the first page's word can sign it out.
      await second.clock.install();
      await second.goto(`${site.demo.url}/konto/einstellungen`);
      await second.locator('pk-account [part~=section]').first().waitFor();
      await second.clock.pauseAt((await second.evaluate(() => Date.now())) + 500);

      await first.locator('#sign-out').click();
      const signedOut = (url: URL) => url.pathname === '/' && url.search === '?abgemeldet';
      await Promise.all([first.waitForURL(signedOut), second.waitForURL(signedOut)]);
      assert.equal((await sessionOf(second)).signedIn, false);
      await context.close();
    });
  });

  describe('the sign-out when the time has run out', () => {
    /** An idle timeout shorter than the warning: it opens at once, and the session ends soon. */
    let short: DemoSite;
    before(async () => {
      short = await openDemoSite({ IDLE_TIMEOUT_SECONDS: '6' });
    });
    after(() => short?.close());

    for (const lang of ['de', 'en'] as const) {
      test(`signs out and the sign-in page says why (${lang})`, async () => {
        const { context, page } = await newPage(short);
        await signIn(page, erika, lang, short);
        await waitForWarning(page, 5_000);
        // The page's own script leaves for the sign-in page with the reason once the timer fired
        // `pk-session-expired`; nothing of the member's stays on the screen.
        await page.waitForURL(
          (url) => url.pathname === '/' && url.search.includes('abgemeldet=timeout'),
          { timeout: 20_000 },
        );
        const notice = page.locator('.login-card .notice');
        assert.equal(await notice.innerText(), texts[lang].expiredNotice);
        assert.match(texts.de.expiredNotice, /Sie wurden aus Sicherheitsgründen abgemeldet/);
        assert.equal((await sessionOf(page)).signedIn, false);
        // Back does not return to the page of the signed-out member.
        await page.goBack().catch(() => undefined);
        assert.notEqual(new URL(page.url()).pathname, '/konto');
        await context.close();
      });
    }
  });

  describe('the warning before the longest time a session may last', () => {
    /** Idle for 15 minutes as by default, but the session may last only a little over two. */
    let limited: DemoSite;
    before(async () => {
      limited = await openDemoSite({ ABSOLUTE_TIMEOUT_SECONDS: String(idleSeconds) });
    });
    after(() => limited?.close());

    test('says when the session ends and that it cannot be extended; "OK" closes it', async () => {
      const { context, page } = await newPage(limited);
      await signIn(page, max, 'de', limited);
      await waitForWarning(page);
      const text = await dialog(page).innerText();
      assert.match(text, /Sie werden bald abgemeldet/);
      assert.match(text, /Ihre Sitzung endet um \d{1,2}:\d{2} Uhr\. Sie kann aus Sicherheitsgründen nicht verlängert werden\./);
      assert.equal(
        await dialog(page).getByRole('button', { name: timerWords.de.stay }).count(),
        0,
        'nothing offers to extend what cannot be extended',
      );
      const violations = await axeViolations(page);
      assert.equal(violations.length, 0, `the absolute warning:\n${describeViolations(violations)}`);
      await dialog(page).getByRole('button', { name: 'OK', exact: true }).click();
      await waitForClosed(page);
      await page.waitForTimeout(1_500);
      assert.equal(await isOpen(page), false, 'it does not open again');
      await context.close();
    });
  });
});
