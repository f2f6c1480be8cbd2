import type { DocumentCategory } from '@portalkit/protocol';
import { html, nothing, type TemplateResult } from 'lit';
import { describedBy, errorId, field } from '../../parts/field.js';
import { stepForm, type StepKit } from '../../parts/step-form.js';
import {
  accept,
  fileField,
  formatSize,
  typeList,
  typeName,
  type Entry,
} from '../pk-document-upload.checks.js';

export interface FilesStepOptions {
  category: DocumentCategory;
  entries: readonly Entry[];
  lang: string;
  /** Whether to offer "Foto aufnehmen" (the camera of a phone). */
  camera: boolean;
  /** Files are dragged over the drop zone. */
  dragging: boolean;
  onAdd: (files: FileList | null | undefined) => void;
  onRemove: (entry: Entry) => void;
  onDrag: (over: boolean) => void;
}

/** A file input: its files handed over, then emptied, so the same file can be chosen again. */
const picked = (onAdd: FilesStepOptions['onAdd']) => (event: Event) => {
  const input = event.target as HTMLInputElement;
  onAdd(input.files);
  input.value = '';
};

/** One listed file: thumbnail (images) or type, name, type and size, its error, "Entfernen". */
function fileItem(kit: StepKit, entry: Entry, options: FilesStepOptions): TemplateResult {
  const id = kit.id(fileField(entry.key));
  const error = kit.fieldError(fileField(entry.key));
  const { name, size } = entry.file;
  const type = entry.type ? typeName(entry.type) : '';
  return html`<li part="file">
    ${
      entry.thumbnail
        ? html`<img part="thumbnail" src=${entry.thumbnail} alt=${name} />`
        : type
          ? html`<span part="thumbnail" aria-hidden="true">${type}</span>`
          : nothing
    }
    <div>
      <span part="file-name">${name}</span>
      <span part="file-details"
        >${[type, formatSize(size, options.lang)].filter(Boolean).join(' · ')}</span
      >
      ${
        error
          ? html`<p part="error" id=${errorId(id)}>
              <span class="pk-visually-hidden">${kit.term('common.errorPrefix')}</span>
              ${error}
            </p>`
          : nothing
      }
    </div>
    <button
      type="button"
      part="remove"
      id=${id}
      aria-label=${kit.term('documentUpload.remove', name)}
      aria-describedby=${error ? errorId(id) : nothing}
      @click=${() => options.onRemove(entry)}
    >
      ${kit.term('documentUpload.removeShort')}
    </button>
  </li>`;
}

/**
 * The files (UX.md "Files"): the native file input first (keyboard, voice control), "Foto
 * aufnehmen" on phones, dropping files onto the zone as an addition; then the list, each file
 * with its remove button named after it. Checked on "Dateien senden".
 */
export function filesStep(kit: StepKit, options: FilesStepOptions): TemplateResult {
  const { term } = kit;
  const { category, entries, lang } = options;
  const id = kit.id('files');
  const error = kit.fieldError('files');
  const drop = (event: DragEvent) => {
    event.preventDefault();
    options.onDrag(false);
    options.onAdd(event.dataTransfer?.files);
  };
  const over = (event: DragEvent) => {
    event.preventDefault();
    if (!options.dragging) options.onDrag(true);
  };
  return stepForm(kit, {
    heading: 'documentUpload.filesHeading',
    body: [
      html`<p>
        ${term(
          'documentUpload.filesIntro',
          typeList(category.types, lang, true),
          formatSize(category.maxFileBytes, lang),
          formatSize(category.maxTotalBytes, lang),
          category.maxFiles,
        )}
      </p>`,
      html`<div
        part="dropzone"
        ?data-dragging=${options.dragging}
        @dragover=${over}
        @dragleave=${() => options.onDrag(false)}
        @drop=${drop}
      >
        ${field({
          id,
          label: term('documentUpload.addLabel'),
          hint: term('documentUpload.dropHint'),
          error,
          errorPrefix: term('common.errorPrefix'),
          control: html`<input
            part="add"
            id=${id}
            type="file"
            multiple
            accept=${accept(category.types)}
            aria-invalid=${error ? 'true' : nothing}
            aria-describedby=${describedBy(id, { hint: true, error })}
            @change=${picked(options.onAdd)}
          />`,
        })}
        ${
          options.camera
            ? field({
                id: kit.id('camera'),
                label: term('documentUpload.cameraLabel'),
                errorPrefix: term('common.errorPrefix'),
                control: html`<input
                  part="camera"
                  id=${kit.id('camera')}
                  type="file"
                  accept="image/*"
                  capture="environment"
                  @change=${picked(options.onAdd)}
                />`,
              })
            : nothing
        }
      </div>`,
      entries.length > 0
        ? html`<h3 id=${kit.id('list')}>${term('documentUpload.listHeading', entries.length)}</h3>
            <ul part="file-list" aria-labelledby=${kit.id('list')}>
              ${entries.map((entry) => fileItem(kit, entry, options))}
            </ul>`
        : nothing,
    ],
    submit: 'documentUpload.send',
    secondary: 'documentUpload.back',
  });
}
