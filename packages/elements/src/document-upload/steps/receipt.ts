import type { UploadReceipt } from '@portalkit/protocol';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDateTime } from '../../i18n/format.js';
import type { PlainKey } from '../../i18n/messages.js';
import { paragraph, stepHeading, type StepKit } from '../../parts/step-form.js';
import { formatSize } from '../pk-document-upload.checks.js';

export interface ReceiptStepOptions {
  /** The category's label in the element's language (its id if it is no longer offered). */
  category: string;
  lang: string;
  onMore: () => void;
}

/** The receipt's time in the element's language: `12. Mai 2026, 14:03`. */
export const receivedAt = (iso: string, lang: string): string =>
  formatDateTime(lang, new Date(iso), 'long');

/**
 * The receipt: reference number, date and time, category, note, approval, and each file received
 * with its size and SHA-256 (as stored: a photo without its EXIF data is smaller than chosen);
 * printable (`window.print()`, the print styles leave the buttons out).
 */
export function receiptStep(
  kit: StepKit,
  receipt: UploadReceipt,
  options: ReceiptStepOptions,
): TemplateResult {
  const { term } = kit;
  const row = (label: PlainKey, value: unknown) =>
    html`<dt>${term(label)}</dt>
      <dd>${value}</dd>`;
  return html`<div part="step receipt">
    ${stepHeading(kit, 'documentUpload.receiptHeading')}
    ${paragraph(kit, 'documentUpload.receiptIntro')}
    <dl part="details">
      ${row('documentUpload.reference', html`<strong part="reference">${receipt.reference}</strong>`)}
      ${row('documentUpload.receivedAt', receivedAt(receipt.receivedAt, options.lang))}
      ${row('documentUpload.category', options.category)}
      ${receipt.note ? row('documentUpload.note', receipt.note) : nothing}
      ${receipt.approvalId ? row('documentUpload.approval', receipt.approvalId) : nothing}
    </dl>
    <table part="files">
      <caption>
        ${term('documentUpload.filesCaption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${term('documentUpload.fileName')}</th>
          <th scope="col">${term('documentUpload.fileSize')}</th>
          <th scope="col">${term('documentUpload.checksum')}</th>
        </tr>
      </thead>
      <tbody>
        ${receipt.files.map(
          (file) =>
            html`<tr>
              <th scope="row">${file.name}</th>
              <td>${formatSize(file.size, options.lang)}</td>
              <td><code part="checksum">${file.sha256}</code></td>
            </tr>`,
        )}
      </tbody>
    </table>
    <button type="button" part="print" @click=${() => window.print()}>
      ${term('documentUpload.print')}
    </button>
    <button type="button" part="secondary-action" @click=${options.onMore}>
      ${term('documentUpload.more')}
    </button>
  </div>`;
}
