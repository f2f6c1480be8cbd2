import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { UploadReceipt } from '@portalkit/protocol';
import { demoMembers, type DemoMember } from '../../demo-server/src/members.js';
import { texts } from '../../demo-server/src/i18n.js';
import { axeViolations, describeViolations } from '../support/axe.js';
import { approveWords } from '../support/approve-page.js';
import { openDemoSite, type DemoSite } from '../support/demo-site.js';
import {
  executableAsPdf,
  invoicePdf,
  jpegSegments,
  photoMetadata,
  photoWithGps,
  type TestFile,
} from '../support/document-files.js';
import {
  DocumentUploadPage,
  throttleUploads,
  type ProgressSample,
} from '../support/document-upload-page.js';
import { expect } from '../support/expect.js';
import { tabTo } from '../support/keyboard.js';
import { LoginPage, words, type Lang } from '../support/login-page.js';
import { VirtualAuthenticator } from '../support/virtual-authenticator.js';

// Document upload (issue 21) as a member and the back office meet it: a real PDF and a real
// photo with its location in EXIF, sent with progress seen per file; the receipt's SHA-256 equal
// to the stored files' (read back through the inbox's downloads and from the upload directory),
// the photo stored without its EXIF; the inbox's downloads with their headers; an application
// approved with a passkey, its receipt naming the approval; an executable named .pdf refused
// with a message; once with the keyboard alone. axe and the CSP at every step, German and English.

const [erika, max, hans] = demoMembers as [DemoMember, DemoMember, DemoMember];

let site: DemoSite;
let pdf: TestFile;
let photo: TestFile;
let executable: TestFile;

before(async () => {
  site = await openDemoSite();
  [pdf, photo, executable] = await Promise.all([
    invoicePdf(site.chromium.browser),
    photoWithGps(site.chromium.browser),
    executableAsPdf(),
  ]);
  // The photo really carries what must not be stored.
  assert.deepEqual(photoMetadata(photo.buffer), ['Exif', 'camera name', 'GPS latitude']);
});
after(() => site?.close());

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * A browser of its own (its own cookies), as a member's device (a PC, or a phone: its screen,
 * touch and a coarse pointer); CSP reports collected.
 */
async function device({ phone = false } = {}): Promise<{
  context: BrowserContext;
  page: Page;
  csp: string[];
}> {
  const context = await site.chromium.browser.newContext(
    phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {},
  );
  const page = await context.newPage();
  const csp: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) csp.push(message.text());
  });
  // The print button opens the browser's print dialog; here it is counted instead.
  await page.addInitScript(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => void w.printed++;
  });
  return { context, page, csp };
}

async function assertAccessible(page: Page, what: string): Promise<void> {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `${what}:\n${describeViolations(violations)}`);
}

/** With SCREENSHOTS set to a directory, each step is saved there as `upload-<name>.png`. */
async function shot(page: Page, name: string, { settle = true } = {}): Promise<void> {
  const dir = process.env.SCREENSHOTS;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  if (settle) {
    await page
      .waitForFunction(() => !document.querySelector('[state=busy], [state=loading]'), undefined, {
        timeout: 5_000,
      })
      .catch(() => undefined);
  }
  await page.screenshot({ path: join(dir, `upload-${name}.png`), fullPage: true });
}

async function signIn(page: Page, member: DemoMember, lang: Lang = 'de'): Promise<void> {
  const login = new LoginPage(page, lang);
  await login.open(site.demo.url);
  await login.loginWithPassword(member.email, member.password);
  await page.waitForURL((url) => url.pathname === '/konto');
}

/** Adds this device's passkey on the overview (the virtual authenticator answers). */
async function addPasskey(page: Page, authenticator: VirtualAuthenticator, lang: Lang) {
  await page.getByRole('button', { name: words[lang].addPasskey }).click();
  await expect(() => authenticator.credentials(), (l) => l.length === 1, 'a passkey');
  await expect(
    () => page.locator('#passkey-list [role=status]').innerText(),
    (text) => text.trim() !== '',
    'the passkey-added status',
  );
}

/**
 * What the per-file and the overall `<progress>` showed while sending: each reached its max, and
 * at least one was seen part-way (the bytes were reported as they went, not all at the end).
 */
function assertProgress(samples: ProgressSample[][], names: string[]): void {
  assert.ok(samples.length > 0, 'progress bars were shown');
  const bars = samples.at(-1)!.length;
  assert.ok(bars >= names.length, `a bar per file (${names.join(', ')}) and overall: ${bars}`);
  for (const name of names) {
    const seen = samples.flat().filter((s) => s.label.includes(name));
    assert.ok(seen.length > 0, `a progress bar labelled with ${name}: ${JSON.stringify(samples.at(-1))}`);
    assert.ok(
      seen.some((s) => s.max > 0 && s.value >= s.max),
      `${name}'s progress reached its max: ${JSON.stringify(seen.slice(-3))}`,
    );
  }
  const partWay = samples.flat().filter((s) => s.value > 0 && s.value < s.max);
  assert.ok(partWay.length > 0, 'progress seen part-way while the bytes were sent');
}

/** The inbox's entry of `reference`, read as the back office reads it; axe-checked. */
async function inboxEntry(page: Page, reference: string, lang: Lang, name: string) {
  await page.goto(`${site.demo.url}/lang/${lang}?next=/demo/inbox`);
  await assertAccessible(page, `the inbox (${lang})`);
  await shot(page, `inbox-${name}`);
  const entry = page.locator(`li[data-reference="${reference}"]`);
  await entry.waitFor();
  return {
    entry,
    text: await entry.innerText(),
    files: await entry.locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => ({
        name: row.querySelector('th')!.textContent!.trim(),
        href: row.querySelector('a')!.getAttribute('href')!,
        sha256: row.querySelector('.sha256')!.textContent!.trim(),
      })),
    ),
    approval: await entry.locator('[data-approval]').getAttribute('data-approval'),
  };
}

/**
 * Opens a file from the inbox as the back office does (a click, which must download, never
 * show) and fetches it again for its headers: the bytes, the browser's file name, the headers.
 */
async function download(page: Page, name: string) {
  const link = page.getByRole('link', { name: new RegExp(`^${escape(name)}`) }).first();
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await file.path();
  const bytes = await readFile(path);
  const response = await page.request.get(new URL((await link.getAttribute('href'))!, site.demo.url).href);
  assert.equal(response.status(), 200);
  assert.deepEqual(await response.body(), bytes, 'the same bytes by click and by request');
  return { bytes, suggested: file.suggestedFilename(), headers: response.headers() };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every file under the demo's upload directory, by path, with its SHA-256. */
async function storedFiles(): Promise<{ path: string; sha256: string; bytes: Buffer }[]> {
  const dir = join(site.demo.dataDir, 'uploads');
  const found: { path: string; sha256: string; bytes: Buffer }[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = await readFile(path);
    found.push({ path: relative(dir, path), sha256: sha256(bytes), bytes });
  }
  return found;
}

describe('document upload', () => {
  test("a PDF and a photo sent with progress: the receipt's checksums are the stored files', the photo without its location, both opened from the inbox as downloads", async () => {
    const { context, page, csp } = await device();
    const upload = new DocumentUploadPage(page, 'de');
    const w = upload.w;
    try {
      await signIn(page, erika);
      await assertAccessible(page, 'the overview with its documents link');
      await page.getByRole('link', { name: texts.de.documentsLink }).click();
      await page.waitForURL((url) => url.pathname === '/konto/dokumente');
      await upload.step('category');
      await assertAccessible(page, 'the categories');
      await shot(page, 'category-de');

      // Nothing chosen: told so, on the spot.
      await upload.button(w.next).click();
      await upload.expectSummary(w.categoryEmpty);
      await assertAccessible(page, 'the categories, none chosen');
      await shot(page, 'category-error-de');

      await upload.category(w.invoice).check();
      await upload.note.fill('Rechnung 2026-0612');
      await upload.button(w.next).click();
      await upload.step('files');
      await assertAccessible(page, 'the files step, empty');
      await shot(page, 'files-empty-de');

      // The picker is the native input, for several files; no camera on a PC.
      assert.equal(await upload.chooser.getAttribute('type'), 'file');
      assert.equal(await upload.chooser.getAttribute('multiple'), '');
      assert.equal(await upload.element.getByLabel(w.camera, { exact: true }).count(), 0);

      await upload.chooser.setInputFiles([pdf, photo, executable]);
      for (const file of [pdf, photo, executable]) await upload.item(file.name).waitFor();
      // A thumbnail for the photo, drawn (not a broken image), and none for the PDF.
      await expect(
        () =>
          upload.item(photo.name).locator('img, canvas').evaluateAll((found) =>
            found.map((e) =>
              e instanceof HTMLImageElement ? e.complete && e.naturalWidth > 0 : e.clientWidth > 0,
            ),
          ),
        (drawn) => drawn.length === 1 && drawn[0] === true,
        "the photo's thumbnail",
      );
      assert.match(await upload.item(pdf.name).innerText(), /PDF/);

      // The executable named .pdf: refused before anything is sent, by its bytes.
      const requests: string[] = [];
      page.on('request', (r) => {
        if (r.method() === 'POST' && new URL(r.url()).pathname === '/portal/documents') {
          requests.push(r.url());
        }
      });
      if (!(await upload.summary.isVisible())) await upload.button(w.send).click();
      await upload.expectSummary(w.wrongType(executable.name));
      assert.match(await upload.item(executable.name).innerText(), new RegExp(escape(w.wrongType(executable.name).split(': ')[1]!)));
      assert.deepEqual(requests, [], 'nothing sent while a file is wrong');
      await assertAccessible(page, 'the files with a wrong one');
      await shot(page, 'files-error-de');

      await upload.button(w.remove(executable.name)).click();
      await expect(() => upload.item(executable.name).count(), (n) => n === 0, 'the file removed');
      await assertAccessible(page, 'the files, a PDF and a photo');
      await shot(page, 'files-de');

      // On a slow line (256 KB/s), so the progress is there to see.
      const watch = await upload.watch();
      const slow = await throttleUploads(page, 256 * 1024);
      await upload.button(w.send).click();
      await page.locator('pk-document-upload[step="upload"]').waitFor();
      await expect(
        async () => (await watch.samples()).flat().some((s) => s.value > 0 && s.value < s.max),
        Boolean,
        'the upload under way',
      );
      await assertAccessible(page, 'the upload under way');
      await shot(page, 'upload-de', { settle: false });
      const receipt = await watch.receipt();
      await slow.off();
      assertProgress(await watch.samples(), [pdf.name, photo.name]);
      assert.equal(requests.length, 1, 'one request for the whole submission');

      await upload.step('receipt');
      await assertAccessible(page, 'the receipt');
      await shot(page, 'receipt-de');
      assert.deepEqual(csp, []);

      // The receipt names both files with their checksums, the category and the note.
      assert.match(receipt.reference, /^DOC-/);
      assert.equal(receipt.category, 'invoice');
      assert.equal(receipt.note, 'Rechnung 2026-0612');
      assert.deepEqual(
        receipt.files.map((f) => [f.name, f.type]),
        [
          [pdf.name, 'application/pdf'],
          [photo.name, 'image/jpeg'],
        ],
      );
      const shown = await upload.element.innerText();
      assert.match(shown, new RegExp(w.receiptHeading));
      assert.match(shown, new RegExp(receipt.reference));
      assert.match(shown, new RegExp(w.invoice));
      for (const file of receipt.files) assert.ok(shown.includes(file.sha256), `${file.name}'s SHA-256 shown`);
      // A PDF is stored as sent; the photo is smaller by its metadata.
      assert.equal(receipt.files[0]!.sha256, sha256(pdf.buffer));
      assert.equal(receipt.files[0]!.size, pdf.buffer.length);
      assert.ok(receipt.files[1]!.size < photo.buffer.length, 'the photo stored without its EXIF');

      await upload.button(w.print).click();
      assert.equal(await page.evaluate(() => (window as unknown as { printed: number }).printed), 1);

      // The stored files: under names of the server's, with the receipt's checksums.
      const stored = await storedFiles();
      for (const file of receipt.files) {
        assert.ok(
          stored.some((s) => s.sha256 === file.sha256),
          `${file.name} stored with the receipt's SHA-256: ${JSON.stringify(stored.map((s) => s.path))}`,
        );
      }
      for (const s of stored) {
        assert.doesNotMatch(s.path, /Rechnung|Attest|Ärztin/, 'storage names are the server\'s');
        assert.deepEqual(photoMetadata(s.bytes), [], `${s.path} holds no EXIF or GPS`);
      }

      // The back office: the submission with the member, the category, the note, each file.
      const inbox = await inboxEntry(page, receipt.reference, 'de', 'de');
      assert.match(inbox.text, /Erika Mustermann/);
      assert.match(inbox.text, new RegExp(w.invoice));
      assert.match(inbox.text, /Rechnung 2026-0612/);
      assert.equal(inbox.approval, '');
      assert.deepEqual(
        inbox.files.map((f) => [f.name, f.sha256]),
        receipt.files.map((f) => [f.name, f.sha256]),
      );

      const invoice = await download(page, pdf.name);
      assert.equal(sha256(invoice.bytes), receipt.files[0]!.sha256);
      assert.equal(invoice.suggested, pdf.name);
      assert.equal(invoice.headers['content-type'], 'application/pdf');
      assert.equal(
        invoice.headers['content-disposition'],
        `attachment; filename="Rechnung_Juni.pdf"; filename*=UTF-8''Rechnung_Juni.pdf`,
      );
      assert.equal(invoice.headers['x-content-type-options'], 'nosniff');

      // The photo: the receipt's bytes, still a JPEG, nothing of where it was taken.
      const picture = await download(page, photo.name);
      assert.equal(sha256(picture.bytes), receipt.files[1]!.sha256);
      assert.equal(picture.suggested, photo.name, 'the browser reads the UTF-8 file name');
      assert.equal(picture.headers['content-type'], 'image/jpeg');
      assert.equal(
        picture.headers['content-disposition'],
        `attachment; filename="Attest Aerztin.jpg"; filename*=UTF-8''Attest%20%C3%84rztin.jpg`,
      );
      assert.equal(picture.headers['x-content-type-options'], 'nosniff');
      assert.match(picture.headers['content-security-policy'] ?? '', /sandbox/);
      assert.deepEqual(photoMetadata(picture.bytes), []);
      const markers = jpegSegments(picture.bytes).map((s) => s.marker);
      assert.ok(markers.includes(0xc0) || markers.includes(0xc2), 'a frame header: still a JPEG');
      assert.ok(markers.includes(0xda), 'and its image data');

      // Another language, the same entry.
      const english = await inboxEntry(page, receipt.reference, 'en', 'en');
      assert.match(english.text, /Invoice for reimbursement/);
      assert.deepEqual(csp, []);
    } finally {
      await context.close();
    }
  });

  test('an application sent from a phone is approved with a passkey before it is accepted, and its receipt names the approval (English)', async () => {
    const { context, page, csp } = await device({ phone: true });
    const authenticator = await VirtualAuthenticator.attach(page);
    const upload = new DocumentUploadPage(page, 'en');
    const w = upload.w;
    const application: TestFile = { ...pdf, name: 'Antrag_Haushaltshilfe.pdf' };
    try {
      await signIn(page, max, 'en');
      await addPasskey(page, authenticator, 'en');
      await page.getByRole('link', { name: texts.en.documentsLink }).click();
      await upload.step('category');
      await assertAccessible(page, 'the categories (en)');
      await shot(page, 'category-en');

      await upload.category(w.application).check();
      await upload.button(w.next).click();
      await upload.step('files');
      // On a phone, "Take a photo" opens the back camera.
      const camera = upload.element.getByLabel(w.camera, { exact: true });
      assert.equal(await camera.getAttribute('type'), 'file');
      assert.equal(await camera.getAttribute('capture'), 'environment');
      assert.equal(await camera.getAttribute('accept'), 'image/*');
      await upload.chooser.setInputFiles([application]);
      await upload.item(application.name).waitFor();
      await assertAccessible(page, 'the files step (en)');
      await shot(page, 'files-en');

      const watch = await upload.watch();
      const slow = await throttleUploads(page, 64 * 1024);
      await upload.button(w.send).click();
      await expect(
        async () => (await watch.samples()).flat().some((s) => s.value > 0 && s.value < s.max),
        Boolean,
        'the upload under way',
      );
      await assertAccessible(page, 'the upload under way (en)');
      await shot(page, 'upload-en', { settle: false });

      // Not accepted yet: the approval shows the file by name and checksum.
      await upload.step('approve', 30_000);
      await slow.off();
      assertProgress(await watch.samples(), [application.name]);
      await upload.approve.step('summary');
      const summary = await upload.approve.element.innerText();
      assert.match(summary, new RegExp(escape(application.name)));
      assert.match(summary, new RegExp(sha256(pdf.buffer).slice(0, 16)), 'the SHA-256 approved');
      await assertAccessible(page, 'the approval (en)');
      await shot(page, 'approve-en');
      // Waiting for the approval, the submission is not the back office's yet (asked beside the
      // page, which keeps the focus a passkey prompt needs).
      const pending = await page.request.get(`${site.demo.url}/demo/inbox`);
      assert.doesNotMatch(await pending.text(), /Antrag_Haushaltshilfe/);

      await upload.approve.button(approveWords.en.passkey).click();
      await upload.step('receipt');
      const receipt = await watch.receipt();
      assert.equal(receipt.category, 'application');
      assert.ok(receipt.approvalId, 'the receipt names the approval');
      assert.deepEqual(
        receipt.files.map((f) => [f.name, f.sha256]),
        [[application.name, sha256(pdf.buffer)]],
      );
      const shown = await upload.element.innerText();
      assert.match(shown, new RegExp(w.receiptHeading));
      assert.match(shown, new RegExp(`${w.approval}[\\s\\S]*${escape(receipt.approvalId)}`));
      await assertAccessible(page, 'the receipt of an application (en)');
      await shot(page, 'receipt-en');

      // Accepted now: in the inbox with its approval.
      const inbox = await inboxEntry(page, receipt.reference, 'en', 'en-approved');
      assert.equal(inbox.approval, receipt.approvalId);
      assert.match(inbox.text, /Max Mustermann/);
      assert.match(inbox.text, /Application/);
      assert.deepEqual(inbox.files.map((f) => f.sha256), [sha256(pdf.buffer)]);
      assert.deepEqual(csp, []);
    } finally {
      await context.close();
    }
  });

  test('a sick note with the keyboard alone (English): the picker opened from the keyboard, a wrong file removed, sent, the receipt printed', async () => {
    const { context, page, csp } = await device();
    const upload = new DocumentUploadPage(page, 'en');
    const w = upload.w;
    const keys = page.keyboard;
    const scan: TestFile = { ...executable, name: 'Scan.pdf' };
    try {
      await signIn(page, hans, 'en');
      await tabTo(page, texts.en.documentsLink);
      await keys.press('Enter');
      await page.waitForURL((url) => url.pathname === '/konto/dokumente');
      await upload.step('category');

      // The radio group is one tab stop; Space picks the focused choice.
      await tabTo(page, w.sickNote);
      await keys.press('Space');
      assert.equal(await upload.category(w.sickNote).isChecked(), true);
      await tabTo(page, w.note);
      await keys.type('AU vom 3. Juni');
      await keys.press('Enter');
      await upload.step('files');
      await assertAccessible(page, 'the files step by keyboard (en)');

      // The native picker opens from the keyboard; the member picks two files in it.
      // Listening first: the browser's dialog is intercepted from then on.
      const chooser = page.waitForEvent('filechooser');
      await tabTo(page, w.choose);
      await keys.press('Space');
      const picker = await chooser;
      assert.equal(picker.isMultiple(), true);
      await picker.setFiles([scan, photo]);
      await upload.item(photo.name).waitFor();
      await tabTo(page, w.send);
      await keys.press('Enter');
      await upload.expectSummary(w.wrongType(scan.name));
      await assertAccessible(page, 'a wrong file (en)');
      await shot(page, 'files-error-en');

      await tabTo(page, w.remove(scan.name), { backwards: true });
      await keys.press('Enter');
      await expect(() => upload.item(scan.name).count(), (n) => n === 0, 'the file removed');
      // Focus is not lost with the removed button: it is still inside the element.
      assert.equal(
        await page.evaluate(() => !!document.activeElement?.closest('pk-document-upload')),
        true,
        'focus stays in the element',
      );
      await tabTo(page, w.send);
      await keys.press('Enter');
      await upload.step('receipt');
      await assertAccessible(page, 'the receipt by keyboard (en)');
      assert.match(await upload.element.innerText(), new RegExp(w.sickNote));
      assert.match(await upload.element.innerText(), /AU vom 3\. Juni/);

      await tabTo(page, w.print);
      await keys.press('Enter');
      assert.equal(await page.evaluate(() => (window as unknown as { printed: number }).printed), 1);
      assert.deepEqual(csp, []);
    } finally {
      await context.close();
    }
  });
});
