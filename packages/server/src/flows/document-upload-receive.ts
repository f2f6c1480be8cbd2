import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import { uploadFields, type DocumentCategory, type DocumentType } from '@portalkit/protocol';
import busboy from 'busboy';
import { fileTypeFromBuffer } from 'file-type';
import type { DocumentsConfig, StagedDocument } from '../documents.js';
import { PortalError } from '../errors.js';
import {
  MalformedImage,
  metadataStripper,
  type MetadataStripper,
} from './document-upload-metadata.js';
import { sanitizeFileName } from './document-upload-names.js';

/** What file-type needs to tell every type it knows (its `minimumBytes` for the worst case). */
const sniffBytes = 4100;
const maxNote = 200;

/** A submission whose every file passed: in temporary files until `discard` or the store. */
export interface ReceivedSubmission {
  category: DocumentCategory;
  note: string | undefined;
  files: StagedDocument[];
  /** Removes the temporary files that are still there (after the store took them, or not). */
  discard(): Promise<void>;
}

const ignore = () => undefined;
const invalid = (fields: Record<string, string>) =>
  new PortalError('VALIDATION_FAILED', { fields });

/** A problem that refuses the whole submission at once: nothing more is read. */
class Stop extends Error {
  constructor(readonly error: PortalError) {
    super('stop');
  }
}

/**
 * Reads one multipart submission as it streams: the fields (category, then note) first, then
 * each file into a temporary file of its own, counted against the category's limits as it
 * arrives (past a limit the request is cut off at once), its type taken from its first bytes
 * (file-type), photos stripped of their metadata on the way (document-upload-metadata.ts), its
 * SHA-256 over the bytes as stored, then given to the scanner. Nothing is buffered beyond one
 * sniffing window and one image segment. Problems a member can fix per file (type, empty,
 * refused) are collected and answered together; on any problem, and when the request breaks off,
 * every temporary file is removed before the error is thrown.
 */
export async function receiveSubmission(
  body: ReadableStream<Uint8Array>,
  contentType: string,
  documents: DocumentsConfig,
): Promise<ReceivedSubmission> {
  const dir = documents.store.tempDir ?? tmpdir();
  const paths = new Set<string>();
  const discard = async () => {
    await Promise.all([...paths].map((p) => rm(p, { force: true })));
    paths.clear();
  };

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { 'content-type': contentType },
      defParamCharset: 'utf8',
      limits: { fields: 2, fieldSize: 4 * maxNote, headerPairs: 8, parts: 2 + 100 },
    });
  } catch {
    throw new PortalError('CONTENT_TYPE_UNSUPPORTED');
  }

  // Errors are taken from `once(parser, 'close')` and the source; late ones change nothing.
  parser.on('error', ignore);
  const fields = new Map<string, string>();
  const problems: Record<string, string> = {};
  const files: (StagedDocument | null)[] = [];
  const tasks: Promise<void>[] = [];
  let category: DocumentCategory | undefined;
  let total = 0;
  let stopped: PortalError | undefined;
  const abort = new AbortController();
  const streams = new Set<Readable>();
  const stop = (error: PortalError): never => {
    stopped ??= error;
    abort.abort();
    throw new Stop(error);
  };

  parser.on('field', (name, value, info) => {
    if (name === uploadFields.note && (info.valueTruncated || [...value].length > maxNote)) {
      problems.note = 'tooLong';
    } else if (
      name === uploadFields.note &&
      /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(value)
    ) {
      problems.note = 'singleLine';
    }
    fields.set(name, value);
  });

  parser.on('file', (name, stream, info) => {
    // Its errors reach the task reading it; one after the task ended has no one to tell.
    stream.on('error', ignore);
    if (name !== uploadFields.file) return void stream.resume();
    const index = files.length;
    files.push(null);
    streams.add(stream);
    stream.once('close', () => streams.delete(stream));
    const task = (async () => {
      category ??= documents.categories.find((c) => c.id === fields.get(uploadFields.category));
      if (!category) stop(invalid({ category: 'unknown' }));
      const limits = category!;
      if (index >= limits.maxFiles) stop(invalid({ files: 'tooMany' }));
      const staged = await stageFile(
        stream,
        join(dir, `.pk-upload-${randomBytes(12).toString('hex')}`),
        {
          paths,
          signal: abort.signal,
          types: limits.types,
          onBytes(n, size) {
            total += n;
            if (size > limits.maxFileBytes) stop(invalid({ [`file.${index}`]: 'tooLarge' }));
            if (total > limits.maxTotalBytes) stop(invalid({ files: 'tooLarge' }));
          },
        },
      );
      if ('problem' in staged) {
        problems[`file.${index}`] = staged.problem;
        return;
      }
      const name = sanitizeFileName(info.filename ?? '', index, staged.type);
      const file = { ...staged, name };
      if (documents.scan) {
        const verdict = await documents.scan({
          path: file.path,
          type: file.type,
          size: file.size,
          sha256: file.sha256,
        });
        if (verdict !== 'clean') {
          problems[`file.${index}`] = 'refused';
          return;
        }
      }
      files[index] = file;
    })();
    // Every task is awaited below; this only keeps an early rejection from counting as unhandled.
    task.catch(() => {
      stream.resume();
      abort.abort();
    });
    tasks.push(task);
  });

  const source = Readable.fromWeb(body as NodeWebStream<Uint8Array>);
  try {
    const finished = once(parser, 'close');
    // A failed source (past the body limit, broken off) fails the parser.
    source.on('error', (error) => parser.destroy(error));
    source.pipe(parser);
    await Promise.race([finished, once(abort.signal, 'abort')]);
    await Promise.all(tasks);
  } catch (error) {
    // Stop reading: the rest of the request is not wanted, and a file being read ends now.
    abort.abort();
    source.unpipe(parser);
    source.destroy();
    parser.destroy();
    for (const stream of streams) stream.destroy();
    await Promise.allSettled(tasks);
    await discard();
    if (stopped) throw stopped;
    if (error instanceof Stop) throw error.error;
    if (error instanceof PortalError) throw error;
    // The request broke off (a client that left, a truncated body): nothing of it is kept.
    throw invalid({ body: 'incomplete' });
  }
  if (stopped) {
    await discard();
    throw stopped;
  }

  category ??= documents.categories.find((c) => c.id === fields.get(uploadFields.category));
  if (!category) problems.category = 'unknown';
  const received = files.filter((f): f is StagedDocument => f !== null);
  if (files.length === 0 && category) problems.files = 'empty';
  if (Object.keys(problems).length > 0 || received.length !== files.length) {
    await discard();
    throw invalid(problems);
  }
  const note = fields.get(uploadFields.note)?.trim();
  return { category: category!, note: note === '' ? undefined : note, files: received, discard };
}

type Staged = Omit<StagedDocument, 'name'> | { problem: 'type' | 'empty' };

/**
 * One file into a temporary file: the first bytes decide its type (and the stripper), each
 * chunk is counted (`onBytes` throws past a limit), hashed and written as stored.
 */
async function stageFile(
  stream: Readable,
  path: string,
  options: {
    paths: Set<string>;
    signal: AbortSignal;
    types: readonly DocumentType[];
    onBytes(n: number, size: number): void;
  },
): Promise<Staged> {
  const hash = createHash('sha256');
  let head: Buffer[] = [];
  let headSize = 0;
  let size = 0;
  let stored = 0;
  let type: DocumentType | 'refused' | undefined;
  let stripper: MetadataStripper | undefined;
  let out: WriteStream | undefined;

  let malformed = false;

  const write = async (chunks: Buffer[]) => {
    for (const chunk of chunks) {
      hash.update(chunk);
      stored += chunk.byteLength;
      if (!out!.write(chunk)) await once(out!, 'drain', { signal: options.signal });
    }
  };
  /** Through the stripper; an image that is not what its first bytes said is refused. */
  const strip = async (next: () => Buffer[]) => {
    let chunks: Buffer[];
    try {
      chunks = next();
    } catch (error) {
      if (!(error instanceof MalformedImage)) throw error;
      malformed = true;
      type = 'refused';
      return;
    }
    await write(chunks);
  };
  const decide = async () => {
    const bytes = Buffer.concat(head);
    head = [];
    const found = (await fileTypeFromBuffer(bytes))?.mime as DocumentType | undefined;
    if (!found || !options.types.includes(found)) {
      type = 'refused';
      return;
    }
    type = found;
    stripper = metadataStripper(found);
    options.paths.add(path);
    out = createWriteStream(path, { flags: 'wx', mode: 0o600 });
    await strip(() => stripper!.push(bytes));
  };

  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.byteLength;
      options.onBytes(chunk.byteLength, size);
      if (type === 'refused') continue; // read to the end (the next part follows), not kept
      if (type) {
        await strip(() => stripper!.push(chunk));
        continue;
      }
      head.push(chunk);
      headSize += chunk.byteLength;
      if (headSize >= sniffBytes) await decide();
    }
    if (size === 0) return { problem: 'empty' };
    if (!type) await decide();
    if (type !== 'refused') await strip(() => stripper!.end());
    if (type === 'refused' || malformed) {
      await closed(out);
      return { problem: 'type' };
    }
    out!.end();
    await finished(out!);
    return { path, type: type!, size: stored, sha256: hash.digest('hex') };
  } catch (error) {
    await closed(out);
    throw error;
  }
}

/** Closes a temporary file (at once, if it is not finished) and waits until it is. */
async function closed(out: WriteStream | undefined): Promise<void> {
  if (!out || out.closed) return;
  if (!out.writableFinished) out.destroy();
  await once(out, 'close').catch(() => undefined);
}

/** The stored bytes of a staged file, for a scanner that wants a stream. */
export const readStaged = (path: string) => createReadStream(path);
