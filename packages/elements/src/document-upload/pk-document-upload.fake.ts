import type {
  ApprovalView,
  DocumentCategories,
  DocumentCategory,
  UploadReceipt,
  UploadResponse,
} from '@portalkit/protocol';
import { FakeApproveClient, type FakeApproveOptions } from '../approve/pk-approve.fake.js';
import { ClientError } from '../client/client-error.js';
import type { Outcome } from '../test-support/fake-client.js';
import type {
  DocumentUploadClient,
  UploadInput,
  UploadOptions,
} from './pk-document-upload.client.js';
import { sniff } from './pk-document-upload.checks.js';

type Signal = { signal?: AbortSignal };

export interface FakeDocumentUploadOptions extends FakeApproveOptions {
  documentCategories: Outcome<DocumentCategories>;
  /** The upload's answer; without one, the receipt of the files sent (their real SHA-256). */
  uploadDocuments?: Outcome<UploadResponse> | undefined;
  /** Parts of the body reported sent (0 to 1), one every 10 ms, before the answer. */
  uploadProgress: number[];
  uploadReceipt: Outcome<{ receipt: UploadReceipt }>;
}

const MB = 1_000_000;
const limits = { maxFileBytes: 10 * MB, maxTotalBytes: 30 * MB, maxFiles: 10 };
const types: DocumentCategory['types'] = ['application/pdf', 'image/jpeg', 'image/png'];

/** The default categories of `@portalkit/server`: sick note, invoice, application, other. */
export const sampleCategories: DocumentCategory[] = [
  {
    id: 'sick-note',
    label: { de: 'Arbeitsunfähigkeitsbescheinigung', en: 'Sick note' },
    hint: {
      de: 'Die Krankmeldung Ihrer Ärztin oder Ihres Arztes, als Foto oder PDF',
      en: "Your doctor's certificate of incapacity for work, as a photo or PDF",
    },
    approval: false,
    types,
    ...limits,
  },
  {
    id: 'invoice',
    label: { de: 'Rechnung zur Erstattung', en: 'Invoice for reimbursement' },
    hint: {
      de: 'Zum Beispiel Osteopathie oder ein Gesundheitskurs',
      en: 'For example osteopathy or a health course',
    },
    approval: false,
    types,
    ...limits,
  },
  {
    id: 'application',
    label: { de: 'Antrag', en: 'Application' },
    hint: { de: 'Sie geben ihn mit Ihrem Passkey frei.', en: 'You approve it with your passkey.' },
    approval: true,
    types,
    ...limits,
  },
  { id: 'other', label: { de: 'Sonstiges', en: 'Other' }, approval: false, types, ...limits },
];

const hex = (bytes: ArrayBuffer) =>
  [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, '0')).join('');

/** The receipt the server would give for these files (SHA-256 of their bytes). */
export async function receiptFor(
  input: UploadInput,
  now = Date.now(),
  approvalId?: string,
): Promise<UploadReceipt> {
  const files = await Promise.all(
    input.files.map(async (file) => ({
      name: file.name,
      type: (await sniff(file)) ?? 'application/pdf',
      size: file.size,
      sha256: hex(await crypto.subtle.digest('SHA-256', await file.arrayBuffer())),
    })),
  );
  return {
    reference: 'DOC-2026-7K4Q9M',
    receivedAt: new Date(now).toISOString(),
    category: input.category,
    ...(input.note ? { note: input.note } : {}),
    files,
    ...(approvalId ? { approvalId } : {}),
  };
}

/** A submission of the category `application` waiting for approval, created at `now`. */
export function sampleUploadApproval(now = Date.now()): ApprovalView {
  const line = (label: string) => ({ label, from: null, to: 'Antrag_Haushaltshilfe.pdf (182 kB)' });
  return {
    id: 'apv-d0c5',
    kind: 'document-upload',
    summary: {
      de: { title: 'Antrag senden', lines: [line('Datei 1')] },
      en: { title: 'Send an application', lines: [line('File 1')] },
    },
    status: 'pending',
    createdAt: new Date(now).toISOString(),
    expiresAt: new Date(now + 5 * 60_000).toISOString(),
  };
}

/** The receipt of the approved sample application. */
export const sampleApprovedReceipt = (now = Date.now()): UploadReceipt => ({
  reference: 'DOC-2026-3H8W2P',
  receivedAt: new Date(now).toISOString(),
  category: 'application',
  files: [
    {
      name: 'Antrag_Haushaltshilfe.pdf',
      type: 'application/pdf',
      size: 186_412,
      sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    },
  ],
  approvalId: 'apv-d0c5',
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `<pk-document-upload>`'s client without a server (see `FakeClient`): its own three calls, the
 * upload reporting progress as told, and the approval's (`FakeApproveClient`) for the
 * `<pk-approve>` of a category that needs one. `now`: the time of receipts and approvals.
 */
export class FakeDocumentUploadClient extends FakeApproveClient implements DocumentUploadClient {
  declare readonly options: FakeDocumentUploadOptions;
  readonly #now: number;

  constructor(options: Partial<FakeDocumentUploadOptions> = {}, now = Date.now()) {
    const approval = sampleUploadApproval(now);
    super(
      {
        approvalStatus: { value: { approval } },
        approveWithPasskey: { value: { approval: { ...approval, status: 'approved' } } },
        denyApproval: { value: { approval: { ...approval, status: 'denied' } } },
        claimApproval: { value: { approval, choices: ['18', '47', '92'] } },
        pickApprovalNumber: { value: { approval } },
        documentCategories: { value: { categories: sampleCategories } },
        uploadProgress: [],
        uploadReceipt: { value: { receipt: sampleApprovedReceipt(now) } },
        ...options,
      },
      now,
    );
    this.#now = now;
  }

  documentCategories(opts?: Signal) {
    this.record('documentCategories');
    return this.settle(this.options.documentCategories, opts?.signal, 'NETWORK');
  }

  async uploadDocuments(input: UploadInput, opts: UploadOptions = {}): Promise<UploadResponse> {
    this.record('uploadDocuments', input);
    const { signal, progress } = opts;
    const total = input.files.reduce((sum, file) => sum + file.size, 0) + 400;
    for (const part of this.options.uploadProgress) {
      await wait(10);
      if (signal?.aborted) throw new ClientError('NETWORK', { aborted: true });
      progress?.(Math.round(total * part), total);
    }
    const outcome = this.options.uploadDocuments ?? { value: await this.#answer(input) };
    return this.settle(outcome, signal, 'NETWORK');
  }

  /** An application waits for its approval; the other categories are received at once. */
  async #answer(input: UploadInput): Promise<UploadResponse> {
    const listed = this.options.documentCategories;
    const categories = typeof listed === 'object' && 'value' in listed ? listed.value : undefined;
    const chosen = categories?.categories.find((category) => category.id === input.category);
    return chosen?.approval
      ? { approval: sampleUploadApproval(this.#now) }
      : { receipt: await receiptFor(input, this.#now) };
  }

  uploadReceipt(input: { approvalId: string }, opts?: Signal) {
    this.record('uploadReceipt', input);
    return this.settle(this.options.uploadReceipt, opts?.signal, 'NETWORK');
  }
}

/** A PDF of about `size` bytes (its first bytes are a PDF's). */
export function pdfFile(name = 'Rechnung_Juni.pdf', size = 182_000): File {
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return new File([bytes], name, { type: 'application/pdf' });
}

/**
 * A photo of a document, drawn on a canvas (a page with lines of text), as JPEG or PNG; a real
 * image, so its thumbnail shows.
 */
export async function photoFile(
  name = 'Krankmeldung.jpg',
  type: 'image/jpeg' | 'image/png' = 'image/jpeg',
): Promise<File> {
  const canvas = new OffscreenCanvas(240, 320);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#d9cbb3';
  context.fillRect(0, 0, 240, 320);
  context.fillStyle = '#fff';
  context.fillRect(24, 20, 192, 280);
  context.fillStyle = '#5b6470';
  for (let y = 48; y < 280; y += 18) context.fillRect(40, y, 80 + ((y * 7) % 80), 6);
  return new File([await canvas.convertToBlob({ type })], name, { type });
}

/** A file whose bytes are none Portalkit takes, whatever its name says. */
export const textFile = (name = 'Notizen.pdf'): File =>
  new File(['<!doctype html><p>Hallo</p>'], name, { type: 'application/pdf' });
