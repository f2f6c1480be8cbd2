import { html } from '@open-wc/testing';
import { mount, part, settle, until, type Lang } from '../test-support/fixtures.js';
import { press } from '../test-support/step-fixtures.js';
import {
  FakeDocumentUploadClient,
  pdfFile,
  type FakeDocumentUploadOptions,
} from './pk-document-upload.fake.js';
import type { PkDocumentUpload } from './pk-document-upload.js';

/** The time of the receipts in the tests: 12 May 2026, 14:03 in Berlin. */
export const now = Date.UTC(2026, 4, 12, 12, 3);

/** `<pk-document-upload>` with a fake client, its categories loaded. */
export async function documentUpload(
  options: Partial<FakeDocumentUploadOptions> = {},
  lang: Lang = 'de',
) {
  const client = new FakeDocumentUploadClient(options, now);
  const element = await mount<PkDocumentUpload>(
    html`<pk-document-upload .client=${client}></pk-document-upload>`,
    lang,
  );
  await settle(element);
  return { client, element };
}

/** Chooses a category (and a note) and presses "Weiter". */
export async function choose(element: PkDocumentUpload, category: string, note = '') {
  const radio = element.querySelector<HTMLInputElement>(`input[name=category][value=${category}]`);
  radio?.click();
  const field = element.querySelector<HTMLInputElement>('input[name=note]')!;
  field.value = note;
  field.dispatchEvent(new InputEvent('input', { bubbles: true }));
  await press(element, 'submit');
}

/** Adds files as the file picker does (a `change` event on the input). */
export async function addFiles(element: PkDocumentUpload, ...files: File[]) {
  const input = part<HTMLInputElement>(element, 'add')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(element);
  await settle(element);
}

/** The category chosen and files added: the list, before sending. */
export async function listed(
  options: Partial<FakeDocumentUploadOptions> = {},
  lang: Lang = 'de',
  files: File[] = [pdfFile()],
  category = 'invoice',
) {
  const result = await documentUpload(options, lang);
  await choose(result.element, category, 'RE-2026-118');
  await addFiles(result.element, ...files);
  return result;
}

/** The files sent; the receipt unless the fake answers otherwise. */
export async function sent(
  options: Partial<FakeDocumentUploadOptions> = {},
  lang: Lang = 'de',
  files?: File[],
  category?: string,
) {
  const result = await listed(options, lang, files, category);
  await press(result.element, 'submit');
  return result;
}

/** Sent and received: the receipt. */
export async function received(options: Partial<FakeDocumentUploadOptions> = {}, lang?: Lang) {
  const result = await sent(options, lang);
  await until(result.element, 'success');
  return result;
}

/** An application sent and approved with the passkey in the inline `<pk-approve>`. */
export async function approved(
  options: Partial<FakeDocumentUploadOptions> = {},
  lang?: Lang,
  state: 'success' | 'error' = 'success',
) {
  const result = await sent(options, lang, undefined, 'application');
  await until(result.element, 'idle');
  const approve = result.element.querySelector('pk-approve')!;
  await approve.updateComplete;
  part<HTMLButtonElement>(approve, 'submit')!.click();
  await until(result.element, state);
  return result;
}

export const removeButtons = (element: Element) => [
  ...element.querySelectorAll<HTMLButtonElement>('[part~=remove]'),
];
