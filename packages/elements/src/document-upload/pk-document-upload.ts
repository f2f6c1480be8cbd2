import type {
  ApprovalView,
  DocumentCategory,
  UploadReceipt,
  UploadResponse,
} from '@portalkit/protocol';
import { nothing, type TemplateResult } from 'lit';
import { StepElement } from '../base/step-element.js';
import type { ClientError } from '../client/client-error.js';
import { notSignedInFormCodes, wording } from '../i18n/error-message.js';
import { approveStep, inlineApprove } from '../parts/inline-approve.js';
import { loadStep } from '../parts/load-step.js';
import {
  checkCategory,
  checkFiles,
  fileField,
  refusedFields,
  sniff,
  type Entry,
} from './pk-document-upload.checks.js';
import { documentUploadClient, type DocumentUploadClient } from './pk-document-upload.client.js';
import { documentUploadDe } from './pk-document-upload.de.js';
import { documentUploadEn } from './pk-document-upload.en.js';
import {
  PkDocumentUploadErrorEvent,
  PkDocumentUploadStepEvent,
  PkUploadCompleteEvent,
  type DocumentUploadStep,
} from './pk-document-upload.events.js';
import { documentUploadStyles } from './pk-document-upload.styles.js';
import {
  busyText,
  category,
  files,
  loading,
  receipt,
  upload,
  type DocumentUploadState,
  type DocumentUploadView,
  type FormView,
} from './pk-document-upload.views.js';
import { categoryStep } from './steps/category.js';
import { filesStep } from './steps/files.js';
import { receiptStep } from './steps/receipt.js';
import { fileProgress, uploadStep } from './steps/upload.js';

export type { DocumentUploadState, DocumentUploadStep };

/**
 * @summary Sends documents to the insurer (sick notes, invoices for reimbursement, applications):
 * a category and a note, files from the file picker, drag and drop or the phone's camera, sent
 * with progress, then a printable receipt with each file's SHA-256.
 *
 * Loads the insurer's categories (with "Erneut versuchen" if that fails) and asks which one, with
 * an optional one-line note. Files are added with the native file input (several at once), by
 * dropping them onto it, or with "Foto aufnehmen" on phones; each is listed with a thumbnail
 * (images) or its type, its size and a remove button named after it. On "Dateien senden" each
 * file's first bytes are checked for PDF, JPEG or PNG as the category allows, and its size, the
 * number of files and their total against the category's limits, with a message per file in the
 * error summary (the server checks everything again, and decides). The files go in one request
 * with a `<progress>` per file and for all, announced when each file is done; "Senden abbrechen"
 * stops it and keeps the files, and after a network error "Erneut versuchen" sends the same
 * files again. A category that needs an approval shows `<pk-approve>` inline first. The receipt
 * names the reference number, date and time, category and each file with its size and SHA-256,
 * and can be printed. Each step's heading takes focus when it appears.
 *
 * @attr {'loading' | 'idle' | 'busy' | 'error' | 'success'} state - What the element shows
 *   (read only): `loading` the categories, each step's phase (`busy` while sending, `idle` while
 *   `<pk-approve>` is shown), `success` with the receipt.
 * @attr {'category' | 'files' | 'upload' | 'approve' | 'receipt'} step - The current step (read
 *   only); absent while the categories load.
 * @attr {'auto' | 'on' | 'off'} camera - Whether to offer "Foto aufnehmen": `auto` (the default)
 *   where the main pointer is coarse (phones, tablets).
 *
 * @fires {PkUploadCompleteEvent} pk-upload-complete - The submission is stored (approved first
 *   where its category needs it); `detail: { receipt }`.
 * @fires {PkDocumentUploadStepEvent} pk-document-upload-step - Another step is shown;
 *   `detail: { step }`.
 * @fires {PkDocumentUploadErrorEvent} pk-document-upload-error - An error is shown, the inline
 *   approval's too; `detail: { code }`.
 *
 * @csspart step - The current step (a form on the category, files and failed upload steps).
 * @csspart form - The step's `<form>`.
 * @csspart heading - The step's heading, which takes focus when the step appears.
 * @csspart field - A label, hint, error and input group (the categories' fieldset too).
 * @csspart label - A field's label, the categories' legend and each category's label.
 * @csspart hint - A field's hint, and each category's.
 * @csspart input - The note's text input.
 * @csspart error - A field's or a file's error message.
 * @csspart choices - The categories to choose from.
 * @csspart choice - One category: its radio button, label and hint.
 * @csspart radio - A category's radio button.
 * @csspart dropzone - Where files can be dropped, around the file inputs.
 * @csspart add - The native file input ("Dateien auswählen").
 * @csspart camera - The file input that opens the camera ("Foto aufnehmen").
 * @csspart file-list - The files chosen, or being sent.
 * @csspart file - One file: thumbnail, name, details, error and remove button, or its progress.
 * @csspart thumbnail - An image's thumbnail, or the type of a PDF.
 * @csspart file-name - A file's name.
 * @csspart file-details - A file's type and size, or its progress as text.
 * @csspart remove - A file's remove button ("Rechnung.pdf entfernen").
 * @csspart progress - A `<progress>` of a file or of all.
 * @csspart total - The progress of all files.
 * @csspart receipt - The receipt.
 * @csspart details - The receipt's reference, time, category, note and approval.
 * @csspart reference - The reference number.
 * @csspart files - The receipt's table of files received.
 * @csspart checksum - A file's SHA-256.
 * @csspart print - The button that prints the receipt.
 * @csspart submit - The step's main button: "Weiter", "Dateien senden", "Erneut versuchen".
 * @csspart secondary-action - "Zurück", "Senden abbrechen", "Zurück zur Dateiliste", "Dateien
 *   erneut senden", "Weitere Dokumente senden".
 *
 * @cssproperty --pk-document-upload-max-width - Width of the element.
 * @cssproperty --pk-document-upload-thumbnail-size - Width and height of a thumbnail.
 */
export class PkDocumentUpload extends StepElement<
  DocumentUploadClient,
  DocumentUploadView,
  FormView
> {
  static override properties = { camera: {}, dragging: { state: true } };

  /** Whether to offer "Foto aufnehmen": `auto` where the main pointer is coarse (phones). */
  camera: 'auto' | 'on' | 'off' = 'auto';

  protected view: DocumentUploadView = loading();
  /** Files are dragged over the drop zone. */
  protected dragging = false;
  #categories: DocumentCategory[] = [];
  #category?: DocumentCategory | undefined;
  #note = '';
  /** The files to send, in the order listed (and sent). */
  #entries: Entry[] = [];
  #nextKey = 0;
  /** Files being read (their first bytes) before they are listed; sending waits for them. */
  #adding: Promise<void> = Promise.resolve();
  /** How many files the status region has said are uploaded. */
  #announced = 0;
  #approvalId?: string;

  constructor() {
    super({
      client: documentUploadClient,
      terms: { de: documentUploadDe, en: documentUploadEn },
      styles: [documentUploadStyles],
      stepEvent: PkDocumentUploadStepEvent,
      errorEvent: PkDocumentUploadErrorEvent,
      wording: wording('documentUpload.unavailable', {
        ...Object.fromEntries(
          notSignedInFormCodes.map((code) => [code, 'documentUpload.unavailable']),
        ),
      }),
      passkeyCancelled: 'documentUpload.unavailable',
      busyText,
    });
  }

  override get state(): DocumentUploadState {
    const view = this.view;
    if (view.is === 'approve') return 'idle';
    if (view.is === 'receipt' && view.receipt) return 'success';
    return view.is === 'loading' && view.phase === 'busy' ? 'loading' : view.phase;
  }

  /** The current step; `undefined` while the categories load. */
  override get step(): DocumentUploadStep | undefined {
    return this.view.is === 'loading' ? undefined : this.view.is;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const entry of this.#entries) this.#thumbnail(entry);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Object URLs keep their files in memory until revoked; made again if the element returns.
    for (const entry of this.#entries) this.#revoke(entry);
  }

  protected override clientAttached(): void {
    if (this.view.is === 'loading' && this.view.phase === 'busy') this.#load();
  }

  protected override clientDetached(client: DocumentUploadClient): void {
    super.clientDetached(client);
    // A request left unanswered: the step before it again, files kept, to press once more.
    const view = this.view;
    if (view.is === 'upload' && view.phase === 'busy') this.view = files();
    else if ('phase' in view && view.phase === 'busy' && view.is !== 'loading') {
      this.view = { ...view, phase: 'idle' };
    }
  }

  protected renderView(): TemplateResult | typeof nothing {
    const view = this.view;
    const lang = this.localize.lang;
    const chosen = this.#category;
    switch (view.is) {
      case 'loading':
        return loadStep(this.kit(view), 'documentUpload.loadFailed', () => this.#load());
      case 'category':
        return categoryStep(this.kit(view), this.#categories, this.#lang());
      case 'files':
        return chosen
          ? filesStep(this.kit(view), {
              category: chosen,
              entries: this.#entries,
              lang,
              camera:
                this.camera === 'on' ||
                (this.camera === 'auto' && matchMedia('(pointer: coarse)').matches),
              dragging: this.dragging,
              onAdd: (list) => void this.#add(list),
              onRemove: (entry) => void this.#remove(entry),
              onDrag: (over) => (this.dragging = over),
            })
          : nothing;
      case 'upload':
        return uploadStep(this.kit(view), view, {
          entries: this.#entries,
          lang,
          onCancel: () => this.#cancel(),
        });
      case 'approve':
        return approveStep(this.kit(), {
          approve: inlineApprove({
            approval: view.approval,
            client: this.activeClient,
            complete: (approval) => this.#approved(approval),
            status: (status) => {
              if (this.view.is === 'approve') this.view = { ...this.view, status };
            },
            error: (code) => this.dispatchEvent(new PkDocumentUploadErrorEvent({ code })),
          }),
          again:
            view.status === 'pending' || view.status === 'approved'
              ? undefined
              : () => this.go(files()),
          againLabel: 'documentUpload.approveAgain',
        });
      case 'receipt':
        return view.receipt
          ? receiptStep(this.kit(), view.receipt, {
              category: this.#categoryLabel(view.receipt.category),
              lang,
              onMore: () => this.#more(),
            })
          : loadStep(this.kit(view), 'documentUpload.receiptFailed', () => this.#fetchReceipt());
    }
  }

  protected submitStep(form: HTMLFormElement): void {
    const view = this.view;
    if (view.is === 'category') this.#choose(form);
    // Files chosen a moment ago are sent too: sending waits until they are read and listed.
    else if (view.is === 'files' || view.is === 'upload') void this.#adding.then(() => this.#send());
  }

  /** "Zurück" from the files to the category; "Zurück zur Dateiliste" after a failed upload. */
  protected secondaryStep(): void {
    if (this.state === 'busy') return;
    if (this.view.is === 'files') this.go(category());
    else if (this.view.is === 'upload') this.go(files());
  }

  /** The element's language among the categories' labels (German for any other). */
  #lang(): 'de' | 'en' {
    return this.localize.lang === 'en' ? 'en' : 'de';
  }

  #categoryLabel(id: string): string {
    return this.#categories.find((found) => found.id === id)?.label[this.#lang()] ?? id;
  }

  #load(): void {
    this.run(
      loading(),
      (client, signal) => client.documentCategories({ signal }),
      ({ categories }) => {
        this.#categories = categories;
        // The first step appears in place of the loading text; focus stays where the member is.
        this.status = undefined;
        this.view = category();
      },
    );
  }

  #choose(form: HTMLFormElement): void {
    this.read(form);
    const checked = checkCategory(this.values, this.#categories);
    if (!checked.category) {
      return this.fail({ ...category(), errors: checked.errors }, 'VALIDATION_FAILED');
    }
    this.#category = checked.category;
    this.#note = checked.note ?? '';
    this.go(files());
  }

  /** Adds files, each with its type from its first bytes and, for images, a thumbnail. */
  #add(list: FileList | null | undefined): Promise<void> {
    // Taken now: the input's list is replaced when the member chooses again.
    const chosen = [...(list ?? [])];
    const adding = this.#adding.then(() => this.#read(chosen));
    this.#adding = adding;
    return adding;
  }

  async #read(chosen: File[]): Promise<void> {
    if (chosen.length === 0) return;
    const added = await Promise.all(
      chosen.map(async (file): Promise<Entry> => {
        const key = this.#nextKey++;
        return { key, file, type: await sniff(file).catch(() => null) };
      }),
    );
    for (const entry of added) this.#thumbnail(entry);
    this.#entries = [...this.#entries, ...added];
    this.status = ['documentUpload.added', added.length];
    this.requestUpdate();
  }

  /** Removes a file and its error; focus moves to the next file's remove button, or the input. */
  async #remove(entry: Entry): Promise<void> {
    if (this.view.is !== 'files') return;
    const at = this.#entries.indexOf(entry);
    this.#revoke(entry);
    this.#entries = this.#entries.filter((listed) => listed !== entry);
    const field = fileField(entry.key);
    const errors = this.view.errors.filter((error) => error.field !== field);
    this.view = { ...this.view, errors, phase: errors.length > 0 ? this.view.phase : 'idle' };
    this.status = ['documentUpload.removed', entry.file.name];
    const next = this.#entries[at];
    await this.updateComplete;
    const target = next ? this.fieldId(fileField(next.key)) : this.fieldId('files');
    this.querySelector<HTMLElement>(`#${target}`)?.focus();
  }

  #thumbnail(entry: Entry): void {
    if (entry.type?.startsWith('image/') && !entry.thumbnail) {
      entry.thumbnail = URL.createObjectURL(entry.file);
    }
  }

  #revoke(entry: Entry): void {
    if (entry.thumbnail) URL.revokeObjectURL(entry.thumbnail);
    delete entry.thumbnail;
  }

  /** Checks the files, then sends them with the category and note in one request. */
  #send(): void {
    // A second press that waited for files being read finds the first one's upload running.
    if (this.state === 'busy') return;
    const chosen = this.#category;
    if (!chosen) return this.go(category());
    const lang = this.localize.lang;
    const errors = checkFiles(this.#entries, chosen, lang);
    if (errors.length > 0) return this.fail({ ...files(), errors }, 'VALIDATION_FAILED');
    const entries = [...this.#entries];
    const input = {
      category: chosen.id,
      note: this.#note || undefined,
      files: entries.map((entry) => entry.file),
    };
    this.#announced = 0;
    this.run(
      upload(),
      (client, signal) =>
        client.uploadDocuments(input, {
          signal,
          progress: (sent, total) => this.#progress(entries, sent, total),
        }),
      (answer) => this.#answered(answer),
      (error) => this.#refused(error, entries, chosen),
    );
    void this.focusAfterUpdate('[part~=heading]');
  }

  /** Bytes sent: the bars move; the status region says when a file is done, and at the end. */
  #progress(entries: readonly Entry[], sent: number, total: number): void {
    const view = this.view;
    if (view.is !== 'upload' || view.phase !== 'busy') return;
    this.view = { ...view, sent, total };
    const done = fileProgress(entries, sent, total).filter(
      (bytes, at) => bytes >= entries[at]!.file.size,
    ).length;
    if (done <= this.#announced) return;
    this.#announced = done;
    this.status =
      done === entries.length
        ? ['documentUpload.checking']
        : ['documentUpload.fileDone', done, entries.length];
  }

  /** "Senden abbrechen": the request is aborted (nothing is stored), the files stay listed. */
  #cancel(): void {
    if (this.view.is !== 'upload' || this.view.phase !== 'busy') return;
    this.task.abort();
    this.go(files());
    this.status = ['documentUpload.cancelled'];
  }

  #answered(answer: UploadResponse): void {
    if ('receipt' in answer) return this.#received(answer.receipt);
    const { approval } = answer;
    this.go({ is: 'approve', approval, status: approval.status });
  }

  /** The server refused what was sent: the step where it can be mended, each cause named. */
  #refused(error: ClientError, entries: readonly Entry[], chosen: DocumentCategory) {
    if (error.code !== 'VALIDATION_FAILED') return undefined;
    const refused = refusedFields(error.fields ?? {}, entries, chosen, this.localize.lang);
    return { ...(refused.step === 'category' ? category() : files()), errors: refused.errors };
  }

  #approved(approval: ApprovalView): void {
    if (this.view.is !== 'approve') return;
    this.#approvalId = approval.id;
    this.#fetchReceipt();
  }

  /** The receipt of the submission the approval accepted. */
  #fetchReceipt(): void {
    const approvalId = this.#approvalId;
    if (!approvalId) return;
    this.run(
      receipt(),
      (client, signal) => client.uploadReceipt({ approvalId }, { signal }),
      (answer) => this.#received(answer.receipt),
    );
  }

  #received(value: UploadReceipt): void {
    for (const entry of this.#entries) this.#revoke(entry);
    this.#entries = [];
    this.go(receipt(value));
    this.dispatchEvent(new PkUploadCompleteEvent({ receipt: value }));
  }

  /** "Weitere Dokumente senden": the category step again, nothing chosen. */
  #more(): void {
    delete this.values['category'];
    delete this.values['note'];
    this.#category = undefined;
    this.#note = '';
    this.go(category());
  }
}
