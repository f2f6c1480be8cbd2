import type { DocumentCategory, DocumentType } from '@portalkit/protocol';
import type { FormError } from '../base/portalkit-element.js';
import { formatBytes, formatList } from '../i18n/format.js';
import type { Message } from '../i18n/messages.js';
import type { FileProblem } from './pk-document-upload.terms.js';

/** A file the member added: `type` as its first bytes say (`null`: none Portalkit takes). */
export interface Entry {
  /** Stable while the file is listed: ids of its controls and errors. */
  key: number;
  file: File;
  type?: DocumentType | null;
  /** An object URL for an image's thumbnail, revoked when the file is removed. */
  thumbnail?: string;
}

/** How each type begins (the magic bytes the server's detector also reads). */
const signatures: [DocumentType, number[]][] = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
];

/**
 * The type a file's first bytes say, as a courtesy before sending: the server reads them again
 * and decides (a name or the browser's `File.type` says nothing of the contents).
 */
export async function sniff(file: Blob): Promise<DocumentType | null> {
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  const found = signatures.find(([, bytes]) => bytes.every((byte, at) => head[at] === byte));
  return found ? found[0] : null;
}

/** What a type is called in the lists and messages. */
export const typeName = (type: DocumentType): string =>
  ({ 'application/pdf': 'PDF', 'image/jpeg': 'JPG', 'image/png': 'PNG' })[type];

/** The category's types as the member reads them: "PDF, JPG oder PNG". */
export function typeList(types: readonly DocumentType[], lang: string, and = false): string {
  return formatList(lang, types.map(typeName), and ? 'and' : 'or');
}

/** What the file input offers to choose: the types, and their usual endings. */
export function accept(types: readonly DocumentType[]): string {
  const endings: Record<DocumentType, string> = {
    'application/pdf': '.pdf',
    'image/jpeg': '.jpg,.jpeg',
    'image/png': '.png',
  };
  return types.flatMap((type) => [type, endings[type]]).join(',');
}

/**
 * A size in the element's language: `512 Byte`, `120 kB`, `2,5 MB`, in SI units (1 kB = 1000
 * bytes), as the units' names say and as the server's limits are set (10 MB = 10,000,000 bytes).
 */
export function formatSize(bytes: number, lang: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let unit = 0;
  let value = bytes;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return formatBytes(lang, value, units[unit]!, unit < 2 ? 0 : 1);
}

/** The error of one file: said beside it, linked from the summary to its remove button. */
export const fileField = (key: number) => `file-${key}`;

export function fileError(
  entry: Entry,
  problem: FileProblem,
  category: DocumentCategory,
  lang: string,
): FormError {
  const { name } = entry.file;
  const message: Message =
    problem === 'type'
      ? ['documentUpload.file.type', name, typeList(category.types, lang)]
      : problem === 'tooLarge'
        ? ['documentUpload.file.tooLarge', name, formatSize(category.maxFileBytes, lang)]
        : [`documentUpload.file.${problem}`, name];
  return { field: fileField(entry.key), message };
}

/** Checks the files before sending (UX.md "Files"): each file, then their number and total. */
export function checkFiles(
  entries: readonly Entry[],
  category: DocumentCategory,
  lang: string,
): FormError[] {
  const errors: FormError[] = [];
  for (const entry of entries) {
    const { size } = entry.file;
    const problem: FileProblem | undefined =
      size === 0
        ? 'empty'
        : !entry.type || !category.types.includes(entry.type)
          ? 'type'
          : size > category.maxFileBytes
            ? 'tooLarge'
            : undefined;
    if (problem) errors.push(fileError(entry, problem, category, lang));
  }
  const total = entries.reduce((sum, entry) => sum + entry.file.size, 0);
  if (entries.length === 0)
    errors.push({ field: 'files', message: ['documentUpload.files.empty'] });
  else if (entries.length > category.maxFiles) {
    errors.push({ field: 'files', message: ['documentUpload.files.tooMany', category.maxFiles] });
  } else if (total > category.maxTotalBytes) {
    const limit = formatSize(category.maxTotalBytes, lang);
    errors.push({ field: 'files', message: ['documentUpload.files.tooLarge', limit] });
  }
  return errors;
}

const fileProblems: readonly string[] = ['type', 'tooLarge', 'empty', 'refused'];

/**
 * The server's reasons for refusing a submission (`VALIDATION_FAILED`'s `fields`), in the words
 * of the element's own checks; `step`: where the member can mend them.
 */
export function refusedFields(
  fields: Record<string, string>,
  entries: readonly Entry[],
  category: DocumentCategory,
  lang: string,
): { step: 'category' | 'files'; errors: FormError[] } {
  const errors: FormError[] = [];
  for (const [field, problem] of Object.entries(fields)) {
    const file = /^file\.(\d+)$/.exec(field);
    const entry = file && entries[Number(file[1])];
    if (entry && fileProblems.includes(problem)) {
      errors.push(fileError(entry, problem as FileProblem, category, lang));
    } else if (field === 'category' || field === 'note') {
      const message: Message =
        field === 'category'
          ? ['documentUpload.category.unknown']
          : [
              problem === 'singleLine'
                ? 'documentUpload.note.singleLine'
                : 'documentUpload.note.tooLong',
            ];
      errors.push({ field, message });
    } else if (problem === 'tooMany') {
      errors.push({ field: 'files', message: ['documentUpload.files.tooMany', category.maxFiles] });
    } else if (problem === 'tooLarge') {
      const limit = formatSize(category.maxTotalBytes, lang);
      errors.push({ field: 'files', message: ['documentUpload.files.tooLarge', limit] });
    } else if (problem === 'empty') {
      errors.push({ field: 'files', message: ['documentUpload.files.empty'] });
    }
  }
  if (errors.length === 0) errors.push({ message: ['error.VALIDATION_FAILED'] });
  return {
    // A file's error is mended among the files; only the category and the note on their step.
    step: errors.every((error) => error.field === 'category' || error.field === 'note')
      ? 'category'
      : 'files',
    errors,
  };
}

/** The category and the note on submit: one message per field and cause. */
export function checkCategory(
  values: Readonly<Record<string, string>>,
  categories: readonly DocumentCategory[],
): { category?: DocumentCategory; note?: string; errors: FormError[] } {
  const category = categories.find((candidate) => candidate.id === values['category']);
  const note = (values['note'] ?? '').trim();
  const errors: FormError[] = [];
  if (!category) errors.push({ field: 'category', message: ['documentUpload.category.empty'] });
  if (note.length > 200) errors.push({ field: 'note', message: ['documentUpload.note.tooLong'] });
  return errors.length > 0 ? { errors } : { category: category!, note, errors };
}
