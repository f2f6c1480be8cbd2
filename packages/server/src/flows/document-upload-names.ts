import { randomInt } from 'node:crypto';
import type { DocumentType } from '@portalkit/protocol';

/** Longest file name kept, in characters (the extension stays). */
export const maxNameLength = 120;

const extensions: Record<DocumentType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};

/**
 * The member's file name as metadata only (it never names a file on disk): the last path segment
 * (a browser may send `C:\fakepath\…` or `../../x`), NFC, without control characters (C0, C1),
 * bidirectional overrides and isolates (which make `exe.pdf` read as `fdp.exe`), zero-width
 * characters, or leading dots; whitespace runs as one space; at most `maxNameLength` characters,
 * cut before the extension. A name with nothing left becomes `Datei-<n>.<ext>` of the type found.
 */
export function sanitizeFileName(raw: string, index: number, type: DocumentType): string {
  const last = raw.toWellFormed().split(/[/\\]/).pop() ?? '';
  let name = last
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(/[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+/, '')
    .trim();
  if (name === '') return `Datei-${index + 1}.${extensions[type]}`;
  const chars = [...name];
  if (chars.length > maxNameLength) {
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 && name.length - dot <= 10 ? [...name.slice(dot)] : [];
    name =
      chars
        .slice(0, maxNameLength - extension.length)
        .join('')
        .trimEnd() + extension.join('');
  }
  return name;
}

/** Letters and digits nobody confuses when reading them out (no I, L, O, U, 0, 1). */
const alphabet = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A submission's reference: `DOC-<year>-<6 characters>` (30^6 ≈ 7·10^8 per year). */
export function newReference(now: number): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += alphabet[randomInt(alphabet.length)];
  return `DOC-${new Date(now).getUTCFullYear()}-${code}`;
}
