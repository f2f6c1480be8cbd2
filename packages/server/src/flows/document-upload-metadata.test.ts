import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { exifWithGps, jpegWithGps, pngWithText } from '../testing/documents.js';
import { exifOrientation, MalformedImage, metadataStripper } from './document-upload-metadata.js';

/** Feeds `bytes` in pieces of `size` bytes; what the stripper keeps. */
function strip(type: 'image/jpeg' | 'image/png', bytes: Buffer, size = bytes.length): Buffer {
  const stripper = metadataStripper(type);
  const out: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size)
    out.push(...stripper.push(bytes.subarray(at, at + size)));
  out.push(...stripper.end());
  return Buffer.concat(out);
}

describe('photo metadata removal', () => {
  test('keeps the same bytes however the photo arrives in chunks', () => {
    const photo = jpegWithGps();
    const whole = strip('image/jpeg', photo);
    for (const size of [1, 2, 3, 7, 64, 1000])
      assert.deepEqual(strip('image/jpeg', photo, size), whole, `${size}`);
    const png = pngWithText();
    const pngWhole = strip('image/png', png);
    for (const size of [1, 5, 13])
      assert.deepEqual(strip('image/png', png, size), pngWhole, `${size}`);
  });

  test('passes the scan data through untouched, stuffed bytes and restart markers too', () => {
    const photo = jpegWithGps({ scanBytes: 4000 });
    const stored = strip('image/jpeg', photo, 100);
    const scanStart = photo.indexOf(Buffer.from([0xff, 0xda]));
    const scan = photo.subarray(scanStart, photo.indexOf(Buffer.from([0xff, 0xd9]), scanStart) + 2);
    assert.notEqual(stored.indexOf(scan), -1);
    assert.equal(stored.indexOf(scan) + scan.length, stored.length, 'ends at EOI');
  });

  test('keeps the orientation alone, so a portrait photo is not shown sideways', () => {
    const stored = strip('image/jpeg', jpegWithGps({ orientation: 6 }));
    const exif = stored.indexOf('Exif\0\0');
    assert.notEqual(exif, -1);
    const segmentLength = stored.readUInt16BE(exif - 2);
    const payload = stored.subarray(exif, exif - 2 + segmentLength);
    assert.equal(exifOrientation(payload), 6);
    assert.equal(payload.indexOf(Buffer.from([0x88, 0x25])), -1, 'no GPS IFD');
    assert.equal(payload.length, 32);
    assert.equal(exifOrientation(exifWithGps(3)), 3);
  });

  test('drops the thumbnail of a JFIF header', () => {
    const stored = strip('image/jpeg', jpegWithGps());
    assert.deepEqual([...stored.subarray(2, 6)], [0xff, 0xe0, 0, 16]);
  });

  test('refuses a JPEG or PNG that ends early or is not one', () => {
    const photo = jpegWithGps();
    assert.throws(() => strip('image/jpeg', photo.subarray(0, 300)), MalformedImage);
    assert.throws(() => strip('image/jpeg', Buffer.from('GIF89a')), MalformedImage);
    assert.throws(() => strip('image/png', pngWithText().subarray(0, 40)), MalformedImage);
  });
});
