import {
  documentUploadRoutes,
  type ApprovalSummary,
  type DocumentCategory,
  type UploadReceipt,
} from '@portalkit/protocol';
import type { Flow, FlowContext } from '../context.js';
import type { DocumentsConfig, StoredDocument } from '../documents.js';
import { PortalError } from '../errors.js';
import { endpoint, stream, type FlowModule } from '../router.js';
import { requireSession } from '../session/sessions.js';
import type { AccountRecord } from '../stores/accounts.js';
import { documents, type SubmissionRecord } from '../stores/documents.js';
import { newReference } from './document-upload-names.js';
import { receiveSubmission, type ReceivedSubmission } from './document-upload-receive.js';
import { createTransaction, type ProtectedForm } from './protected-form.js';

type Routes = typeof documentUploadRoutes;
const kind = 'document-upload';
/** How long a submission may take from its row to its stored files before the sweep drops it. */
const storingMs = 10 * 60_000;
/** After its approval expired, a pending submission waits this long for the sweep. */
const sweepGraceMs = 5 * 60_000;

/** The `documents` option, or `NOT_FOUND`: the routes are off without it. */
function documentsOf(ctx: { documents: DocumentsConfig | null }): DocumentsConfig {
  if (!ctx.documents) throw new PortalError('NOT_FOUND');
  return ctx.documents;
}

export const listCategories: Flow<Routes['categories']> = async (_input, ctx) => ({
  categories: documentsOf(ctx).categories,
});

export function receiptOf(record: SubmissionRecord): UploadReceipt {
  return {
    reference: record.reference,
    receivedAt: new Date(record.receivedAt).toISOString(),
    category: record.category,
    ...(record.note ? { note: record.note } : {}),
    files: record.files.map(({ name, type, size, sha256 }) => ({ name, type, size, sha256 })),
    ...(record.approvalId ? { approvalId: record.approvalId } : {}),
  };
}

/** What an approval of a submission signs: every file by name, size and SHA-256. */
export interface SubmissionPayload {
  reference: string;
  category: string;
  note: string | null;
  files: StoredDocument[];
}

const sizeText = (bytes: number, locale: 'de' | 'en') =>
  `${new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    maximumFractionDigits: 1,
  }).format(
    bytes < 1_000_000 ? bytes / 1000 : bytes / 1_000_000,
  )} ${bytes < 1_000_000 ? 'kB' : 'MB'}`;

export function summarizeSubmission(
  payload: SubmissionPayload,
  category: Pick<DocumentCategory, 'label'>,
): ApprovalSummary {
  const text = (locale: 'de' | 'en') => {
    const [what, note, file] =
      locale === 'de' ? ['Kategorie', 'Notiz', 'Datei'] : ['Category', 'Note', 'File'];
    return {
      title: locale === 'de' ? 'Dokumente einreichen' : 'Submit documents',
      lines: [
        { label: what, from: null, to: category.label[locale] },
        ...(payload.note ? [{ label: note, from: null, to: payload.note }] : []),
        ...payload.files.map((f, i) => ({
          label: `${file} ${i + 1}`,
          from: null,
          to: `${f.name}, ${sizeText(f.size, locale)}, SHA-256 ${f.sha256}`,
        })),
      ],
    };
  };
  return { de: text('de'), en: text('en') };
}

/**
 * Keeps a received submission: its row first (pending, so a crash in between leaves a row the
 * sweep removes with whatever files reached the store), then its files in the document store,
 * then accepted, or attached to a new approval for a category that needs one.
 */
async function keep(ctx: FlowContext, account: AccountRecord, received: ReceivedSubmission) {
  const config = documentsOf(ctx);
  const part = ctx.store.use(documents);
  const now = ctx.now();
  const files = received.files.map(({ name, type, size, sha256 }) => ({
    name,
    type,
    size,
    sha256,
  }));
  let reference = newReference(now);
  const row = {
    accountId: account.id,
    category: received.category.id,
    note: received.note ?? null,
  };
  const event = { event: 'document-upload.received' as const, accountId: account.id, at: now };
  const submission = { ...row, receivedAt: now, expiresAt: now + storingMs, files };
  while (!(await part.create({ ...submission, reference }, event))) reference = newReference(now);

  try {
    await config.store.store(
      {
        reference,
        member: { accountId: account.id, kvnr: account.kvnr, displayName: account.displayName },
        category: row.category,
        ...(received.note ? { note: received.note } : {}),
        receivedAt: new Date(now).toISOString(),
        status: received.category.approval ? 'pending' : 'accepted',
        files,
      },
      received.files,
    );
  } catch (error) {
    await part.discard(reference, account.id, { ...event, event: 'document-upload.failed' });
    throw error;
  }

  if (!received.category.approval) {
    const accepted = await part.accept(reference, account.id, now, {
      event: 'document-upload.accepted',
      accountId: account.id,
      at: now,
    });
    if (!accepted) throw new Error('submission vanished before it was accepted');
    return { receipt: receiptOf(accepted) };
  }
  const payload: SubmissionPayload = { reference, category: row.category, note: row.note, files };
  const summary = summarizeSubmission(payload, received.category);
  const approval = await createTransaction(ctx, account, kind, payload, summary);
  await part.attach(reference, account.id, approval.id, Date.parse(approval.expiresAt));
  return { approval };
}

/**
 * The upload: one multipart submission read as it streams (document-upload-receive.ts); nothing
 * is kept unless every file passed, and then all of them.
 */
const upload: Flow<Routes['upload']> = async (_input, ctx) => {
  const config = documentsOf(ctx);
  const { account } = requireSession(ctx);
  if (!ctx.body || !ctx.bodyType) throw new PortalError('CONTENT_TYPE_UNSUPPORTED');
  const received = await receiveSubmission(ctx.body, ctx.bodyType, config);
  try {
    return await keep(ctx, account, received);
  } finally {
    await received.discard();
  }
};

/** The receipt of a submission accepted by an approval of the member's. */
const receipt: Flow<Routes['receipt']> = async (input, ctx) => {
  documentsOf(ctx);
  const { account } = requireSession(ctx);
  const found = await ctx.store.use(documents).byApproval(input.approvalId, account.id);
  if (found?.status !== 'accepted') throw new PortalError('NOT_FOUND');
  return { receipt: receiptOf(found) };
};

const uploadEndpoint = endpoint(
  documentUploadRoutes.upload,
  {
    access: 'signed-in',
    body: stream({
      limit: (config) => config.documents?.bodyLimit ?? 0,
      contentTypes: ['multipart/form-data'],
    }),
  },
  upload,
);

/**
 * Submissions of categories that need an approval: executing the approval accepts the pending
 * submission; a denial, cancellation or expiry removes its files and its row.
 */
export const documentUploadForm: ProtectedForm<SubmissionPayload> = {
  kind,
  endpoint: uploadEndpoint as never,
  async execute(payload, ctx, account) {
    const config = documentsOf(ctx);
    const now = ctx.now();
    const event = { event: 'document-upload.accepted' as const, accountId: account.id, at: now };
    const accepted = await ctx.store
      .use(documents)
      .accept(payload.reference, account.id, now, event);
    if (!accepted?.approvalId) throw new Error('no pending submission for this approval');
    const acceptedAt = new Date(now).toISOString();
    await config.store.accept(payload.reference, { approvalId: accepted.approvalId, acceptedAt });
  },
  async discard(payload, ctx, accountId) {
    await removeSubmission(ctx.store, documentsOf(ctx), payload.reference, accountId, ctx.now());
  },
};

/** Files first, then the row: a row left by a failure is found again by the sweep. */
async function removeSubmission(
  store: FlowContext['store'],
  config: DocumentsConfig,
  reference: string,
  accountId: string,
  at: number,
) {
  await config.store.remove(reference);
  const event = { event: 'document-upload.discarded' as const, accountId, at };
  await store.use(documents).discard(reference, accountId, event);
}

export const documentUploadFlow: FlowModule = {
  name: kind,
  endpoints: [
    endpoint(documentUploadRoutes.categories, { access: 'signed-in' }, listCategories),
    uploadEndpoint,
    endpoint(documentUploadRoutes.receipt, { access: 'signed-in' }, receipt),
  ],
  forms: [documentUploadForm as ProtectedForm],
  async sweep({ store, now, documents: config }) {
    // Off: nothing of its own to sweep, and no line in the sweep's result.
    if (!config) return {} as Record<string, number>;
    let removed = 0;
    for (const { reference, accountId } of await store.use(documents).expired(now - sweepGraceMs)) {
      await removeSubmission(store, config, reference, accountId, now);
      removed++;
    }
    return { documentsDiscarded: removed };
  },
};
