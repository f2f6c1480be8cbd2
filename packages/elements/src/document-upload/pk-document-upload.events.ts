import type { ErrorCode, UploadReceipt } from '@portalkit/protocol';

/** The steps of `<pk-document-upload>`. */
export type DocumentUploadStep = 'category' | 'files' | 'upload' | 'approve' | 'receipt';

export interface PkUploadCompleteDetail {
  /** What the server received and stored: reference, time, category, each file's SHA-256. */
  receipt: UploadReceipt;
}

/** The submission is stored (approved first where its category needs it); the receipt is shown. */
export class PkUploadCompleteEvent extends CustomEvent<PkUploadCompleteDetail> {
  constructor(detail: PkUploadCompleteDetail) {
    super('pk-upload-complete', { detail, bubbles: true, composed: true });
  }
}

export interface PkDocumentUploadStepDetail {
  step: DocumentUploadStep;
}

/** Another step is shown (so a page can name it in its `<title>`). Never carries input. */
export class PkDocumentUploadStepEvent extends CustomEvent<PkDocumentUploadStepDetail> {
  constructor(detail: PkDocumentUploadStepDetail) {
    super('pk-document-upload-step', { detail, bubbles: true, composed: true });
  }
}

export interface PkDocumentUploadErrorDetail {
  /** `VALIDATION_FAILED` for the element's own checks, otherwise the client's code. */
  code: ErrorCode;
}

/** An error is shown (so a page can prefix its `<title>` with "Fehler: "). Never carries input. */
export class PkDocumentUploadErrorEvent extends CustomEvent<PkDocumentUploadErrorDetail> {
  constructor(detail: PkDocumentUploadErrorDetail) {
    super('pk-document-upload-error', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pk-upload-complete': PkUploadCompleteEvent;
    'pk-document-upload-step': PkDocumentUploadStepEvent;
    'pk-document-upload-error': PkDocumentUploadErrorEvent;
  }
}
