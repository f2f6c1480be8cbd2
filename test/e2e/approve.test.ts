import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { demoMembers, type DemoMember } from '../../demo-server/src/members.js';
import { texts } from '../../demo-server/src/i18n.js';
import {
  AddressChangePage,
  ApprovePanel,
  approveWords,
  BankDetailsPage,
  isoDaysFromToday,
  type NewAddress,
} from '../support/approve-page.js';
import { axeViolations, describeViolations } from '../support/axe.js';
import { openDemoSite, type DemoSite } from '../support/demo-site.js';
import { expect } from '../support/expect.js';
import { tabTo } from '../support/keyboard.js';
import { holdAutofillOptions, LoginPage, words, type Lang } from '../support/login-page.js';
import { VirtualAuthenticator } from '../support/virtual-authenticator.js';

// Changes approved with a passkey, bound to what the member sees (issue 20): the address change
// on this device, new bank details approved on the member's phone (a second browser with its own
// passkey, reached through the QR code's link; the waiting page learns the outcome by server-sent
// events), a wrong number picked on the phone cancels, and the address change by keyboard alone.
// axe and the CSP at every step, in German and English; the confirmations in the outbox; the
// receipt checked offline by the command the server package ships.

const root = resolve(import.meta.dirname, '../..');
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

/**
 * With SCREENSHOTS set to a directory, each step is saved there as a PNG (`name.png`), to look at
 * the pages as a member sees them.
 */
async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOTS;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  // Once nothing loads any more, as the member would look at it.
  await page
    .waitForFunction(() => !document.querySelector('[state=busy], [state=loading]'), undefined, {
      timeout: 5_000,
    })
    .catch(() => undefined);
  await page.screenshot({ path: join(dir, `approve-${name}.png`), fullPage: true });
}

/** Signs in with the password on the home page in `lang`; on the overview afterwards. */
async function signIn(page: Page, member: DemoMember, lang: Lang = 'de'): Promise<void> {
  const login = new LoginPage(page, lang);
  await login.open(site.demo.url);
  await login.loginWithPassword(member.email, member.password);
  await page.waitForURL((url) => url.pathname === '/konto');
}

/** Adds this device's passkey on the overview (the virtual authenticator answers). */
async function addPasskey(page: Page, authenticator: VirtualAuthenticator, lang: Lang = 'de') {
  const before = (await authenticator.credentials()).length;
  await page.getByRole('button', { name: words[lang].addPasskey }).click();
  await expect(
    () => authenticator.credentials(),
    (list) => list.length === before + 1,
    'a new passkey on the authenticator',
  );
  await expect(
    () => page.locator('#passkey-list [role=status]').innerText(),
    (text) => text.trim() !== '',
    'the passkey-added status',
  );
}

/** The overview's text of one of the member's details (`address`, `bank-details`). */
async function overviewDetail(page: Page, id: 'address' | 'bank-details'): Promise<string> {
  await page.goto(`${site.demo.url}/konto`);
  return page.locator(`#${id}`).innerText();
}

/**
 * The letters or e-mails of `template` in the outbox, newest first: the address block (or the
 * e-mail's header fields) and the whole text. The outbox itself is checked with axe.
 */
async function outboxMessages(template: string, channel: 'letter' | 'email') {
  const { context, page } = await device();
  try {
    await page.goto(`${site.demo.url}/demo/outbox`);
    await assertAccessible(page, `the outbox with ${template}`);
    await shot(page, `outbox-${template}-${channel}`);
    const items = page.locator(`li[data-template="${template}"][data-channel="${channel}"]`);
    return await Promise.all(
      (await items.all()).map(async (item) => ({
        to: channel === 'letter'
          ? await item.locator('.letter-address').innerText()
          : await item.locator('.email-fields').innerText(),
        text: await item.innerText(),
      })),
    );
  } finally {
    await context.close();
  }
}

/** Reads the QR code `<pk-approve>` draws: the link it opens. */
async function scanQr(qr: Locator): Promise<string> {
  const png = PNG.sync.read(await qr.screenshot());
  const scanned = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(scanned, 'the QR code can be read');
  return scanned.data;
}

/**
 * Collects the ids of approvals completed on this page (`pk-approval-complete`) and counts the
 * page's loads: the waiting page must learn the outcome without one.
 */
async function watchApprovals(page: Page): Promise<{ ids: () => Promise<string[]> }> {
  await page.evaluate(() => {
    const w = window as unknown as { approvedIds: string[] };
    w.approvedIds = [];
    document.addEventListener('pk-approval-complete', (event) => {
      w.approvedIds.push((event as CustomEvent<{ approval: { id: string } }>).detail.approval.id);
    });
  });
  return {
    ids: () =>
      page.evaluate(() => (window as unknown as { approvedIds?: string[] }).approvedIds ?? []),
  };
}

/**
 * The phone opens `link`: signed out, `/freigabe` shows the sign-in (checked while the sign-in's
 * autofill ceremony is held), the phone's passkey signs in (that ceremony, answered at once by
 * the virtual authenticator), and the page comes back with `<pk-approve>` at the numbers; signed
 * in, it shows them at once.
 */
async function openOnPhone(phone: Page, link: string, lang: Lang): Promise<ApprovePanel> {
  let release!: () => void;
  const released = new Promise<void>((done) => (release = done));
  const options = '**/portal/login/passkey/options';
  await phone.route(options, async (route) => {
    await released;
    // The page may have moved on meanwhile (signed in by then, reloaded): nothing to continue.
    await route.continue().catch(() => undefined);
  });
  try {
    await phone.goto(link);
    assert.equal(new URL(phone.url()).pathname, '/freigabe');
    if (await phone.locator('pk-login').count()) {
      await new LoginPage(phone, lang).element.locator('form').waitFor();
      assert.match(phone.url(), /#t=/, 'the link kept in the address while signing in');
      await assertAccessible(phone, `the phone's sign-in on /freigabe (${lang})`);
      await shot(phone, `phone-sign-in-${lang}`);
    }
  } finally {
    release();
  }
  await phone.unroute(options);
  const approve = new ApprovePanel(phone.locator('main'), lang);
  await approve.step('pick');
  assert.doesNotMatch(phone.url(), /#t=/, 'the token taken from the address');
  return approve;
}

describe('approvals bound to what is approved', () => {
  test('an address change on this device: reviewed, approved with the passkey, letters to the old and the new address, kept after a restart', async () => {
    const { context, page, csp } = await device();
    const authenticator = await VirtualAuthenticator.attach(page);
    const w = approveWords.de;
    const moved: NewAddress = {
      street: 'Lindenweg',
      houseNumber: '5a',
      postcode: '14467',
      city: 'Potsdam',
      validFrom: isoDaysFromToday(14),
    };
    try {
      await signIn(page, erika);
      await addPasskey(page, authenticator);
      assert.match(await overviewDetail(page, 'address'), /Heidestraße 17\s+10115 Berlin/);
      await assertAccessible(page, 'the overview with details and the inbox');
      await shot(page, 'overview-de');

      await page.getByRole('link', { name: texts.de.changeAddressLink }).click();
      const form = new AddressChangePage(page, 'de');
      await form.step('form');
      assert.match(await form.element.innerText(), /Heidestraße 17/, 'the current address shown');
      await assertAccessible(page, 'address form');
      await shot(page, 'address-form-de');

      // A postcode with 4 digits first: told so, every value kept.
      await form.fill({ ...moved, postcode: '1446' });
      await form.button(w.formSubmit).click();
      await form.expectSummary(w.postcodeFormat);
      assert.equal(await form.field(w.postcode).getAttribute('aria-invalid'), 'true');
      assert.equal(await form.field(w.street).inputValue(), moved.street);
      await assertAccessible(page, 'address form with an error');
      await shot(page, 'address-form-error-de');

      await form.field(w.postcode).fill(moved.postcode);
      await form.button(w.formSubmit).click();
      await form.step('review');
      const review = await form.element.locator('[part~=review]').innerText();
      assert.match(review, /Heidestraße 17/);
      assert.match(review, /Lindenweg 5a/);
      assert.match(review, /14467 Potsdam/);
      await assertAccessible(page, 'address review');
      await shot(page, 'address-review-de');

      await form.button(w.send).click();
      await form.step('approve');
      const approve = form.approve;
      await approve.step('summary');
      assert.match(await approve.element.innerText(), /Lindenweg 5a/);
      await assertAccessible(page, 'approval summary');
      await shot(page, 'address-approve-de');

      await approve.button(w.passkey).click();
      await form.step('done');
      const done = await form.element.innerText();
      assert.match(done, new RegExp(w.addressDone));
      assert.match(done, /Lindenweg 5a/);
      await assertAccessible(page, 'address change done');
      await shot(page, 'address-done-de');
      assert.deepEqual(csp, []);

      // A letter to the old address and one to the new, each saying what changed.
      const letters = await expect(
        () => outboxMessages('address-changed', 'letter'),
        (list) => list.length >= 2,
        'two letters about the address change',
      );
      const toOld = letters.find((l) => /Heidestraße 17/.test(l.to) && /10115 Berlin/.test(l.to));
      const toNew = letters.find((l) => /Lindenweg 5a/.test(l.to) && /14467 Potsdam/.test(l.to));
      assert.ok(toOld, `a letter to the old address: ${JSON.stringify(letters.map((l) => l.to))}`);
      assert.ok(toNew, 'a letter to the new address');
      for (const letter of [toOld, toNew]) {
        assert.match(letter.to, /Erika Mustermann/);
        assert.match(letter.text, /Heidestraße 17/);
        assert.match(letter.text, /Lindenweg 5a/);
      }

      // The overview shows the new address, after a reload and after a restart of the site.
      assert.match(await overviewDetail(page, 'address'), /Lindenweg 5a\s+14467 Potsdam/);
      await site.demo.restart();
      assert.match(await overviewDetail(page, 'address'), /Lindenweg 5a\s+14467 Potsdam/);
    } finally {
      await context.close();
    }
  });

  test('new bank details approved on the phone: the QR code opens them there, the phone signs in with its passkey and picks the number, the waiting page learns it without a reload', async () => {
    const w = approveWords.de;
    const newIban = 'DE13430609678204418500';
    const phone = await device();
    const pc = await device();
    const phoneAuthenticator = await VirtualAuthenticator.attach(phone.page);
    const receiptDir = await mkdtemp(join(tmpdir(), 'portalkit-receipt-'));
    try {
      // The phone gets a passkey of its own on the passkeys page, then signs out; its sign-in
      // page's autofill ceremony is held so it cannot sign Max in again before the link is opened.
      await signIn(phone.page, max);
      await addPasskey(phone.page, phoneAuthenticator);
      const autofill = await holdAutofillOptions(phone.page);
      await phone.page.getByRole('button', { name: words.de.signOut, exact: true }).click();
      await autofill.held;
      await phone.page.goto('about:blank');

      await signIn(pc.page, max);
      assert.match(await overviewDetail(pc.page, 'bank-details'), /Max Mustermann\s+DE26/);
      await pc.page.getByRole('link', { name: texts.de.changeBankDetailsLink }).click();
      const form = new BankDetailsPage(pc.page, 'de');
      await form.step('form');
      assert.match(await form.element.innerText(), /DE26/, 'the current IBAN shown, masked');
      assert.doesNotMatch(await form.element.innerText(), /1935062841/, 'not in full');
      await assertAccessible(pc.page, 'bank details form');
      await shot(pc.page, 'bank-form-de');

      // A mistyped IBAN (two digits swapped) first: the check digits catch it.
      await form.fill('Max Mustermann', 'DE13 4306 0967 8204 4158 00');
      await form.button(w.formSubmit).click();
      await form.expectSummary(w.ibanChecksum);
      await assertAccessible(pc.page, 'bank details form with an error');
      await shot(pc.page, 'bank-form-error-de');

      // As a member may type it: lower case, spaced.
      await form.field(w.iban).fill('de13 4306 0967 8204 4185 00');
      await form.button(w.formSubmit).click();
      await form.step('review');
      assert.match(await form.element.innerText(), /DE13 4306 0967 8204 4185 00/);
      await assertAccessible(pc.page, 'bank details review');
      await shot(pc.page, 'bank-review-de');

      await form.button(w.send).click();
      await form.step('approve');
      const approve = form.approve;
      await approve.step('summary');
      await assertAccessible(pc.page, 'bank details approval summary');
      const streams: string[] = [];
      pc.page.on('request', (r) => {
        if (r.url().includes('/portal/approvals/events')) streams.push(r.url());
      });
      await approve.button(w.phone).click();
      await approve.step('handoff');
      await approve.state('waiting');
      const number = (await approve.number.innerText()).trim();
      assert.match(number, /^\d{2}$/);
      const shortLink = (await approve.shortLink.innerText()).trim();
      assert.match(shortLink, new RegExp(`^${site.demo.url}/f/[A-Z0-9]{6}$`));
      const link = await scanQr(approve.qr);
      assert.ok(link.startsWith(`${site.demo.url}/freigabe#t=`), `the QR code's link: ${link}`);
      await assertAccessible(pc.page, 'waiting for the phone');
      await shot(pc.page, 'bank-handoff-de');

      // The waiting page: no reload from here on; the outcome comes by its event stream.
      const approvals = await watchApprovals(pc.page);
      let loads = 0;
      pc.page.on('load', () => loads++);

      const onPhone = await openOnPhone(phone.page, link, 'de');
      const phoneText = await onPhone.element.innerText();
      assert.match(phoneText, /DE13 4306 0967 8204 4185 00|DE13/, 'the phone shows what changes');
      assert.match(phoneText, new RegExp(w.pickLegend));
      await assertAccessible(phone.page, 'the numbers on the phone');
      await shot(phone.page, 'phone-pick-de');

      await onPhone.choice(number).check();
      await onPhone.button(w.pickSubmit).click();
      await onPhone.state('approved');
      await assertAccessible(phone.page, 'approved on the phone');
      await shot(phone.page, 'phone-approved-de');
      assert.deepEqual(phone.csp, []);

      // The PC learns it by itself.
      await form.step('done');
      assert.match(await form.element.innerText(), new RegExp(w.bankDone));
      assert.equal(loads, 0, 'the waiting page was not reloaded');
      assert.ok(streams.length > 0, 'the waiting page followed the event stream');
      const [approvalId] = await expect(approvals.ids, (ids) => ids.length === 1, 'one approval');
      await assertAccessible(pc.page, 'bank details done');
      await shot(pc.page, 'bank-done-de');
      assert.deepEqual(pc.csp, []);

      // An e-mail and a letter say so; the overview shows the new account, masked.
      const mails = await expect(
        () => outboxMessages('bank-details-changed', 'email'),
        (list) => list.some((m) => m.to.includes(max.email)),
        'an e-mail about the new bank details',
      );
      assert.doesNotMatch(mails[0]!.text, /8204418500/, 'the e-mail shows no full IBAN');
      const letters = await outboxMessages('bank-details-changed', 'letter');
      assert.ok(letters.some((l) => /Hohe Straße 4/.test(l.to)), 'a letter to his address');
      assert.match(await overviewDetail(pc.page, 'bank-details'), /Max Mustermann\s+DE13[\s\S]*85 00/);

      // The receipt: the member's proof of what was approved, checked offline by the command.
      const receipt = await pc.page.evaluate(async (id) => {
        const response = await fetch('/portal/approvals/receipt', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ id }),
        });
        return { status: response.status, body: await response.json() };
      }, approvalId!);
      assert.equal(receipt.status, 200, JSON.stringify(receipt.body));
      const file = join(receiptDir, 'receipt.json');
      await writeFile(file, JSON.stringify(receipt.body.receipt, null, 2));
      const verified = await verifyReceipt(file);
      assert.equal(verified.code, 0, verified.output);
      assert.match(verified.output, /^VERIFIED/m);
      assert.match(verified.output, /DE13/);
      // Another IBAN in the payload than the one signed: refused.
      const forged = JSON.parse(await readFile(file, 'utf8'));
      forged.payload = { ...forged.payload, iban: 'DE33120300001064932857' };
      await writeFile(file, JSON.stringify(forged));
      const refused = await verifyReceipt(file);
      assert.equal(refused.code, 1, refused.output);
      assert.match(refused.output, /^NOT VERIFIED/m);
    } finally {
      await phone.context.close();
      await pc.context.close();
      await rm(receiptDir, { recursive: true, force: true });
    }
  });

  test('a wrong number picked on the phone cancels the change, and the waiting page shows it (English, the short link typed)', async () => {
    const w = approveWords.en;
    const phone = await device();
    const pc = await device();
    try {
      await signIn(phone.page, hans, 'en');
      await signIn(pc.page, hans, 'en');
      const form = new BankDetailsPage(pc.page, 'en');
      await form.open(site.demo.url);
      await assertAccessible(pc.page, 'bank details form (en)');
      await shot(pc.page, 'bank-form-en');
      await form.button(w.formSubmit).click();
      await assertAccessible(pc.page, 'bank details form, empty (en)');
      await form.fill('Hans Beispiel', 'DE33 1203 0000 1064 9328 57');
      await form.button(w.formSubmit).click();
      await form.step('review');
      await assertAccessible(pc.page, 'bank details review (en)');
      await form.button(w.send).click();
      await form.step('approve');
      const approve = form.approve;
      await approve.step('summary');
      await assertAccessible(pc.page, 'approval summary (en)');
      await shot(pc.page, 'bank-approve-en');
      await approve.button(w.phone).click();
      await approve.step('handoff');
      await assertAccessible(pc.page, 'waiting for the phone (en)');
      await shot(pc.page, 'bank-handoff-en');
      const number = (await approve.number.innerText()).trim();
      const shortLink = (await approve.shortLink.innerText()).trim();

      // The phone, signed in, lists the change among its pending approvals.
      await phone.page.goto(`${site.demo.url}/konto`);
      const inbox = new ApprovePanel(phone.page.locator('main'), 'en');
      await inbox.step('inbox');
      await expect(
        () => inbox.element.innerText(),
        (text) => text.includes(w.inboxHeading) && /bank/i.test(text),
        'the pending change in the inbox',
      );
      await assertAccessible(phone.page, 'the inbox on the phone (en)');
      await shot(phone.page, 'phone-inbox-en');

      // The short link, typed: to the approval page with its code.
      const onPhone = await openOnPhone(phone.page, shortLink, 'en');
      await assertAccessible(phone.page, 'the numbers on the phone (en)');
      const labels = await onPhone.element
        .getByRole('radio')
        .evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).value));
      assert.equal(labels.length, 3, `three numbers: ${labels.join(', ')}`);
      assert.ok(labels.includes(number), 'the right number among them');
      const wrong = labels.find((n) => n !== number)!;
      await onPhone.choice(wrong).check();
      await onPhone.button(w.pickSubmit).click();
      await onPhone.state('cancelled');
      assert.match(await onPhone.element.innerText(), new RegExp(w.cancelledHeading));
      await assertAccessible(phone.page, 'cancelled on the phone (en)');
      await shot(phone.page, 'phone-cancelled-en');

      // The waiting page learns it; nothing changed.
      await approve.state('cancelled');
      assert.match(await approve.element.innerText(), new RegExp(w.cancelledHeading));
      await assertAccessible(pc.page, 'cancelled on the waiting page (en)');
      await shot(pc.page, 'bank-cancelled-en');
      assert.match(await overviewDetail(pc.page, 'bank-details'), /Hans Beispiel\s+DE98/);
      assert.deepEqual(pc.csp, []);
      assert.deepEqual(phone.csp, []);
    } finally {
      await phone.context.close();
      await pc.context.close();
    }
  });

  test('an address change with the keyboard alone (English): declined once, entered again, approved with the passkey', async () => {
    const w = approveWords.en;
    const { context, page, csp } = await device();
    const authenticator = await VirtualAuthenticator.attach(page);
    const keys = page.keyboard;
    const moved: NewAddress = {
      street: 'Leopoldstraße',
      houseNumber: '12',
      postcode: '80802',
      city: 'München',
      validFrom: isoDaysFromToday(-3),
    };
    const [year, month, day] = moved.validFrom.split('-');
    try {
      await signIn(page, hans, 'en');
      await addPasskey(page, authenticator, 'en');

      await tabTo(page, texts.en.changeAddressLink);
      await keys.press('Enter');
      await page.waitForURL((url) => url.pathname === '/konto/anschrift');
      const form = new AddressChangePage(page, 'en');
      await form.step('form');
      await assertAccessible(page, 'address form (en)');

      for (const [label, value] of [
        [w.street, moved.street],
        [w.houseNumber, moved.houseNumber],
        [w.postcode, moved.postcode],
        [w.city, moved.city],
        [w.day, String(Number(day))],
        [w.month, String(Number(month))],
        [w.year, year!],
      ] as const) {
        await tabTo(page, label);
        await keys.type(value);
      }
      await keys.press('Enter');
      await form.step('review');
      await assertAccessible(page, 'address review (en)');
      await shot(page, 'address-review-en');

      await tabTo(page, w.send);
      await keys.press('Enter');
      await form.step('approve');
      await form.approve.step('summary');
      await assertAccessible(page, 'approval summary (en)');

      // Declined: nothing changes, and the change can be entered again with the values kept.
      await tabTo(page, w.deny);
      await keys.press('Enter');
      await form.approve.state('denied');
      await assertAccessible(page, 'declined (en)');
      await shot(page, 'address-denied-en');
      await tabTo(page, 'Enter the change again');
      await keys.press('Enter');
      await form.step('form');
      assert.equal(await form.field(w.street).inputValue(), moved.street);
      await tabTo(page, w.formSubmit);
      await keys.press('Enter');
      await form.step('review');
      await tabTo(page, w.send);
      await keys.press('Enter');
      await form.step('approve');
      await form.approve.step('summary');

      await tabTo(page, w.passkey);
      await keys.press('Enter');
      await form.step('done');
      assert.match(await form.element.innerText(), /Leopoldstraße 12/);
      await assertAccessible(page, 'address change done (en)');
      await shot(page, 'address-done-en');
      assert.deepEqual(csp, []);
      assert.match(await overviewDetail(page, 'address'), /Leopoldstraße 12\s+80802 München/);
    } finally {
      await context.close();
    }
  });
});

/** Runs the server package's `portalkit-verify-receipt` command (its `bin`) on `file`. */
async function verifyReceipt(file: string): Promise<{ code: number; output: string }> {
  const pkg = JSON.parse(await readFile(resolve(root, 'packages/server/package.json'), 'utf8'));
  const bin = resolve(root, 'packages/server', pkg.bin['portalkit-verify-receipt']);
  return new Promise((done) => {
    execFile(process.execPath, [bin, file], (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, output: stdout + stderr });
    });
  });
}
