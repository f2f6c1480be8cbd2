import type { ApprovalStatus, ApprovalView, UploadReceipt } from '@portalkit/protocol';
import type { StepForm } from '../base/step-element.js';
import type { PlainKey } from '../i18n/messages.js';

/** The categories load (`busy`) or could not be loaded (`error`, with a retry). */
export type LoadView = StepForm<'loading'>;
/** The category and an optional note. */
export type CategoryView = StepForm<'category'>;
/** The files to send, added and removed; their errors before or after sending. */
export type FilesView = StepForm<'files'>;
/** Sending (`busy`: `sent` of `total` body bytes), or sending failed (`error`, with a retry). */
export type UploadView = StepForm<'upload'> & { sent: number; total: number };
/** The receipt, once there; before that it loads (after an approval) or could not be loaded. */
export type ReceiptView = StepForm<'receipt'> & { receipt?: UploadReceipt };
/** `<pk-approve>` inline, for a category that needs an approval; `status` as it reported it. */
export type ApproveView = { is: 'approve'; approval: ApprovalView; status: ApprovalStatus };

export type FormView = LoadView | CategoryView | FilesView | UploadView | ReceiptView;
export type DocumentUploadView = FormView | ApproveView;

/**
 * What the element shows (`state`): `loading` the categories, each step's phase (`idle` while
 * `<pk-approve>` is shown), `success` with the receipt.
 */
export type DocumentUploadState = 'loading' | 'idle' | 'busy' | 'error' | 'success';

const form = <S extends FormView['is']>(is: S) => ({ is, phase: 'idle' as const, errors: [] });

export const loading = (): LoadView => ({ ...form('loading'), phase: 'busy' });
export const category = (): CategoryView => form('category');
export const files = (): FilesView => form('files');
export const upload = (): UploadView => ({ ...form('upload'), sent: 0, total: 0 });
export const receipt = (value?: UploadReceipt): ReceiptView =>
  value ? { ...form('receipt'), receipt: value } : form('receipt');

/** What a step says while its request runs (in the status region). */
export const busyText = (view: FormView): PlainKey =>
  view.is === 'loading'
    ? 'documentUpload.loadBusy'
    : view.is === 'receipt'
      ? 'documentUpload.receiptBusy'
      : 'documentUpload.uploadBusy';
