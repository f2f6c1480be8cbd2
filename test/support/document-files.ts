import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';

/**
 * Real files of the kinds members upload, made for each run: a PDF printed by Chromium, a photo
 * encoded by Chromium's canvas with an EXIF block that names the camera and where it was taken
 * (as a phone's camera writes it), and an executable renamed to `.pdf`.
 */
export interface TestFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Where the test photo claims it was taken (Berlin, Lindenallee): degrees, minutes, seconds. */
export const photoLatitude = [52, 31, 12] as const;
export const photoLongitude = [13, 24, 36] as const;
/** The camera the photo's EXIF names. */
export const photoCamera = 'Lindenhof Testkamera';

/** A one-page PDF with an invoice's text, printed by Chromium (`page.pdf()`). */
export async function invoicePdf(browser: Browser, name = 'Rechnung_Juni.pdf'): Promise<TestFile> {
  const page = await browser.newPage();
  try {
    await page.setContent(
      `<!doctype html><html lang="de"><meta charset="utf-8"><title>Rechnung</title>
<h1>Praxis für Osteopathie</h1><p>Rechnung Nr. 2026-0612 vom 12.06.2026</p>
<p>Osteopathische Behandlung, 60 Minuten: 95,00 EUR</p>`,
    );
    return { name, mimeType: 'application/pdf', buffer: await page.pdf({ format: 'A4' }) };
  } finally {
    await page.close();
  }
}

/**
 * A JPEG photo as a phone's camera makes one: `width` × `height` pixels of a drawn scene with
 * noise (so it compresses like a photo, a few hundred KB), encoded by the browser, with an
 * APP1 Exif segment (camera name and a GPS position) inserted after the start of the image.
 */
export async function photoWithGps(
  browser: Browser,
  name = 'Attest Ärztin.jpg',
  { width = 1200, height = 900 } = {},
): Promise<TestFile> {
  const page = await browser.newPage();
  try {
    const base64 = await page.evaluate(
      async ({ width, height }) => {
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const g = canvas.getContext('2d')!;
        g.fillStyle = '#f4f1e8';
        g.fillRect(0, 0, width, height);
        g.fillStyle = '#1b1f1d';
        g.font = `${Math.round(height / 14)}px sans-serif`;
        g.fillText('Arbeitsunfähigkeitsbescheinigung', width / 12, height / 5);
        const noise = g.getImageData(0, 0, width, height);
        let seed = 42;
        for (let i = 0; i < noise.data.length; i += 4) {
          seed = (seed * 1103515245 + 12345) & 0x7fffffff;
          const n = (seed % 48) - 24;
          noise.data[i] = Math.max(0, Math.min(255, noise.data[i]! + n));
          noise.data[i + 1] = Math.max(0, Math.min(255, noise.data[i + 1]! + n));
          noise.data[i + 2] = Math.max(0, Math.min(255, noise.data[i + 2]! + n));
        }
        g.putImageData(noise, 0, 0);
        const blob = await new Promise<Blob>((done) =>
          canvas.toBlob((b) => done(b!), 'image/jpeg', 0.9),
        );
        const bytes = new Uint8Array(await blob.arrayBuffer());
        let binary = '';
        for (const byte of bytes) binary += String.fromCharCode(byte);
        return btoa(binary);
      },
      { width, height },
    );
    const jpeg = Buffer.from(base64, 'base64');
    return { name, mimeType: 'image/jpeg', buffer: withExif(jpeg) };
  } finally {
    await page.close();
  }
}

/** An executable (this machine's `/bin/true`, an ELF binary) under a PDF's name. */
export async function executableAsPdf(name = 'Rechnung_Juli.pdf'): Promise<TestFile> {
  return { name, mimeType: 'application/pdf', buffer: await readFile('/bin/true') };
}

/**
 * A TIFF structure (big-endian) with IFD0 (Make, and the pointer to the GPS IFD) and a GPS IFD
 * (version, latitude and longitude with their references), wrapped in an APP1 `Exif` segment
 * right after the JPEG's SOI marker.
 */
function withExif(jpeg: Buffer): Buffer {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('not a JPEG');
  const make = Buffer.from(`${photoCamera}\0`, 'ascii');
  const entry = (tag: number, type: number, count: number, value: Buffer | number): Buffer => {
    const b = Buffer.alloc(12);
    b.writeUInt16BE(tag, 0);
    b.writeUInt16BE(type, 2);
    b.writeUInt32BE(count, 4);
    if (typeof value === 'number') b.writeUInt32BE(value, 8);
    else value.copy(b, 8);
    return b;
  };
  const rationals = (dms: readonly number[]): Buffer => {
    const b = Buffer.alloc(24);
    dms.forEach((v, i) => {
      b.writeUInt32BE(v, i * 8);
      b.writeUInt32BE(1, i * 8 + 4);
    });
    return b;
  };
  // Offsets are from the TIFF header. Header 8, IFD0: 2 + 2×12 + 4 = 30, then Make's text.
  const ifd0At = 8;
  const makeAt = ifd0At + 30;
  const gpsAt = makeAt + make.length + (make.length % 2);
  const gpsEntries = 5;
  const latAt = gpsAt + 2 + gpsEntries * 12 + 4;
  const lonAt = latAt + 24;
  const count = (n: number) => {
    const b = Buffer.alloc(2);
    b.writeUInt16BE(n);
    return b;
  };
  const zero = Buffer.alloc(4);
  const tiff = Buffer.concat([
    Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08]),
    count(2),
    entry(0x010f, 2, make.length, makeAt),
    entry(0x8825, 4, 1, gpsAt),
    zero,
    make,
    Buffer.alloc(make.length % 2),
    count(gpsEntries),
    entry(0x0000, 1, 4, Buffer.from([2, 3, 0, 0])),
    entry(0x0001, 2, 2, Buffer.from('N\0\0\0', 'ascii')),
    entry(0x0002, 5, 3, latAt),
    entry(0x0003, 2, 2, Buffer.from('E\0\0\0', 'ascii')),
    entry(0x0004, 5, 3, lonAt),
    zero,
    rationals(photoLatitude),
    rationals(photoLongitude),
  ]);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'ascii'), tiff]);
  const header = Buffer.from([0xff, 0xe1, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), header, payload, jpeg.subarray(2)]);
}

/** The marker segments of a JPEG before its image data: marker and payload. */
export function jpegSegments(jpeg: Buffer): { marker: number; data: Buffer }[] {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('not a JPEG');
  const segments: { marker: number; data: Buffer }[] = [];
  let at = 2;
  while (at + 4 <= jpeg.length && jpeg[at] === 0xff) {
    const marker = jpeg[at + 1]!;
    const length = jpeg.readUInt16BE(at + 2);
    segments.push({ marker, data: jpeg.subarray(at + 4, at + 2 + length) });
    if (marker === 0xda) break; // Start of scan: the image data follows.
    at += 2 + length;
  }
  return segments;
}

/**
 * What of the photo's metadata is left in `jpeg`: an Exif, XMP or IPTC segment, and the camera
 * name or the GPS coordinates' bytes anywhere in the file (any file: a JPEG's segments are read
 * only if it is one).
 */
export function photoMetadata(jpeg: Buffer): string[] {
  const found: string[] = [];
  const isJpeg = jpeg[0] === 0xff && jpeg[1] === 0xd8;
  for (const { marker, data } of isJpeg ? jpegSegments(jpeg) : []) {
    if (marker === 0xe1 && data.subarray(0, 6).toString('latin1') === 'Exif\0\0') found.push('Exif');
    if (marker === 0xe1 && data.toString('latin1').startsWith('http://ns.adobe.com/xap/')) found.push('XMP');
    if (marker === 0xed) found.push('IPTC');
  }
  if (jpeg.includes(Buffer.from(photoCamera, 'ascii'))) found.push('camera name');
  const latitude = Buffer.alloc(24);
  photoLatitude.forEach((v, i) => {
    latitude.writeUInt32BE(v, i * 8);
    latitude.writeUInt32BE(1, i * 8 + 4);
  });
  if (jpeg.includes(latitude)) found.push('GPS latitude');
  return found;
}
