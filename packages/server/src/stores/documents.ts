import type { DocumentType } from '@portalkit/protocol';
import { audit, auditSql, type AuditEvent } from './audit.js';
import { int, intOrNull, statement } from './sql.js';
import { storePart } from './store.js';

/** What the store keeps of one file (the bytes are in the document store). */
export interface SubmissionFile {
  name: string;
  type: DocumentType;
  size: number;
  sha256: string;
}

/** A document submission: accepted, or pending its approval. */
export interface SubmissionRecord {
  /** Server-generated, `DOC-2026-7K4Q9M`. */
  reference: string;
  accountId: string;
  category: string;
  note: string | null;
  status: 'pending' | 'accepted';
  approvalId: string | null;
  receivedAt: number;
  /** A pending submission's approval expires then. */
  expiresAt: number | null;
  acceptedAt: number | null;
  /** In the order they were sent. */
  files: SubmissionFile[];
}

/** A new submission is pending until its files are stored (and, where needed, approved). */
export type NewSubmission = Omit<SubmissionRecord, 'status' | 'approvalId' | 'acceptedAt'>;

/**
 * The documents part. A submission and its files are written in one step, with its audit event:
 * all files or none. Reads and changes name the account: a member reaches only their own.
 */
export interface DocumentsStore {
  /**
   * Writes a pending submission and its files' rows; false (nothing written) if the reference is
   * taken. It expires at `expiresAt` unless accepted (or attached to an approval) by then.
   */
  create(submission: NewSubmission, event: AuditEvent): Promise<boolean>;
  /** Names the approval a pending submission waits for, and waits as long as it does. */
  attach(
    reference: string,
    accountId: string,
    approvalId: string,
    expiresAt: number,
  ): Promise<boolean>;
  find(reference: string, accountId: string): Promise<SubmissionRecord | null>;
  /** The submission that waits for (or was accepted with) this approval. */
  byApproval(approvalId: string, accountId: string): Promise<SubmissionRecord | null>;
  /** Accepts a pending submission once its approval went through; null if none was pending. */
  accept(
    reference: string,
    accountId: string,
    at: number,
    event: AuditEvent,
  ): Promise<SubmissionRecord | null>;
  /** Deletes a pending submission with its files' rows; whether one was. */
  discard(reference: string, accountId: string, event: AuditEvent): Promise<boolean>;
  /** Pending submissions whose approval expired before `before`, oldest first. */
  expired(before: number, limit?: number): Promise<{ reference: string; accountId: string }[]>;
}

interface SubmissionRow {
  reference: string;
  account_id: string;
  category: string;
  note: string | null;
  status: 'pending' | 'accepted';
  approval_id: string | null;
  received_at: number | string;
  expires_at: number | string | null;
  accepted_at: number | string | null;
  files: (Omit<SubmissionFile, 'size'> & { size: number | string })[] | string;
}

const columns = `reference, account_id, category, note, status, approval_id, received_at,
  expires_at, accepted_at`;
/** The files of `s`, in order, as one JSON array. */
const filesOf = (s: string) => `COALESCE((
    SELECT json_agg(json_build_object('name', f.name, 'type', f.type, 'size', f.size,
      'sha256', f.sha256) ORDER BY f.position)
    FROM document_files f WHERE f.reference = ${s}.reference), '[]'::json) AS files`;

function submissionOf(row: SubmissionRow): SubmissionRecord {
  const files = typeof row.files === 'string' ? (JSON.parse(row.files) as []) : row.files;
  return {
    reference: row.reference,
    accountId: row.account_id,
    category: row.category,
    note: row.note,
    status: row.status,
    approvalId: row.approval_id,
    receivedAt: int(row.received_at),
    expiresAt: intOrNull(row.expires_at),
    acceptedAt: intOrNull(row.accepted_at),
    files: files.map((f) => ({ name: f.name, type: f.type, size: int(f.size), sha256: f.sha256 })),
  };
}

const create = statement<{ n: number }>(
  'document_submission_create',
  ['text', 'text', 'text', 'text', 'bigint', 'bigint', 'jsonb', 'text', 'bigint'],
  `WITH submission AS (
     INSERT INTO document_submissions (reference, account_id, category, note, status, approval_id,
       received_at, expires_at)
     VALUES ($1, $2, $3, $4, 'pending', NULL, $5, $6)
     ON CONFLICT (reference) DO NOTHING
     RETURNING reference
   ),
   files AS (
     INSERT INTO document_files (reference, position, name, type, size, sha256)
     SELECT s.reference, f.position, f.name, f.type, f.size, f.sha256
     FROM submission s,
       jsonb_to_recordset($7) AS f(position integer, name text, type text, size bigint,
         sha256 text)
   ),
   ${auditSql('$8', '$2', '$9', 'EXISTS (SELECT 1 FROM submission)')}
   SELECT count(*)::int AS n FROM submission`,
);
const attach = statement<{ reference: string }>(
  'document_submission_attach',
  ['text', 'text', 'text', 'bigint'],
  `UPDATE document_submissions SET approval_id = $3, expires_at = $4
   WHERE reference = $1 AND account_id = $2 AND status = 'pending' AND approval_id IS NULL
   RETURNING reference`,
);
const byReference = statement<SubmissionRow>(
  'document_submission_find',
  ['text', 'text'],
  `SELECT ${columns}, ${filesOf('s')} FROM document_submissions s
   WHERE reference = $1 AND account_id = $2`,
);
const byApproval = statement<SubmissionRow>(
  'document_submission_by_approval',
  ['text', 'text'],
  `SELECT ${columns}, ${filesOf('s')} FROM document_submissions s
   WHERE approval_id = $1 AND account_id = $2`,
);
const accept = statement<SubmissionRow>(
  'document_submission_accept',
  ['text', 'text', 'bigint', 'text'],
  `WITH accepted AS (
     UPDATE document_submissions SET status = 'accepted', accepted_at = $3, expires_at = NULL
     WHERE reference = $1 AND account_id = $2 AND status = 'pending'
     RETURNING ${columns}
   ),
   ${auditSql('$4', '$2', '$3', 'EXISTS (SELECT 1 FROM accepted)')}
   SELECT ${columns}, ${filesOf('accepted')} FROM accepted`,
);
const discard = statement<{ n: number }>(
  'document_submission_discard',
  ['text', 'text', 'text', 'bigint'],
  `WITH discarded AS (
     DELETE FROM document_submissions
     WHERE reference = $1 AND account_id = $2 AND status = 'pending'
     RETURNING reference
   ),
   ${auditSql('$3', '$2', '$4', 'EXISTS (SELECT 1 FROM discarded)')}
   SELECT count(*)::int AS n FROM discarded`,
);
const expired = statement<{ reference: string; account_id: string }>(
  'document_submissions_expired',
  ['bigint', 'integer'],
  `SELECT reference, account_id FROM document_submissions
   WHERE status = 'pending' AND expires_at < $1 ORDER BY expires_at LIMIT $2`,
);

export const documents = storePart<DocumentsStore>('documents', {
  sql(db) {
    const one = async (rows: Promise<SubmissionRow[]>) => {
      const [row] = await rows;
      return row ? submissionOf(row) : null;
    };
    return {
      async create(s, event) {
        const files = JSON.stringify(s.files.map((f, position) => ({ position, ...f })));
        const [row] = await db.run(create, [
          s.reference,
          s.accountId,
          s.category,
          s.note,
          s.receivedAt,
          s.expiresAt,
          files,
          event.event,
          event.at,
        ]);
        return (row?.n ?? 0) === 1;
      },
      async attach(reference, accountId, approvalId, expiresAt) {
        const rows = await db.run(attach, [reference, accountId, approvalId, expiresAt]);
        return rows.length === 1;
      },
      find: (reference, accountId) => one(db.run(byReference, [reference, accountId])),
      byApproval: (id, accountId) => one(db.run(byApproval, [id, accountId])),
      accept: (reference, accountId, at, event) =>
        one(db.run(accept, [reference, accountId, at, event.event])),
      async discard(reference, accountId, event) {
        const [row] = await db.run(discard, [reference, accountId, event.event, event.at]);
        return (row?.n ?? 0) === 1;
      },
      async expired(before, limit = 100) {
        const rows = await db.run(expired, [before, limit]);
        return rows.map((r) => ({ reference: r.reference, accountId: r.account_id }));
      },
    };
  },
  memory(tables) {
    const all = tables.table<SubmissionRecord>('document_submissions');
    const log = audit.memory(tables);
    const view = (s: SubmissionRecord | undefined) =>
      s ? { ...s, files: s.files.map((f) => ({ ...f })) } : null;
    const own = (reference: string, accountId: string) => {
      const found = all.get(reference);
      return found?.accountId === accountId ? found : undefined;
    };
    return {
      async create(s, event) {
        if (all.has(s.reference)) return false;
        const record = { ...s, status: 'pending' as const, approvalId: null, acceptedAt: null };
        all.set(s.reference, view(record)!);
        await log.append({ ...event, accountId: s.accountId });
        return true;
      },
      async attach(reference, accountId, approvalId, expiresAt) {
        const s = own(reference, accountId);
        if (s?.status !== 'pending' || s.approvalId !== null) return false;
        if ([...all.values()].some((o) => o.approvalId === approvalId)) return false;
        all.set(reference, { ...s, approvalId, expiresAt });
        return true;
      },
      find: async (reference, accountId) => view(own(reference, accountId)),
      async byApproval(id, accountId) {
        return view(
          [...all.values()].find((s) => s.approvalId === id && s.accountId === accountId),
        );
      },
      async accept(reference, accountId, at, event) {
        const s = own(reference, accountId);
        if (s?.status !== 'pending') return null;
        const accepted = { ...s, status: 'accepted' as const, acceptedAt: at, expiresAt: null };
        all.set(reference, accepted);
        await log.append({ ...event, accountId, at });
        return view(accepted);
      },
      async discard(reference, accountId, event) {
        if (own(reference, accountId)?.status !== 'pending') return false;
        all.delete(reference);
        await log.append({ ...event, accountId });
        return true;
      },
      async expired(before, limit = 100) {
        return [...all.values()]
          .filter((s) => s.status === 'pending' && s.expiresAt !== null && s.expiresAt < before)
          .sort((a, b) => a.expiresAt! - b.expiresAt!)
          .slice(0, limit)
          .map((s) => ({ reference: s.reference, accountId: s.accountId }));
      },
    };
  },
});
