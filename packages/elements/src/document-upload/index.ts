// The approval step's element (categories that need an approval): the element file carries it.
import '../approve/index.js';
import { registerFlow } from '../client/flows.js';
import { defineElement } from '../define.js';
import { documentUploadClient } from './pk-document-upload.client.js';
import { PkDocumentUpload } from './pk-document-upload.js';

export {
  PkDocumentUpload,
  type DocumentUploadState,
  type DocumentUploadStep,
} from './pk-document-upload.js';
export type {
  DocumentUploadClient,
  UploadInput,
  UploadOptions,
} from './pk-document-upload.client.js';
export type { DocumentUploadTerms } from './pk-document-upload.terms.js';
export * from './pk-document-upload.events.js';
/** Each element file carries it, so a page that loads one file can register its wording. */
export { registerMessages } from '../i18n/localize-controller.js';

registerFlow(documentUploadClient);
defineElement('pk-document-upload', PkDocumentUpload);

declare global {
  interface HTMLElementTagNameMap {
    'pk-document-upload': PkDocumentUpload;
  }
}
