import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type {
  DocumentStore,
  DocumentSubmission,
  StagedDocument,
  StoredDocument,
} from './documents.js';

/** A reference as Portalkit makes them; anything else names no submission (no `..`, no `/`). */
const referencePattern = /^[A-Z]{3}-\d{4}-[A-Z0-9]{6}$/;
const extensions = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' } as const;

export interface FilesystemDocuments extends DocumentStore {
  readonly tempDir: string;
  /** Every submission, newest first (`pending` ones too: filter by `status`). For a back office. */
  list(): Promise<DocumentSubmission[]>;
}

/**
 * Keeps uploads in a directory: one folder per submission named by its reference, each file
 * named by its position and type (`0.pdf`), never by the member's file name (kept, sanitized, in
 * `submission.json`). Files stream into `<dir>/.incoming/` and a submission's folder is built
 * there and renamed into place at once, so the folder of a submission has all its files or does
 * not exist. Files are readable by the owner only.
 */
export function filesystemDocuments(dir: string): FilesystemDocuments {
  const root = resolve(dir);
  const tempDir = join(root, '.incoming');
  const ready = mkdir(tempDir, { recursive: true, mode: 0o700 });
  const folder = (reference: string) => {
    if (!referencePattern.test(reference)) throw new TypeError('not a submission reference');
    return join(root, reference);
  };
  const fileName = (file: StoredDocument, index: number) => `${index}.${extensions[file.type]}`;

  async function readSubmission(reference: string): Promise<DocumentSubmission | null> {
    try {
      return JSON.parse(await readFile(join(folder(reference), 'submission.json'), 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /** Writes next to the target and renames: a reader sees the old or the new file, whole. */
  async function writeJson(path: string, value: unknown) {
    const temp = `${path}.${randomBytes(6).toString('hex')}`;
    await writeFile(temp, JSON.stringify(value, null, 2), { mode: 0o600 });
    await rename(temp, path);
  }

  /** Moves a staged file; copies it where the temporary directory is on another filesystem. */
  async function move(from: string, to: string) {
    try {
      await rename(from, to);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      await copyFile(from, to);
    }
  }

  return {
    tempDir,
    async store(submission, files: readonly StagedDocument[]) {
      await ready;
      const target = folder(submission.reference);
      const building = join(tempDir, `${submission.reference}.${randomBytes(6).toString('hex')}`);
      await mkdir(building, { mode: 0o700 });
      try {
        for (const [index, file] of files.entries()) {
          await move(file.path, join(building, fileName(file, index)));
        }
        await writeJson(join(building, 'submission.json'), submission);
        // Fails if the folder exists (it is never empty): a reference is never stored twice.
        await rename(building, target);
      } catch (error) {
        await rm(building, { recursive: true, force: true });
        throw error;
      }
    },
    async accept(reference, accepted) {
      const submission = await readSubmission(reference);
      if (!submission) throw new Error('no such submission');
      await writeJson(join(folder(reference), 'submission.json'), {
        ...submission,
        ...accepted,
        status: 'accepted',
      });
    },
    async remove(reference) {
      await rm(folder(reference), { recursive: true, force: true });
    },
    async open(reference, index) {
      if (!referencePattern.test(reference) || !Number.isInteger(index) || index < 0) return null;
      const submission = await readSubmission(reference);
      const file = submission?.files[index];
      if (!submission || !file) return null;
      const stream = createReadStream(join(folder(reference), fileName(file, index)));
      return { stream, file, submission };
    },
    async list() {
      await ready;
      const names = (await readdir(root)).filter((name) => referencePattern.test(name));
      const all = await Promise.all(names.map(readSubmission));
      return all
        .filter((s): s is DocumentSubmission => s !== null)
        .sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : 0));
    },
  };
}
