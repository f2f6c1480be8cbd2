import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesystemDocuments, type FilesystemDocuments } from '../documents-filesystem.js';

/** One part of a multipart body: a field, or a file with its name and bytes. */
export type UploadPart =
  | { field: string; value: string }
  | { file: Uint8Array; filename: string; name?: string; type?: string };

const encoder = new TextEncoder();

/** A `multipart/form-data` body as a browser's FormData sends it, and its Content-Type. */
export function multipartBody(parts: readonly UploadPart[]): {
  body: Uint8Array;
  contentType: string;
} {
  const boundary = `----portalkit${Math.random().toString(16).slice(2)}`;
  const chunks: Uint8Array[] = [];
  for (const part of parts) {
    const quoted = (s: string) =>
      s.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    if ('field' in part) {
      chunks.push(
        encoder.encode(
          `--${boundary}\r\nContent-Disposition: form-data; name="${part.field}"\r\n\r\n` +
            `${part.value}\r\n`,
        ),
      );
    } else {
      chunks.push(
        encoder.encode(
          `--${boundary}\r\nContent-Disposition: form-data; name="${part.name ?? 'file'}"; ` +
            // Control characters cannot travel raw in a header: RFC 5987 encodes them.
            (/[\u0000-\u001f\u007f]/.test(part.filename)
              ? `filename*=UTF-8''${encodeURIComponent(part.filename)}\r\n`
              : `filename="${quoted(part.filename)}"\r\n`) +
            `Content-Type: ${part.type ?? 'application/octet-stream'}\r\n\r\n`,
        ),
        part.file,
        encoder.encode('\r\n'),
      );
    }
  }
  chunks.push(encoder.encode(`--${boundary}--\r\n`));
  return {
    body: Buffer.concat(chunks),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/** A small, well-formed PDF. */
export function samplePdf(padding = 0): Uint8Array {
  const text =
    '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n' +
    '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n' +
    `%${'x'.repeat(padding)}\ntrailer << /Root 1 0 R >>\n%%EOF\n`;
  return encoder.encode(text);
}

function segment(marker: number, payload: Uint8Array): Buffer {
  const header = Buffer.from([0xff, marker, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([header, payload]);
}

/**
 * An EXIF block (big-endian TIFF) with the orientation and a GPS IFD: latitude 52°31'N,
 * longitude 13°24'E (Berlin), as a phone writes it.
 */
export function exifWithGps(orientation = 1): Buffer {
  const tiff = Buffer.alloc(8 + 2 + 2 * 12 + 4 + 2 + 4 * 12 + 4 + 48);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  let at = 8;
  tiff.writeUInt16BE(2, at);
  at += 2;
  const entry = (tag: number, type: number, count: number, value: number, short = false) => {
    tiff.writeUInt16BE(tag, at);
    tiff.writeUInt16BE(type, at + 2);
    tiff.writeUInt32BE(count, at + 4);
    if (short) tiff.writeUInt16BE(value, at + 8);
    else tiff.writeUInt32BE(value, at + 8);
    at += 12;
  };
  const gpsIfd = 8 + 2 + 24 + 4;
  entry(0x0112, 3, 1, orientation, true);
  entry(0x8825, 4, 1, gpsIfd);
  tiff.writeUInt32BE(0, at);
  at += 4;
  const rationals = gpsIfd + 2 + 48 + 4;
  tiff.writeUInt16BE(4, at);
  at += 2;
  tiff.writeUInt16BE(0x0001, at); // GPSLatitudeRef 'N'
  tiff.writeUInt16BE(2, at + 2);
  tiff.writeUInt32BE(2, at + 4);
  tiff.write('N\0', at + 8, 'latin1');
  at += 12;
  entry(0x0002, 5, 3, rationals);
  tiff.writeUInt16BE(0x0003, at); // GPSLongitudeRef 'E'
  tiff.writeUInt16BE(2, at + 2);
  tiff.writeUInt32BE(2, at + 4);
  tiff.write('E\0', at + 8, 'latin1');
  at += 12;
  entry(0x0004, 5, 3, rationals + 24);
  tiff.writeUInt32BE(0, at);
  for (const [i, v] of [52, 31, 0, 13, 24, 0].entries()) {
    tiff.writeUInt32BE(v, rationals + i * 8);
    tiff.writeUInt32BE(1, rationals + i * 8 + 4);
  }
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
}

/**
 * A JPEG as a phone's camera writes one: JFIF, EXIF with GPS, XMP, a comment, the tables, a scan
 * (with a stuffed 0xFF and a restart marker), EOI, and a second image appended after it.
 */
export function jpegWithGps(options: { orientation?: number; scanBytes?: number } = {}): Buffer {
  const jfif = Buffer.from([
    0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 1, 0, 72, 0, 72, 2, 2, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
  ]);
  const xmp = Buffer.from(
    'http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPSLatitude>52,31N</exif:GPSLatitude></x:xmpmeta>',
    'latin1',
  );
  const scan = Buffer.alloc(options.scanBytes ?? 512, 0x5a);
  scan[10] = 0xff;
  scan[11] = 0x00;
  scan[20] = 0xff;
  scan[21] = 0xd3;
  const main = Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, jfif),
    segment(0xe1, exifWithGps(options.orientation ?? 1)),
    segment(0xe1, xmp),
    segment(0xfe, Buffer.from('Erika, Lindenallee 5', 'latin1')),
    segment(0xdb, Buffer.alloc(65, 1)),
    segment(0xc0, Buffer.from([8, 0, 8, 0, 8, 1, 1, 0x11, 0])),
    segment(0xc4, Buffer.alloc(30, 2)),
    segment(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0])),
    scan,
    Buffer.from([0xff, 0xd9]),
  ]);
  const appended = Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe1, exifWithGps()),
    Buffer.from([0xff, 0xd9]),
  ]);
  return Buffer.concat([main, appended]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.writeUInt32BE(data.length, 0);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, data, Buffer.alloc(4, 0x11)]);
}

/** A PNG with a text chunk naming a place and an eXIf chunk with GPS. */
export function pngWithText(): Buffer {
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('tEXt', Buffer.from('Location\0Lindenallee 5, Berlin', 'latin1')),
    pngChunk('eXIf', exifWithGps().subarray(6)),
    pngChunk('sRGB', Buffer.from([0])),
    pngChunk('IDAT', Buffer.from([0x78, 0x9c, 0x63, 0x60, 0, 0, 0, 2, 0, 1])),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A filesystem document store in a new temporary directory, and how to remove it. */
export async function temporaryDocuments(): Promise<{
  documents: FilesystemDocuments;
  dir: string;
  remove(): Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'portalkit-documents-'));
  return {
    documents: filesystemDocuments(dir),
    dir,
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
