import type { Readable } from 'node:stream';
import { documentTypes, type DocumentCategory, type DocumentType } from '@portalkit/protocol';

/** What the store and the receipt keep of one file. */
export interface StoredDocument {
  /** The member's file name, sanitized (no path, control or bidi characters, ≤ 120 characters). */
  name: string;
  /** The type its bytes are (never the name's or the browser's). */
  type: DocumentType;
  /** Bytes as stored (a photo without its EXIF data). */
  size: number;
  /** SHA-256 of the stored bytes, hex. */
  sha256: string;
}

/** A file of a submission that passed every check, waiting in a temporary file. */
export interface StagedDocument extends StoredDocument {
  /** The temporary file: the store moves (or copies) it; Portalkit removes what is left. */
  path: string;
}

/** One submission as a document store receives it. */
export interface DocumentSubmission {
  /** Server-generated, `DOC-2026-7K4Q9M`: also what the store may name its files by. */
  reference: string;
  member: { accountId: string; kvnr: string; displayName: string };
  category: string;
  note?: string;
  /** ISO 8601. */
  receivedAt: string;
  /**
   * `pending` while it waits for the member's approval (categories with `approval: true`): not
   * yet for the back office. `accept` makes it `accepted`; `remove` discards it.
   */
  status: 'pending' | 'accepted';
  files: StoredDocument[];
  /** Once accepted after an approval: the approval's id and when (ISO 8601). */
  approvalId?: string;
  acceptedAt?: string;
}

/**
 * Where uploads go (the insurer's document management, a bucket, a directory). Portalkit calls it
 * only with submissions whose every file passed its checks, and expects all or nothing of each
 * call: a `store` that throws must leave nothing behind.
 */
export interface DocumentStore {
  /**
   * Where files are written while they stream: on the same filesystem as the store, committing
   * them is a rename. Default: the operating system's temporary directory.
   */
  tempDir?: string;
  /** Keeps every file of a submission (`files[i]` is the file `open(reference, i)` returns). */
  store(submission: DocumentSubmission, files: readonly StagedDocument[]): Promise<void>;
  /** Marks a pending submission accepted once its approval went through. */
  accept(reference: string, accepted: { approvalId: string; acceptedAt: string }): Promise<void>;
  /** Removes a submission and its files (an approval denied or expired). Unknown: nothing. */
  remove(reference: string): Promise<void>;
  /** A file of a submission with what is known of it, or null. */
  open(
    reference: string,
    index: number,
  ): Promise<{ stream: Readable; file: StoredDocument; submission: DocumentSubmission } | null>;
}

/** What the scanner is given: the file as it would be stored, before it is. */
export interface ScannedDocument {
  /** A temporary file with the bytes (read it; do not move it). */
  path: string;
  type: DocumentType;
  size: number;
  sha256: string;
}

/** The insurer's virus scanner: `refused` leaves nothing stored and tells the member. */
export type DocumentScan = (file: ScannedDocument) => Promise<'clean' | 'refused'>;

/** A category as the insurer configures it; the limits default to the ones below. */
export interface DocumentCategoryOption {
  id: string;
  label: { de: string; en: string };
  hint?: { de: string; en: string };
  /** Whether a submission needs the member's approval with a passkey. Default false. */
  approval?: boolean;
  /** Default: PDF, JPEG, PNG. */
  types?: DocumentType[];
  /** Default 10 MB. */
  maxFileBytes?: number;
  /** Default 30 MB. */
  maxTotalBytes?: number;
  /** Default 10. */
  maxFiles?: number;
}

export interface DocumentsOptions {
  store: DocumentStore;
  scan?: DocumentScan;
  /** Default: sick note, invoice for reimbursement, application (with approval), other. */
  categories?: DocumentCategoryOption[];
}

/** The `documents` option resolved: categories with every limit. */
export interface DocumentsConfig {
  store: DocumentStore;
  scan: DocumentScan | undefined;
  categories: DocumentCategory[];
  /** The upload route's body limit: the largest submission and room for its part headers. */
  bodyLimit: number;
}

const mb = 1_000_000;

export const defaultDocumentCategories: DocumentCategoryOption[] = [
  {
    id: 'sick-note',
    label: { de: 'Arbeitsunfähigkeitsbescheinigung', en: 'Sick note' },
    hint: {
      de: 'Die Bescheinigung Ihrer Ärztin oder Ihres Arztes, als Foto oder PDF.',
      en: 'The certificate from your doctor, as a photo or PDF.',
    },
  },
  {
    id: 'invoice',
    label: { de: 'Rechnung zur Erstattung', en: 'Invoice for reimbursement' },
    hint: {
      de: 'Zum Beispiel Osteopathie oder ein Gesundheitskurs.',
      en: 'For example osteopathy or a health course.',
    },
  },
  {
    id: 'application',
    label: { de: 'Antrag', en: 'Application' },
    hint: {
      de: 'Sie bestätigen das Einreichen mit Ihrem Passkey.',
      en: 'You confirm the submission with your passkey.',
    },
    approval: true,
  },
  { id: 'other', label: { de: 'Sonstiges', en: 'Other' } },
];

function whole(name: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new TypeError(`${name} must be a whole number from 1 to ${max}`);
  }
  return value;
}

/** The option with its defaults; throws on a category that cannot work. */
export function resolveDocuments(options: DocumentsOptions | undefined): DocumentsConfig | null {
  if (!options) return null;
  const given = options.categories ?? defaultDocumentCategories;
  if (given.length === 0) throw new TypeError('documents.categories must list a category');
  const ids = new Set<string>();
  const categories = given.map((c): DocumentCategory => {
    if (!/^[a-z0-9][a-z0-9-]{0,39}$/.test(c.id) || ids.has(c.id)) {
      throw new TypeError(`documents.categories: ids are unique, lower case and short (${c.id})`);
    }
    ids.add(c.id);
    const types = c.types ?? [...documentTypes];
    if (types.length === 0 || types.some((t) => !documentTypes.includes(t))) {
      throw new TypeError(`documents.categories (${c.id}): types are ${documentTypes.join(', ')}`);
    }
    const maxFileBytes = whole(`${c.id}.maxFileBytes`, c.maxFileBytes ?? 10 * mb, 1e9);
    const maxTotalBytes = whole(`${c.id}.maxTotalBytes`, c.maxTotalBytes ?? 30 * mb, 4e9);
    return {
      id: c.id,
      label: c.label,
      ...(c.hint ? { hint: c.hint } : {}),
      approval: c.approval ?? false,
      types: [...new Set(types)],
      maxFileBytes: Math.min(maxFileBytes, maxTotalBytes),
      maxTotalBytes,
      maxFiles: whole(`${c.id}.maxFiles`, c.maxFiles ?? 10, 100),
    };
  });
  // Multipart overhead: a part's headers are a few hundred bytes (busboy refuses longer ones).
  const bodyLimit = Math.max(
    ...categories.map((c) => c.maxTotalBytes + (c.maxFiles + 2) * 2048 + 4096),
  );
  return { store: options.store, scan: options.scan, categories, bodyLimit };
}
