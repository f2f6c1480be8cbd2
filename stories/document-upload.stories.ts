import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { userEvent } from 'storybook/test';
import {
  FakeDocumentUploadClient,
  pdfFile,
  photoFile,
  textFile,
  type FakeDocumentUploadOptions,
} from '@portalkit/elements/testing/document-upload';
import { apiStory } from './support/doc.js';
import { fakePortal } from './support/fake-portal.js';
import { stepStories, type PlayContext, type StepPlay } from './support/step-stories.js';

interface DocumentUploadArgs {
  /** What the fake server answers. */
  fake: Partial<FakeDocumentUploadOptions>;
}

const meta: Meta<DocumentUploadArgs> = {
  title: 'Elements/pk-document-upload',
  component: 'pk-document-upload',
  args: { fake: {} },
  render: ({ fake }) =>
    fakePortal(html`<pk-document-upload></pk-document-upload>`, new FakeDocumentUploadClient(fake)),
};
export default meta;

type Story = StoryObj<DocumentUploadArgs>;

const { at, steps, submit, press, approveWithPasskey } = stepStories('pk-document-upload');

/** Chooses a category by its radio button and writes a note, then "Weiter". */
const choose =
  (category: string, note = 'RE-2026-118'): StepPlay =>
  async (context) => {
    const radio = context.canvasElement.querySelector<HTMLInputElement>(
      `pk-document-upload input[name=category][value=${category}]`,
    )!;
    await userEvent.click(radio);
    await submit({ note })(context);
  };

/** Adds files as the file picker does (the picker is the browser's own dialog). */
const add =
  (...files: (() => File | Promise<File>)[]): StepPlay =>
  async ({ canvasElement }: PlayContext) => {
    const input = canvasElement.querySelector<HTMLInputElement>('pk-document-upload [part~=add]')!;
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(await file());
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };

const invoice = () => pdfFile('Rechnung_Juni.pdf', 182_000);
const photo = () => photoFile('Krankmeldung_Seite_1.jpg');
const toCategory = at('category', 'idle');
const toFiles = [toCategory, choose('invoice'), at('files', 'idle')];
const toList = [...toFiles, add(invoice, photo)];
const send = press('Dateien senden', 'Send files');

export const API = apiStory;

export const Loading: Story = {
  name: '0 Loading the categories',
  args: { fake: { documentCategories: 'hang' } },
  play: at(null, 'loading'),
};

export const LoadFailed: Story = {
  name: '0 Loading: error, with a retry',
  args: { fake: { documentCategories: { error: 'NETWORK' } } },
  play: at(null, 'error'),
};

export const Category: Story = { name: '1 Category and note', play: toCategory };

export const CategoryMissing: Story = {
  name: '1 Category: error, none chosen',
  play: steps('category', 'error', toCategory, submit()),
};

export const Files: Story = { name: '2 Files: none yet', play: steps('files', 'idle', ...toFiles) };

export const FilesAdded: Story = {
  name: '2 Files: a PDF and a photo, with its thumbnail',
  play: steps('files', 'idle', ...toList),
};

export const FilesInvalid: Story = {
  name: '2 Files: error per file (wrong type, empty)',
  play: steps(
    'files',
    'error',
    ...toFiles,
    add(invoice, textFile, () => new File([], 'Scan_leer.pdf')),
    send,
  ),
};

export const FilesTooMany: Story = {
  name: '2 Files: error, more files than the category takes',
  args: {
    fake: {
      documentCategories: {
        value: {
          categories: [
            {
              id: 'invoice',
              label: { de: 'Rechnung zur Erstattung', en: 'Invoice for reimbursement' },
              approval: false,
              types: ['application/pdf', 'image/jpeg', 'image/png'],
              maxFileBytes: 10 * 1024 * 1024,
              maxTotalBytes: 30 * 1024 * 1024,
              maxFiles: 1,
            },
          ],
        },
      },
    },
  },
  play: steps('files', 'error', ...toList, send),
};

export const Uploading: Story = {
  name: '3 Upload: sending, with progress',
  args: { fake: { uploadDocuments: 'hang', uploadProgress: [0.3, 0.65] } },
  play: steps('upload', 'busy', ...toList, send),
};

export const UploadFailed: Story = {
  name: '3 Upload: network error, with a retry',
  args: { fake: { uploadDocuments: { error: 'NETWORK' } } },
  play: steps('upload', 'error', ...toList, send),
};

export const UploadRefused: Story = {
  name: '3 Upload: a file refused by the scanner',
  args: {
    fake: { uploadDocuments: { error: 'VALIDATION_FAILED', fields: { 'file.1': 'refused' } } },
  },
  play: steps('files', 'error', ...toList, send),
};

export const Cancelled: Story = {
  name: '3 Upload: cancelled, the files kept',
  args: { fake: { uploadDocuments: 'hang', uploadProgress: [0.4] } },
  play: steps(
    'files',
    'idle',
    ...toList,
    send,
    at('upload', 'busy'),
    press('Senden abbrechen', 'Stop sending'),
  ),
};

export const Approve: Story = {
  name: '4 Approve: an application, <pk-approve> inline',
  play: steps(
    'approve',
    'idle',
    toCategory,
    choose('application', ''),
    at('files', 'idle'),
    add(() => pdfFile('Antrag_Haushaltshilfe.pdf', 186_412)),
    send,
  ),
};

export const Receipt: Story = {
  name: '5 Receipt: reference, time, files with SHA-256',
  play: steps('receipt', 'success', ...toList, send),
};

export const ReceiptApproved: Story = {
  name: '5 Receipt: an application, once approved',
  play: steps(
    'receipt',
    'success',
    toCategory,
    choose('application', ''),
    at('files', 'idle'),
    add(() => pdfFile('Antrag_Haushaltshilfe.pdf', 186_412)),
    send,
    at('approve', 'idle'),
    approveWithPasskey,
  ),
};
