import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { performance } from 'node:perf_hooks';
import { createMemoryStore, filesystemDocuments, type Portal } from '@portalkit/server';
import { benchPortal, cookieOf, kvnr, origin, password, post } from './portal.js';

const chunkBytes = 64 * 1024;
const encoder = new TextEncoder();

/** A PDF of `bytes` bytes in `chunkBytes` pieces, made as it is read (never whole in memory). */
function* pdfChunks(bytes: number): Generator<Uint8Array> {
  const head = encoder.encode('%PDF-1.7\n%');
  const tail = encoder.encode('\n%%EOF\n');
  yield head;
  const filler = new Uint8Array(chunkBytes).fill(0x41);
  let left = bytes - head.length - tail.length;
  while (left > 0) {
    const n = Math.min(left, chunkBytes);
    yield n === chunkBytes ? filler : filler.subarray(0, n);
    left -= n;
  }
  yield tail;
}

/** A multipart submission of `files` PDFs of `fileBytes` each, as chunks made on demand. */
function* submissionChunks(files: number, fileBytes: number, boundary: string) {
  yield encoder.encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="category"\r\n\r\ninvoice\r\n`,
  );
  for (let i = 0; i < files; i++) {
    yield encoder.encode(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="Rechnung_${i}.pdf"` +
        `\r\nContent-Type: application/pdf\r\n\r\n`,
    );
    yield* pdfChunks(fileBytes);
    yield encoder.encode('\r\n');
  }
  yield encoder.encode(`--${boundary}--\r\n`);
}

function streamOf(chunks: Iterator<Uint8Array>): ReadableStream<Uint8Array> {
  return new ReadableStream({
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
  });
}

export interface UploadBench {
  portal: Portal;
  /** One submission through `handle()`; resolves when answered (throws unless 200). */
  upload(files: number, fileBytes: number): Promise<void>;
  /** The same bytes (the files' content) written to a file on the same disk. */
  writeToDisk(files: number, fileBytes: number): Promise<void>;
  close(): Promise<void>;
}

/** A portal on the memory store whose uploads go to a temporary directory, one member signed in. */
export async function uploadBench(): Promise<UploadBench> {
  const dir = await mkdtemp(join(tmpdir(), 'portalkit-bench-uploads-'));
  const documents = filesystemDocuments(join(dir, 'store'));
  const portal = benchPortal(createMemoryStore(), { documents: { store: documents } });
  const email = 'upload@bench.example';
  await portal.createAccount({ kvnr: kvnr(0), email, displayName: 'Member', password });
  const cookie = cookieOf(await post(portal, '/login/password', { identifier: email, password }));
  let written = 0;
  return {
    portal,
    async upload(files, fileBytes) {
      const boundary = `bench${Math.random().toString(16).slice(2)}`;
      const response = await portal.handle(
        new Request(`${origin}/portal/documents`, {
          method: 'POST',
          headers: {
            Origin: origin,
            Cookie: cookie,
            'Content-Type': `multipart/form-data; boundary=${boundary}`,
          },
          body: streamOf(submissionChunks(files, fileBytes, boundary)),
          duplex: 'half',
        } as RequestInit),
        { clientAddress: '127.0.0.1' },
      );
      if (response.status !== 200) {
        throw new Error(`bench upload: ${response.status} ${await response.text()}`);
      }
      await response.arrayBuffer();
    },
    async writeToDisk(files, fileBytes) {
      for (let i = 0; i < files; i++) {
        const out = createWriteStream(join(dir, `plain-${written++}.pdf`));
        for (const chunk of pdfChunks(fileBytes)) {
          if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
        }
        out.end();
        await finished(out);
      }
    },
    close: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Peak RSS and heap above what they were before `work`, sampled every 10 ms while it runs. */
export async function peakMemory(work: () => Promise<void>) {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage();
  let rss = before.rss;
  let heap = before.heapUsed;
  let external = before.external + before.arrayBuffers;
  const sample = () => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss);
    heap = Math.max(heap, now.heapUsed);
    external = Math.max(external, now.external + now.arrayBuffers);
  };
  const timer = setInterval(sample, 10);
  const started = performance.now();
  try {
    await work();
  } finally {
    clearInterval(timer);
    sample();
  }
  return {
    ms: performance.now() - started,
    rss: rss - before.rss,
    heap: heap - before.heapUsed,
    buffers: external - before.external - before.arrayBuffers,
  };
}
