import { expect } from '@open-wc/testing';
import { ClientError } from '../client/client-error.js';
import { transport } from '../client/transport.js';
import { documentUploadClient } from './pk-document-upload.client.js';
import { pdfFile } from './pk-document-upload.fake.js';

/** One request as the fake `XMLHttpRequest` saw it, and how to answer it. */
interface Sent {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: FormData;
  xhr: FakeXhr;
}

const sent: Sent[] = [];

/** Enough of `XMLHttpRequest` for the upload: events, upload progress, an answer, abort. */
class FakeXhr extends EventTarget {
  readonly upload = new EventTarget();
  status = 0;
  responseText = '';
  #method = '';
  #url = '';
  readonly #headers: Record<string, string> = {};
  #answerHeaders: Record<string, string> = {};

  open(method: string, url: string) {
    this.#method = method;
    this.#url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.#headers[name] = value;
  }
  getResponseHeader(name: string) {
    return this.#answerHeaders[name] ?? null;
  }
  send(body: FormData) {
    sent.push({ method: this.#method, url: this.#url, headers: this.#headers, body, xhr: this });
  }
  abort() {
    this.dispatchEvent(new Event('abort'));
  }
  progress(loaded: number, total: number) {
    this.upload.dispatchEvent(new ProgressEvent('progress', { loaded, total }));
  }
  answer(status: number, body: unknown, headers: Record<string, string> = {}) {
    this.status = status;
    this.responseText = typeof body === 'string' ? body : JSON.stringify(body);
    this.#answerHeaders = headers;
    this.dispatchEvent(new Event('load'));
  }
}

const receipt = {
  reference: 'DOC-2026-7K4Q9M',
  receivedAt: '2026-05-12T12:03:00.000Z',
  category: 'invoice',
  files: [{ name: 'a.pdf', type: 'application/pdf', size: 1000, sha256: 'ab'.repeat(32) }],
};

async function rejection(promise: Promise<unknown>): Promise<ClientError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ClientError);
    return error as ClientError;
  }
  throw new Error('expected a rejection');
}

describe('documentUploadClient: the upload', () => {
  const original = window.XMLHttpRequest;
  beforeEach(() => {
    sent.length = 0;
    window.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
  });
  afterEach(() => {
    window.XMLHttpRequest = original;
  });
  const client = () => documentUploadClient(transport({ api: '/portal/' }));

  it('posts one multipart body, the fields before the files, and reports the bytes sent', async () => {
    const seen: [number, number][] = [];
    const answer = client().uploadDocuments(
      { category: 'invoice', note: 'RE-1', files: [pdfFile('a.pdf', 1000), pdfFile('b.pdf', 10)] },
      { progress: (loaded, total) => seen.push([loaded, total]) },
    );
    const [request] = sent;
    expect([request!.method, request!.url]).to.deep.equal(['POST', '/portal/documents']);
    expect(request!.headers['Accept']).to.equal('application/json');
    expect([...request!.body.keys()]).to.deep.equal(['category', 'note', 'file', 'file']);
    expect((request!.body.getAll('file') as File[]).map((file) => file.name)).to.deep.equal([
      'a.pdf',
      'b.pdf',
    ]);
    request!.xhr.progress(500, 1400);
    request!.xhr.answer(200, { receipt });
    expect(await answer).to.deep.equal({ receipt });
    expect(seen).to.deep.equal([[500, 1400]]);
  });

  it('maps error bodies, gateways and broken answers as the JSON calls do', async () => {
    const files = [pdfFile('a.pdf')];
    const invalid = client().uploadDocuments({ category: 'invoice', files });
    sent[0]!.xhr.answer(400, {
      error: { code: 'VALIDATION_FAILED', fields: { 'file.0': 'type' } },
    });
    const refused = await rejection(invalid);
    expect([refused.code, refused.fields]).to.deep.equal([
      'VALIDATION_FAILED',
      { 'file.0': 'type' },
    ]);
    const gateway = client().uploadDocuments({ category: 'invoice', files });
    sent[1]!.xhr.answer(502, '<h1>Bad Gateway</h1>');
    expect((await rejection(gateway)).code).to.equal('NETWORK');
    const limited = client().uploadDocuments({ category: 'invoice', files });
    sent[2]!.xhr.answer(429, 'slow down', { 'Retry-After': '60' });
    const error = await rejection(limited);
    expect([error.code, error.retryAfter]).to.deep.equal(['RATE_LIMITED', 60]);
    const nonsense = client().uploadDocuments({ category: 'invoice', files });
    sent[3]!.xhr.answer(200, { receipt: { reference: 1 } });
    expect((await rejection(nonsense)).code).to.equal('RESPONSE_INVALID');
  });

  it('reports a broken connection as NETWORK, and an aborted upload as aborted', async () => {
    const files = [pdfFile('a.pdf')];
    const broken = client().uploadDocuments({ category: 'invoice', files });
    sent[0]!.xhr.dispatchEvent(new Event('error'));
    const failed = await rejection(broken);
    expect([failed.code, failed.aborted]).to.deep.equal(['NETWORK', undefined]);
    const controller = new AbortController();
    const stopped = client().uploadDocuments(
      { category: 'invoice', files },
      { signal: controller.signal },
    );
    controller.abort();
    const aborted = await rejection(stopped);
    expect([aborted.code, aborted.aborted]).to.deep.equal(['NETWORK', true]);
  });
});
