import type { DocumentType } from '@portalkit/protocol';

/**
 * Removes what a photo says besides its pixels (EXIF with the location, camera and time, XMP,
 * IPTC, comments, embedded thumbnails and the images phones append after the end) while it
 * streams, without decoding or re-encoding: the image data is passed through byte for byte, so
 * nothing is lost and memory stays at one segment (≤ 64 KiB). Issue 21, "Privacy".
 *
 * JPEG (ITU-T T.81 Annex B): the segments before and between the scans are read whole (each is at
 * most 64 KiB); APP0 is rewritten as a bare JFIF header (no thumbnail), an ICC profile (APP2) and
 * Adobe's colour transform (APP14) are kept, every other APPn and COM segment is dropped; the
 * EXIF orientation alone is kept (a new six-field EXIF block) so a phone's portrait photo is not
 * shown sideways; everything after EOI is dropped.
 *
 * PNG (ISO/IEC 15948): critical chunks and the ancillary chunks that affect how pixels look are
 * kept; text (tEXt, zTXt, iTXt), eXIf, tIME and unknown ancillary chunks are dropped; nothing
 * after IEND is kept.
 */
export interface MetadataStripper {
  /** The bytes to store for this chunk (possibly none yet). Throws `MalformedImage`. */
  push(chunk: Buffer): Buffer[];
  /** The rest; throws `MalformedImage` if the image ended early. */
  end(): Buffer[];
}

export class MalformedImage extends Error {
  override name = 'MalformedImage';
}

/** The stripper for a type, or one that passes the bytes through (PDF). */
export function metadataStripper(type: DocumentType): MetadataStripper {
  if (type === 'image/jpeg') return jpegStripper();
  if (type === 'image/png') return pngStripper();
  return { push: (chunk) => [chunk], end: () => [] };
}

/** The EXIF orientation (1–8) of an APP1 payload, or 1. */
export function exifOrientation(payload: Buffer): number {
  if (payload.length < 14 || payload.toString('latin1', 0, 6) !== 'Exif\0\0') return 1;
  const tiff = payload.subarray(6);
  const order = tiff.toString('latin1', 0, 2);
  if (order !== 'II' && order !== 'MM') return 1;
  const little = order === 'II';
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  if (u16(2) !== 42) return 1;
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return 1;
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) return 1;
    if (u16(entry) === 0x0112 && u16(entry + 2) === 3) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}

/** An APP1 segment with an EXIF block holding the orientation only. */
function orientationSegment(orientation: number): Buffer {
  const tiff = Buffer.alloc(26);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  tiff.writeUInt16BE(1, 8); // one entry
  tiff.writeUInt16BE(0x0112, 10); // Orientation
  tiff.writeUInt16BE(3, 12); // SHORT
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt16BE(orientation, 18);
  // 4 bytes padding, then no next IFD (offset 0).
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const header = Buffer.from([0xff, 0xe1, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([header, payload]);
}

/** What a kept JPEG segment becomes (null: dropped). */
function jpegSegment(marker: number, payload: Buffer): Buffer | null {
  const whole = () => {
    const header = Buffer.from([0xff, marker, 0, 0]);
    header.writeUInt16BE(payload.length + 2, 2);
    return Buffer.concat([header, payload]);
  };
  if (marker === 0xe0) {
    if (payload.length < 14 || payload.toString('latin1', 0, 5) !== 'JFIF\0') return null;
    // Version, units and density; no thumbnail (its width and height 0).
    return Buffer.concat([
      Buffer.from([0xff, 0xe0, 0, 16]),
      payload.subarray(0, 12),
      Buffer.alloc(2),
    ]);
  }
  if (marker === 0xe1) {
    const orientation = exifOrientation(payload);
    return orientation === 1 ? null : orientationSegment(orientation);
  }
  if (marker === 0xe2)
    return payload.toString('latin1', 0, 12) === 'ICC_PROFILE\0' ? whole() : null;
  if (marker === 0xee) return payload.toString('latin1', 0, 5) === 'Adobe' ? whole() : null;
  if ((marker >= 0xe3 && marker <= 0xef) || marker === 0xfe) return null;
  return whole();
}

function jpegStripper(): MetadataStripper {
  let pending: Buffer = Buffer.alloc(0);
  let state: 'start' | 'markers' | 'scan' | 'done' = 'start';

  function run(): Buffer[] {
    const out: Buffer[] = [];
    let at = 0;
    const buf = pending;
    for (;;) {
      if (state === 'done') {
        at = buf.length;
        break;
      }
      if (state === 'start') {
        if (buf.length - at < 2) break;
        if (buf[at] !== 0xff || buf[at + 1] !== 0xd8) throw new MalformedImage('no SOI');
        out.push(buf.subarray(at, at + 2));
        at += 2;
        state = 'markers';
        continue;
      }
      if (state === 'scan') {
        // Entropy-coded data: a 0xFF is followed by 0x00 (stuffing), a restart marker or a
        // marker that ends the scan.
        let i = at;
        while (i < buf.length) {
          const ff = buf.indexOf(0xff, i);
          if (ff === -1 || ff + 1 >= buf.length) {
            i = ff === -1 ? buf.length : ff;
            break;
          }
          const next = buf[ff + 1]!;
          if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) {
            i = ff + 2;
            continue;
          }
          i = ff;
          state = 'markers';
          break;
        }
        if (i > at) out.push(buf.subarray(at, i));
        at = i;
        if (state === 'scan') break;
        continue;
      }
      // Between segments: fill bytes, then a marker.
      while (at < buf.length && buf[at] === 0xff && buf[at + 1] === 0xff) at++;
      if (buf.length - at < 2) break;
      if (buf[at] !== 0xff) throw new MalformedImage('marker expected');
      const marker = buf[at + 1]!;
      if (marker === 0xd9) {
        out.push(buf.subarray(at, at + 2));
        at += 2;
        state = 'done';
        continue;
      }
      if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
        out.push(buf.subarray(at, at + 2));
        at += 2;
        continue;
      }
      if (marker === 0xd8 || marker === 0x00) throw new MalformedImage('unexpected marker');
      if (buf.length - at < 4) break;
      const length = buf.readUInt16BE(at + 2);
      if (length < 2) throw new MalformedImage('segment length');
      if (buf.length - at < 2 + length) break;
      const segment = jpegSegment(marker, buf.subarray(at + 4, at + 2 + length));
      if (segment) out.push(segment);
      at += 2 + length;
      if (marker === 0xda) state = 'scan';
    }
    // Copied, so the kept rest does not pin the chunk it came from.
    pending = Buffer.from(buf.subarray(at));
    return out;
  }

  return {
    push(chunk) {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      return run();
    },
    end() {
      const out = run();
      if (state !== 'done') throw new MalformedImage('ended before EOI');
      return out;
    },
  };
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Ancillary chunks that change how the pixels look (or animate them): kept. */
const pngKept = new Set([
  'tRNS',
  'cHRM',
  'gAMA',
  'iCCP',
  'sBIT',
  'sRGB',
  'cICP',
  'mDCV',
  'cLLI',
  'bKGD',
  'pHYs',
  'sPLT',
  'acTL',
  'fcTL',
  'fdAT',
]);

function pngStripper(): MetadataStripper {
  let pending: Buffer = Buffer.alloc(0);
  let state: 'signature' | 'header' | 'data' | 'done' = 'signature';
  /** Bytes of the current chunk (data and CRC) still to pass or skip. */
  let remaining = 0;
  let keep = false;
  let last = false;

  function run(): Buffer[] {
    const out: Buffer[] = [];
    let at = 0;
    const buf = pending;
    while (at < buf.length) {
      if (state === 'done') {
        at = buf.length;
        break;
      }
      if (state === 'signature') {
        if (buf.length - at < 8) break;
        if (!buf.subarray(at, at + 8).equals(pngSignature)) throw new MalformedImage('signature');
        out.push(buf.subarray(at, at + 8));
        at += 8;
        state = 'header';
      } else if (state === 'header') {
        if (buf.length - at < 8) break;
        const length = buf.readUInt32BE(at);
        const type = buf.toString('latin1', at + 4, at + 8);
        if (length > 0x7fffffff || !/^[A-Za-z]{4}$/.test(type)) throw new MalformedImage('chunk');
        const critical = type.charCodeAt(0) < 0x61;
        keep = critical || pngKept.has(type);
        last = type === 'IEND';
        if (keep) out.push(buf.subarray(at, at + 8));
        at += 8;
        remaining = length + 4;
        state = 'data';
      } else {
        const take = Math.min(remaining, buf.length - at);
        if (keep && take > 0) out.push(buf.subarray(at, at + take));
        at += take;
        remaining -= take;
        if (remaining > 0) break;
        state = last ? 'done' : 'header';
      }
    }
    pending = Buffer.from(buf.subarray(at));
    return out;
  }

  return {
    push(chunk) {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      return run();
    },
    end() {
      const out = run();
      if (state !== 'done') throw new MalformedImage('ended before IEND');
      return out;
    },
  };
}
