import {
  documentUploadCalls,
  uploadFields,
  uploadPath,
  UploadResponse,
  type DocumentCategories,
  type UploadReceipt,
} from '@portalkit/protocol';
import { approveClient, type ApproveClient } from '../approve/pk-approve.client.js';
import { ClientError } from '../client/client-error.js';
import { answerError, type Transport } from '../client/transport.js';

type Signal = { signal?: AbortSignal };

/** One submission: its category, an optional note, and the files in the order shown. */
export interface UploadInput {
  category: string;
  note?: string | undefined;
  files: readonly File[];
}

export interface UploadOptions extends Signal {
  /** The request body's bytes sent so far, of `total` (the whole multipart body). */
  progress?: (sent: number, total: number) => void;
}

/** What `<pk-document-upload>` needs: its three calls, and the approval's for `<pk-approve>`. */
export interface DocumentUploadClient extends ApproveClient {
  /** The categories the insurer takes, with their labels, types and limits. */
  documentCategories(opts?: Signal): Promise<DocumentCategories>;
  /**
   * Sends one submission as one streamed multipart request, reporting the bytes sent. Answers
   * the receipt, or the approval it waits for (categories that need one). Rejects with
   * `VALIDATION_FAILED` (`fields`: `category`, `note`, `files`, `file.<index>`, `body`),
   * `NETWORK`, or `aborted: true` when `signal` aborts it.
   */
  uploadDocuments(input: UploadInput, opts?: UploadOptions): Promise<UploadResponse>;
  /** The receipt of the submission an approval accepted. */
  uploadReceipt(input: { approvalId: string }, opts?: Signal): Promise<{ receipt: UploadReceipt }>;
}

declare module '../client/portal-client.js' {
  interface PortalClient extends DocumentUploadClient {}
}

/**
 * The upload as one `XMLHttpRequest` (fetch reports no upload progress), fields before files as
 * `uploadFields` says; its failures mapped as the JSON calls' are (`answerError`).
 */
export function sendUpload(url: string, input: UploadInput, opts: UploadOptions = {}) {
  const body = new FormData();
  body.append(uploadFields.category, input.category);
  if (input.note) body.append(uploadFields.note, input.note);
  for (const file of input.files) body.append(uploadFields.file, file, file.name);
  return new Promise<UploadResponse>((resolve, reject) => {
    const { signal, progress } = opts;
    const xhr = new XMLHttpRequest();
    const failed = (aborted: boolean) => () =>
      reject(new ClientError('NETWORK', aborted ? { aborted } : {}));
    if (signal?.aborted) return failed(true)();
    xhr.open('POST', url);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', (event) => progress?.(event.loaded, event.total));
    xhr.addEventListener('error', failed(false));
    xhr.addEventListener('timeout', failed(false));
    xhr.addEventListener('abort', failed(true));
    xhr.addEventListener('load', () => {
      let answer: unknown;
      try {
        answer = JSON.parse(xhr.responseText);
      } catch {
        answer = undefined;
      }
      if (xhr.status < 200 || xhr.status > 299) {
        return reject(answerError(xhr.status, answer, xhr.getResponseHeader('Retry-After')));
      }
      const result = UploadResponse.safeParse(answer);
      if (result.success) resolve(result.data);
      else reject(new ClientError('RESPONSE_INVALID', { status: xhr.status, cause: result.error }));
    });
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}

/** The categories, the upload and the receipt after an approval: all `<pk-document-upload>` sends. */
export function documentUploadClient(request: Transport): DocumentUploadClient {
  return {
    ...approveClient(request),
    documentCategories: (opts) => request(documentUploadCalls.categories, undefined, opts?.signal),
    uploadDocuments: (input, opts) =>
      sendUpload(`${request.base ?? '/portal'}${uploadPath}`, input, opts),
    uploadReceipt: (input, opts) => request(documentUploadCalls.receipt, input, opts?.signal),
  };
}
