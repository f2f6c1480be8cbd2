import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import type { DocumentScan } from '../documents.js';
import { audit } from '../stores/audit.js';
import { documents } from '../stores/documents.js';
import {
  jpegWithGps,
  multipartBody,
  pngWithText,
  samplePdf,
  temporaryDocuments,
  type UploadPart,
} from '../testing/documents.js';
import {
  createHarness,
  erika,
  loginWithPassword,
  origin,
  type Harness,
} from '../testing/harness.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface Setup {
  h: Harness;
  cookie: string;
  dir: string;
  scanned: string[];
  verdict: 'clean' | 'refused';
  cleanup(): Promise<void>;
}

async function setup(options: { categories?: 'small' } = {}): Promise<Setup> {
  const temp = await temporaryDocuments();
  const s = { scanned: [] as string[], verdict: 'clean' as 'clean' | 'refused' };
  const scan: DocumentScan = async (file) => {
    s.scanned.push(file.sha256);
    return s.verdict;
  };
  const categories =
    options.categories === 'small'
      ? [
          {
            id: 'invoice',
            label: { de: 'Rechnung', en: 'Invoice' },
            maxFileBytes: 2000,
            maxTotalBytes: 3000,
            maxFiles: 2,
          },
        ]
      : undefined;
  const h = createHarness({
    documents: { store: temp.documents, scan, ...(categories ? { categories } : {}) },
  });
  await h.portal.createAccount(erika);
  const cookie = await loginWithPassword(h);
  return Object.assign(s, { h, cookie, dir: temp.dir, cleanup: temp.remove });
}

function upload(s: Setup, parts: readonly UploadPart[]) {
  const { body, contentType } = multipartBody(parts);
  return s.h.post('/documents', body, { cookie: s.cookie, contentType });
}

async function errorFields(response: Response) {
  return ((await response.json()) as { error: { fields: Record<string, string> } }).error.fields;
}

describe('document upload', () => {
  let s: Setup;
  beforeEach(async () => {
    s = await setup();
  });
  afterEach(async () => {
    await s.cleanup();
  });

  test('answers a receipt naming each file’s SHA-256 of the bytes stored', async () => {
    const pdf = samplePdf();
    const response = await upload(s, [
      { field: 'category', value: 'invoice' },
      { field: 'note', value: 'Osteopathie Juni' },
      { file: pdf, filename: 'Rechnung_Juni.pdf', type: 'application/pdf' },
    ]);
    assert.equal(response.status, 200);
    const { receipt } = await response.json();
    assert.match(receipt.reference, /^DOC-2026-[2-9A-Z]{6}$/);
    assert.equal(receipt.category, 'invoice');
    assert.equal(receipt.note, 'Osteopathie Juni');
    assert.deepEqual(receipt.files, [
      { name: 'Rechnung_Juni.pdf', type: 'application/pdf', size: pdf.length, sha256: sha256(pdf) },
    ]);
    const stored = await readFile(join(s.dir, receipt.reference, '0.pdf'));
    assert.equal(sha256(stored), receipt.files[0].sha256);
    const row = await s.h.store
      .use(documents)
      .find(receipt.reference, (await s.h.store.use(audit).list())[0]!.accountId!);
    assert.equal(row?.status, 'accepted');
  });

  test('lists the categories with their types and limits', async () => {
    const response = await s.h.get('/documents/categories', { cookie: s.cookie });
    const { categories } = await response.json();
    assert.deepEqual(
      categories.map((c: { id: string; approval: boolean }) => [c.id, c.approval]),
      [
        ['sick-note', false],
        ['invoice', false],
        ['application', true],
        ['other', false],
      ],
    );
    assert.equal(categories[0].label.de, 'Arbeitsunfähigkeitsbescheinigung');
    assert.equal(categories[0].maxFileBytes, 10_000_000);
  });

  test('removes EXIF and GPS from a photo before it is stored', async () => {
    const photo = jpegWithGps();
    const response = await upload(s, [
      { field: 'category', value: 'sick-note' },
      { file: photo, filename: 'IMG_2041.jpg', type: 'image/jpeg' },
    ]);
    assert.equal(response.status, 200);
    const { receipt } = await response.json();
    const stored = await readFile(join(s.dir, receipt.reference, '0.jpg'));
    assert.equal(stored.indexOf('Exif'), -1, 'no EXIF block');
    assert.equal(stored.indexOf('GPS'), -1, 'no XMP location');
    assert.equal(stored.indexOf('Lindenallee'), -1, 'no comment');
    assert.equal(stored.indexOf(Buffer.from([0x88, 0x25])), -1, 'no GPS IFD pointer');
    assert.deepEqual([...stored.subarray(-2)], [0xff, 0xd9], 'nothing after the end of the image');
    assert.ok(stored.length < photo.length);
    assert.equal(receipt.files[0].sha256, sha256(stored));
    assert.equal(receipt.files[0].size, stored.length);
  });

  test('is off without the documents option', async () => {
    const h = createHarness();
    await h.portal.createAccount(erika);
    const cookie = await loginWithPassword(h);
    assert.equal((await h.get('/documents/categories', { cookie })).status, 404);
  });

  test('needs a signed-in member, and keeps nothing of an anonymous upload', async () => {
    const { body, contentType } = multipartBody([
      { field: 'category', value: 'invoice' },
      { file: samplePdf(), filename: 'a.pdf' },
    ]);
    const response = await s.h.post('/documents', body, { contentType });
    assert.equal(response.status, 401);
    assert.deepEqual(await leftovers(s), []);
  });

  test('refuses a body that is not multipart', async () => {
    const response = await s.h.post('/documents', { category: 'invoice' }, { cookie: s.cookie });
    assert.equal(response.status, 415);
    assert.equal((await response.json()).error.code, 'CONTENT_TYPE_UNSUPPORTED');
  });

  test('keeps PNG pixels and colour, not their text or EXIF chunks', async () => {
    const response = await upload(s, [
      { field: 'category', value: 'other' },
      { file: pngWithText(), filename: 'scan.png' },
    ]);
    const { receipt } = await response.json();
    const stored = await readFile(join(s.dir, receipt.reference, '0.png'));
    for (const kept of ['IHDR', 'sRGB', 'IDAT', 'IEND']) assert.notEqual(stored.indexOf(kept), -1);
    for (const gone of ['tEXt', 'eXIf', 'Lindenallee'])
      assert.equal(stored.indexOf(gone), -1, gone);
  });

  test('refuses an executable named .pdf and HTML named .png, whatever the browser says', async () => {
    const exe = Buffer.concat([
      Buffer.from('MZ'),
      Buffer.alloc(58),
      Buffer.from([0x80, 0, 0, 0]),
      Buffer.alloc(64),
      Buffer.from('PE\0\0'),
      Buffer.alloc(200),
    ]);
    const html = Buffer.from('<!doctype html><script>alert(1)</script>');
    const response = await upload(s, [
      { field: 'category', value: 'invoice' },
      { file: samplePdf(), filename: 'ok.pdf', type: 'application/pdf' },
      { file: exe, filename: 'Rechnung.pdf', type: 'application/pdf' },
      { file: html, filename: 'Foto.png', type: 'image/png' },
    ]);
    assert.equal(response.status, 400);
    assert.deepEqual(await errorFields(response), { 'file.1': 'type', 'file.2': 'type' });
    assert.deepEqual(await leftovers(s), [], 'not even the good file');
    assert.deepEqual(await submissionEvents(s), []);
  });

  test('refuses a type the category does not allow', async () => {
    const h = createHarness({
      documents: {
        store: (await temporaryDocuments()).documents,
        categories: [
          { id: 'pdf-only', label: { de: 'PDF', en: 'PDF' }, types: ['application/pdf'] },
        ],
      },
    });
    await h.portal.createAccount(erika);
    const cookie = await loginWithPassword(h);
    const { body, contentType } = multipartBody([
      { field: 'category', value: 'pdf-only' },
      { file: jpegWithGps(), filename: 'a.jpg' },
    ]);
    const response = await h.post('/documents', body, { cookie, contentType });
    assert.deepEqual(await errorFields(response), { 'file.0': 'type' });
  });

  test('refuses an empty file, and a submission without files', async () => {
    const empty = await upload(s, [
      { field: 'category', value: 'invoice' },
      { file: new Uint8Array(0), filename: 'leer.pdf' },
    ]);
    assert.deepEqual(await errorFields(empty), { 'file.0': 'empty' });
    const none = await upload(s, [{ field: 'category', value: 'invoice' }]);
    assert.deepEqual(await errorFields(none), { files: 'empty' });
    assert.deepEqual(await leftovers(s), []);
  });

  test('refuses an unknown category and a note of two lines or over 200 characters', async () => {
    const file = { file: samplePdf(), filename: 'a.pdf' };
    const unknown = await upload(s, [{ field: 'category', value: 'lottery' }, file]);
    assert.deepEqual(await errorFields(unknown), { category: 'unknown' });
    const twoLines = await upload(s, [
      { field: 'category', value: 'invoice' },
      { field: 'note', value: 'Zeile 1\nZeile 2' },
      file,
    ]);
    assert.deepEqual(await errorFields(twoLines), { note: 'singleLine' });
    const long = await upload(s, [
      { field: 'category', value: 'invoice' },
      { field: 'note', value: 'ä'.repeat(201) },
      file,
    ]);
    assert.deepEqual(await errorFields(long), { note: 'tooLong' });
    assert.deepEqual(await leftovers(s), []);
  });

  test('keeps the member’s file name as sanitized metadata only, never as a path', async () => {
    const response = await upload(s, [
      { field: 'category', value: 'invoice' },
      { file: samplePdf(), filename: '../../../etc/passwd\u0000\u0007.pdf' },
      { file: samplePdf(1), filename: 'C:\\Users\\erika\\Rechnung\u202Efdp.exe' },
      { file: samplePdf(2), filename: '\u0001\u200f..' },
      { file: samplePdf(3), filename: `${'a'.repeat(300)}.pdf` },
    ]);
    assert.equal(response.status, 200);
    const { receipt } = await response.json();
    const names = receipt.files.map((f: { name: string }) => f.name);
    assert.deepEqual(names.slice(0, 3), ['passwd.pdf', 'Rechnungfdp.exe', 'Datei-3.pdf']);
    assert.equal([...names[3]].length, 120);
    assert.ok(names[3].endsWith('.pdf'));
    const folder = await readdir(join(s.dir, receipt.reference));
    assert.deepEqual(folder.sort(), ['0.pdf', '1.pdf', '2.pdf', '3.pdf', 'submission.json']);
    assert.deepEqual((await readdir(s.dir)).sort(), ['.incoming', receipt.reference]);
  });

  test('refuses what the scanner refuses, and stores none of the submission', async () => {
    s.verdict = 'refused';
    const response = await upload(s, [
      { field: 'category', value: 'invoice' },
      { file: samplePdf(), filename: 'a.pdf' },
    ]);
    assert.deepEqual(await errorFields(response), { 'file.0': 'refused' });
    assert.deepEqual(s.scanned, [sha256(samplePdf())], 'the scanner saw the bytes to be stored');
    assert.deepEqual(await leftovers(s), []);
    assert.deepEqual(await submissionEvents(s), []);
  });

  test('never logs a file name or a note', async () => {
    await upload(s, [
      { field: 'category', value: 'invoice' },
      { field: 'note', value: 'Praxis Dr. Sommer' },
      { file: samplePdf(), filename: 'Befund_Erika_Mustermann.pdf' },
      { file: Buffer.from('<html>'), filename: 'Befund_2.png' },
    ]);
    const logged = JSON.stringify(s.h.logs);
    assert.doesNotMatch(logged, /Befund|Sommer|Mustermann/);
  });
});

describe('document upload limits, enforced while streaming', () => {
  let s: Setup;
  beforeEach(async () => {
    s = await setup({ categories: 'small' });
  });
  afterEach(async () => {
    await s.cleanup();
  });

  test('cuts off a file over its limit as it arrives, and keeps nothing', async () => {
    const big = samplePdf(200_000);
    const { body, contentType } = multipartBody([
      { field: 'category', value: 'invoice' },
      { file: big, filename: 'gross.pdf' },
    ]);
    const sent = { bytes: 0 };
    const response = await streamed(s, slowly(body, sent), contentType);
    assert.equal(response.status, 400);
    assert.deepEqual(await errorFields(response), { 'file.0': 'tooLarge' });
    assert.ok(sent.bytes < 20_000, `read ${sent.bytes} of ${body.length} bytes`);
    assert.deepEqual(await leftovers(s), []);
    assert.deepEqual(await submissionEvents(s), []);
  });

  test('refuses a submission over its total, and more files than allowed', async () => {
    const pdf = samplePdf(1500);
    const total = await upload(s, [
      { field: 'category', value: 'invoice' },
      { file: pdf, filename: 'a.pdf' },
      { file: pdf, filename: 'b.pdf' },
    ]);
    assert.deepEqual(await errorFields(total), { files: 'tooLarge' });
    const small = samplePdf();
    const many = await upload(s, [
      { field: 'category', value: 'invoice' },
      ...['a', 'b', 'c'].map((n) => ({ file: small, filename: `${n}.pdf` })),
    ]);
    assert.deepEqual(await errorFields(many), { files: 'tooMany' });
    assert.deepEqual(await leftovers(s), []);
  });

  test('cuts off a body past the route’s limit', async () => {
    const { body, contentType } = multipartBody([
      { field: 'category', value: 'invoice' },
      { file: samplePdf(50_000), filename: 'a.pdf', name: 'other' },
    ]);
    const response = await streamed(s, slowly(body, { bytes: 0 }), contentType);
    assert.deepEqual(await errorFields(response), { body: 'tooLarge' });
  });

  test('keeps no file and no row of an upload broken off midway', async () => {
    const { body, contentType } = multipartBody([
      { field: 'category', value: 'invoice' },
      { file: samplePdf(), filename: 'a.pdf' },
      { file: samplePdf(1200), filename: 'b.pdf' },
    ]);
    const half = body.length - 600;
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(body.subarray(0, half));
      },
      pull(controller) {
        controller.error(new Error('connection reset'));
      },
    });
    const response = await streamed(s, broken, contentType);
    assert.equal(response.status, 400);
    assert.deepEqual(await errorFields(response), { body: 'incomplete' });
    assert.deepEqual(await leftovers(s), [], 'the first file, complete, is gone too');
    assert.deepEqual(await submissionEvents(s), []);
  });

  test('keeps nothing of a body that simply ends early', async () => {
    const { body, contentType } = multipartBody([
      { field: 'category', value: 'invoice' },
      { file: samplePdf(), filename: 'a.pdf' },
    ]);
    const response = await streamed(
      s,
      slowly(body.subarray(0, body.length - 100), { bytes: 0 }),
      contentType,
    );
    assert.deepEqual(await errorFields(response), { body: 'incomplete' });
    assert.deepEqual(await leftovers(s), []);
  });
});

/** A body in 1 kB chunks, each only when asked for; `sent.bytes` counts what was read. */
function slowly(body: Uint8Array, sent: { bytes: number }): ReadableStream<Uint8Array> {
  return new ReadableStream(
    {
      pull(controller) {
        if (sent.bytes >= body.length) return controller.close();
        const chunk = body.slice(sent.bytes, sent.bytes + 1024);
        sent.bytes += chunk.length;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
}

function streamed(s: Setup, body: ReadableStream<Uint8Array>, contentType: string) {
  return s.h.portal.handle(
    new Request(`${origin}/portal/documents`, {
      method: 'POST',
      headers: { Origin: origin, 'Content-Type': contentType, Cookie: s.cookie },
      body,
      duplex: 'half',
    } as RequestInit),
    { clientAddress: '192.0.2.10' },
  );
}

/** Files in the document store and its temporary folder: none after a refused upload. */
async function leftovers(s: Setup): Promise<string[]> {
  return (await readdir(s.dir, { recursive: true })).filter((f) => f !== '.incoming');
}

async function submissionEvents(s: Setup): Promise<string[]> {
  return (await s.h.store.use(audit).list())
    .map((e) => e.event)
    .filter((e) => e.startsWith('document-upload.'));
}
