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
import { createHarness, erika, loginWithPassword, origin, type Harness } from '../testing/harness.js';

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
      ? [{ id: 'invoice', label: { de: 'Rechnung', en: 'Invoice' }, maxFileBytes: 2000, maxTotalBytes: 3000, maxFiles: 2 }]
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

/** Everything the document store holds besides its own temporary folder. */
async function storedFiles(dir: string): Promise<string[]> {
  const all = await readdir(dir, { recursive: true });
  return all.filter((f) => !f.startsWith('.incoming') || f !== '.incoming').sort();
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
    const row = await s.h.store.use(documents).find(receipt.reference, (await s.h.store.use(audit).list())[0]!.accountId!);
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

  test('needs a signed-in member', async () => {
    const { body, contentType } = multipartBody([{ field: 'category', value: 'invoice' }]);
    const response = await s.h.post('/documents', body, { contentType });
    assert.equal(response.status, 401);
    void origin;
    void pngWithText;
    void storedFiles;
    void errorFields;
  });
});
