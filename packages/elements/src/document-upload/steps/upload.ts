import { html, type TemplateResult } from 'lit';
import { stepForm, stepHeading, type StepKit } from '../../parts/step-form.js';
import { formatSize, type Entry } from '../pk-document-upload.checks.js';
import type { UploadView } from '../pk-document-upload.views.js';

/**
 * How far each file is, from the body's bytes sent: the files follow the short fields in the
 * multipart body in the order listed, so the bytes sent are spread over them in that order.
 */
export function fileProgress(entries: readonly Entry[], sent: number, total: number): number[] {
  const sizes = entries.map((entry) => entry.file.size);
  const all = sizes.reduce((sum, size) => sum + size, 0);
  let left = total > 0 ? (sent / total) * all : 0;
  return sizes.map((size) => {
    const done = Math.min(size, Math.max(0, left));
    left -= size;
    return done;
  });
}

/** A labelled `<progress>` with its text: percent, and bytes of bytes. */
function bar(kit: StepKit, id: string, label: string, done: number, size: number, lang: string) {
  const percent = size > 0 ? Math.floor((done / size) * 100) : 100;
  return html`<div part="file">
    <span part="file-name" id=${id}>${label}</span>
    <progress part="progress" max=${size || 1} .value=${done} aria-labelledby=${id}></progress>
    <span part="file-details">
      ${kit.term('documentUpload.progress', percent, formatSize(done, lang), formatSize(size, lang))}
    </span>
  </div>`;
}

export interface UploadStepOptions {
  entries: readonly Entry[];
  lang: string;
  onCancel: () => void;
}

/**
 * Sending: a `<progress>` per file and one for all, each with its text (the status region says
 * when a file is done, not every percent), and "Senden abbrechen". After a failure: what went
 * wrong, "Erneut versuchen" with the same files, and back to the list.
 */
export function uploadStep(kit: StepKit, view: UploadView, options: UploadStepOptions) {
  const { entries, lang } = options;
  if (view.phase !== 'busy') {
    return stepForm(kit, {
      heading: 'documentUpload.uploadFailed',
      body: html`<ul part="file-list">
        ${entries.map(
          (entry) =>
            html`<li part="file">
              <span part="file-name">${entry.file.name}</span>
              <span part="file-details">${formatSize(entry.file.size, lang)}</span>
            </li>`,
        )}
      </ul>`,
      submit: 'common.retry',
      secondary: 'documentUpload.toList',
    });
  }
  const done = fileProgress(entries, view.sent, view.total);
  const all = entries.reduce((sum, entry) => sum + entry.file.size, 0);
  const sent = done.reduce((sum, bytes) => sum + bytes, 0);
  return html`<div part="step" aria-busy="true">
    ${stepHeading(kit, 'documentUpload.uploadHeading')}
    <ul part="file-list">
      ${entries.map(
        (entry, at) =>
          html`<li>
            ${bar(kit, kit.id(`progress-${entry.key}`), entry.file.name, done[at]!, entry.file.size, lang)}
          </li>`,
      )}
    </ul>
    <div part="total">
      ${bar(kit, kit.id('progress-total'), kit.term('documentUpload.total'), sent, all, lang)}
    </div>
    <button type="button" part="secondary-action" @click=${options.onCancel}>
      ${kit.term('documentUpload.cancel')}
    </button>
  </div>` as TemplateResult;
}
