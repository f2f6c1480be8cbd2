import type { Readable } from 'node:stream';
import {
  defaultDocumentCategories,
  filesystemDocuments,
  type DocumentStore,
  type DocumentSubmission,
} from '@portalkit/server';
import type { InboxSubmission } from './document-pages.js';

/** What the back office's inbox (`/demo/inbox`) reads: accepted submissions and their files. */
export interface DemoInbox {
  /** Every accepted submission, newest first. */
  list(): Promise<InboxSubmission[]>;
  /** A file of an accepted submission, or null (unknown, or still waiting for its approval). */
  open(
    reference: string,
    index: number,
  ): Promise<{ stream: Readable; name: string; type: string; size: number } | null>;
}

/** `submission.json` as the filesystem store keeps it: accepting adds the approval. */
type KeptSubmission = DocumentSubmission & { approvalId?: string };

/**
 * The demo's documents: the server package's filesystem store under `dir` (a folder per
 * submission, files named by the server, the member's file name only as metadata), and what the
 * back office reads of it. A submission that waits for its approval is not the back office's yet.
 */
export function createDemoDocuments(dir: string): { store: DocumentStore; inbox: DemoInbox } {
  const store = filesystemDocuments(dir);
  const labels = new Map(defaultDocumentCategories.map((c) => [c.id, c.label]));
  const inbox: DemoInbox = {
    async list() {
      const submissions = (await store.list()) as KeptSubmission[];
      return submissions
        .filter((submission) => submission.status === 'accepted')
        .map((submission) => ({
          reference: submission.reference,
          receivedAt: submission.receivedAt,
          member: submission.member.displayName,
          category: labels.get(submission.category) ?? {
            de: submission.category,
            en: submission.category,
          },
          note: submission.note,
          files: submission.files,
          approvalId: submission.approvalId,
        }));
    },
    async open(reference, index) {
      const found = await store.open(reference, index);
      if (!found) return null;
      const { stream, file, submission } = found;
      if (submission.status !== 'accepted') {
        stream.destroy();
        return null;
      }
      return { stream, name: file.name, type: file.type, size: file.size };
    },
  };
  return { store, inbox };
}
