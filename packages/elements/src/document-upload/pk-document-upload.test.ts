import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './index.js';
import { expectAccessible, runElementSuite } from '../test-support/element-suite.js';
import { part, settle, text, until, type Lang } from '../test-support/fixtures.js';
import { headingText, press, statusText, summaryText } from '../test-support/step-fixtures.js';
import {
  FakeDocumentUploadClient,
  pdfFile,
  photoFile,
  sampleCategories,
  textFile,
} from './pk-document-upload.fake.js';
import {
  addFiles,
  approved,
  choose,
  documentUpload,
  listed,
  now,
  received,
  removeButtons,
  sent,
} from './pk-document-upload.fixtures.js';
import type { PkDocumentUpload } from './pk-document-upload.js';
import type { UploadInput } from './pk-document-upload.client.js';

runElementSuite<PkDocumentUpload>({
  tag: 'pk-document-upload',
  template: (client) => html`<pk-document-upload .client=${client}></pk-document-upload>`,
  pendingClient: () => new FakeDocumentUploadClient({ documentCategories: 'hang' }),
  states: {
    loading: async (lang) => (await documentUpload({ documentCategories: 'hang' }, lang)).element,
    idle: async (lang) => (await documentUpload({}, lang)).element,
    busy: async (lang) =>
      (await sent({ uploadDocuments: 'hang', uploadProgress: [0.4] }, lang)).element,
    error: async (lang) => {
      const { element } = await documentUpload({}, lang);
      await press(element, 'submit');
      return element;
    },
    success: async (lang) => (await received({}, lang)).element,
  },
  richest: 'error',
  parts: [
    'step',
    'form',
    'heading',
    'field',
    'label',
    'hint',
    'input',
    'error',
    'error-summary',
    'choices',
    'choice',
    'radio',
    'submit',
    'status',
  ],
  text: { de: 'Was möchten Sie senden?', en: 'What would you like to send?' },
  success: async (lang) => (await received({}, lang)).element,
  successEvent: 'pk-upload-complete',
  error: async (lang) =>
    (await documentUpload({ documentCategories: { error: 'NETWORK' } }, lang)).element,
  changeProperty: (element) => {
    element.messages = { 'documentUpload.next': 'Los geht es' };
    return 'Los geht es';
  },
});

const png = () => photoFile('Krankmeldung.png', 'image/png');

describe('pk-document-upload', () => {
  const steps: [string | null, string, (lang: Lang) => Promise<{ element: PkDocumentUpload }>][] = [
    [null, 'loading', (lang) => documentUpload({ documentCategories: 'hang' }, lang)],
    [null, 'error', (lang) => documentUpload({ documentCategories: { error: 'INTERNAL' } }, lang)],
    ['category', 'idle', (lang) => documentUpload({}, lang)],
    ['files', 'idle', async (lang) => listed({}, lang, [pdfFile(), await png()])],
    [
      'files',
      'error',
      async (lang) => {
        const result = await listed({}, lang, [textFile(), new File([], 'leer.pdf')]);
        await press(result.element, 'submit');
        return result;
      },
    ],
    ['upload', 'busy', (lang) => sent({ uploadDocuments: 'hang', uploadProgress: [0.5] }, lang)],
    ['upload', 'error', (lang) => sent({ uploadDocuments: { error: 'NETWORK' } }, lang)],
    ['approve', 'idle', (lang) => sent({}, lang, undefined, 'application')],
    [
      'receipt',
      'error',
      (lang) => approved({ uploadReceipt: { error: 'NETWORK' } }, lang, 'error'),
    ],
    ['receipt', 'success', (lang) => received({}, lang)],
  ];
  for (const lang of ['de', 'en'] as const) {
    it(`is accessible in every step and state (${lang})`, async () => {
      for (const [step, state, reach] of steps) {
        const { element } = await reach(lang);
        await until(element, state);
        expect(element.getAttribute('step'), `${step} ${state}`).to.equal(step);
        await expectAccessible(element);
      }
    });
  }

  it("shows the insurer's categories as a radio group in the element's language, none chosen", async () => {
    const { client, element } = await documentUpload();
    expect(client.callsTo('documentCategories')).to.have.length(1);
    const radios = [...element.querySelectorAll<HTMLInputElement>('input[name=category]')];
    expect(radios.map((radio) => radio.value)).to.deep.equal(sampleCategories.map((c) => c.id));
    expect(radios.some((radio) => radio.checked)).to.equal(false);
    expect(text(element.querySelector(`label[for=${radios[0]!.id}]`))).to.equal(
      'Arbeitsunfähigkeitsbescheinigung',
    );
    expect(text(element.querySelector('legend'))).to.equal('Was möchten Sie senden?');
    element.lang = 'en';
    await waitUntil(() => text(element.querySelector('legend')) === 'What would you like to send?');
    expect(text(element.querySelector(`label[for=${radios[0]!.id}]`))).to.equal('Sick note');
  });

  it('asks for a category and a note of at most 200 characters, on submit', async () => {
    const { element } = await documentUpload();
    await choose(element, 'none', 'x'.repeat(201));
    expect(element.state).to.equal('error');
    expect(summaryText(element)).to.contain('Wählen Sie aus, was Sie senden möchten.');
    expect(summaryText(element)).to.contain('höchstens 200 Zeichen');
    expect(document.activeElement).to.equal(part(element, 'error-summary'));
    await choose(element, 'invoice', 'RE-2026-118');
    expect(element.getAttribute('step')).to.equal('files');
    expect(headingText(element)).to.equal('Dateien hinzufügen');
    expect(document.activeElement).to.equal(part(element, 'heading'));
  });

  it('sends files chosen a moment before "Dateien senden", once they are read', async () => {
    const { client, element } = await documentUpload();
    await choose(element, 'invoice');
    const input = element.querySelector<HTMLInputElement>('[part~=add]')!;
    const transfer = new DataTransfer();
    transfer.items.add(pdfFile('Rechnung_Juni.pdf', 182_000));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    // Pressed in the same task, before the file's first bytes are read.
    part<HTMLButtonElement>(element, 'submit')!.click();
    await until(element, 'success');
    expect(client.callsTo('uploadDocuments')).to.have.length(1);
  });

  it("states the insurer's limits in the units they are set in (10 MB is 10,000,000 bytes)", async () => {
    const { element } = await documentUpload();
    await choose(element, 'invoice');
    expect(text(element)).to.contain('Jede Datei darf bis zu 10 MB groß sein, alle zusammen bis zu 30 MB');
  });

  it('lists each file with a thumbnail for images, type and size, and a remove button named after it', async () => {
    const { element } = await listed({}, 'de', [
      pdfFile('Rechnung_Juni.pdf', 182_000),
      await png(),
    ]);
    expect(statusText(element)).to.equal('2 Dateien hinzugefügt.');
    const [pdf, image] = [...element.querySelectorAll('li[part~=file]')];
    expect(text(pdf!.querySelector('[part~=file-details]'))).to.equal('PDF · 182 kB');
    const thumbnail = image!.querySelector<HTMLImageElement>('img[part~=thumbnail]')!;
    expect(thumbnail.alt).to.equal('Krankmeldung.png');
    expect(thumbnail.src).to.match(/^blob:/);
    expect(removeButtons(element).map((button) => button.getAttribute('aria-label'))).to.deep.equal(
      ['Rechnung_Juni.pdf entfernen', 'Krankmeldung.png entfernen'],
    );
    const input = part<HTMLInputElement>(element, 'add')!;
    expect(input.type).to.equal('file');
    expect(input.multiple).to.equal(true);
    expect(input.accept).to.contain('application/pdf');
  });

  it('checks each file by its first bytes, its size, and their number before sending anything', async () => {
    const small = sampleCategories.map((c) => ({ ...c, maxFileBytes: 1024 * 1024, maxFiles: 3 }));
    const { client, element } = await listed(
      { documentCategories: { value: { categories: small } } },
      'de',
      [textFile('Notizen.pdf'), new File([], 'leer.pdf'), pdfFile('gross.pdf', 2 * 1024 * 1024)],
    );
    await press(element, 'submit');
    expect(element.state).to.equal('error');
    const summary = summaryText(element);
    expect(summary).to.contain('Notizen.pdf: Die Datei muss ein PDF, JPG oder PNG sein.');
    expect(summary).to.contain('leer.pdf: Die ausgewählte Datei ist leer.');
    expect(summary).to.contain('gross.pdf: Die Datei muss kleiner als 1 MB sein.');
    const [first] = removeButtons(element);
    expect(text(element.querySelector(`#${first!.getAttribute('aria-describedby')}`))).to.contain(
      'Notizen.pdf: Die Datei muss ein PDF, JPG oder PNG sein.',
    );
    await addFiles(element, pdfFile('a.pdf'));
    await press(element, 'submit');
    expect(summaryText(element)).to.contain('höchstens 3 Dateien');
    expect(client.callsTo('uploadDocuments')).to.have.length(0);
  });

  it('moves focus to the next file after a removal, or to the file input, and revokes thumbnails', async () => {
    const revoked: string[] = [];
    const original = URL.revokeObjectURL;
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
      original(url);
    };
    try {
      const { element } = await listed({}, 'de', [await png(), pdfFile()]);
      const url = element.querySelector<HTMLImageElement>('img[part~=thumbnail]')!.src;
      removeButtons(element)[0]!.click();
      await settle(element);
      expect(revoked).to.deep.equal([url]);
      expect(statusText(element)).to.equal('Krankmeldung.png entfernt.');
      expect(document.activeElement).to.equal(removeButtons(element)[0]);
      removeButtons(element)[0]!.click();
      await settle(element);
      expect(document.activeElement).to.equal(part(element, 'add'));
    } finally {
      URL.revokeObjectURL = original;
    }
  });

  it('sends category, note and files in one request, with a progress bar per file and overall', async () => {
    const files = [pdfFile('a.pdf', 1000), pdfFile('b.pdf', 1000)];
    const { client, element } = await sent(
      { uploadDocuments: 'hang', uploadProgress: [0.25, 0.75] },
      'de',
      files,
    );
    await waitUntil(() => statusText(element) === 'Datei 1 von 2 hochgeladen.');
    const [input] = client.callsTo('uploadDocuments').map((call) => call.args[0] as UploadInput);
    expect(input!.category).to.equal('invoice');
    expect(input!.note).to.equal('RE-2026-118');
    expect(input!.files.map((file) => file.name)).to.deep.equal(['a.pdf', 'b.pdf']);
    const bars = [...element.querySelectorAll<HTMLProgressElement>('progress')];
    expect(bars).to.have.length(3);
    expect(bars[0]!.value).to.equal(1000);
    expect(bars[1]!.value).to.be.within(400, 600);
    expect(text(part(element, 'total'))).to.match(/^Insgesamt 7\d % /);
    expect(part(element, 'step')!.getAttribute('aria-busy')).to.equal('true');
  });

  it('announces each finished file and the end, not every percent', async () => {
    const heard: string[] = [];
    const { element } = await listed({ uploadProgress: [0.1, 0.2, 0.3, 0.6, 0.8, 1] }, 'de', [
      pdfFile('a.pdf', 1000),
      pdfFile('b.pdf', 1000),
    ]);
    const observer = new MutationObserver(() => heard.push(statusText(element)));
    observer.observe(part(element, 'status')!, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    await press(element, 'submit');
    await until(element, 'success');
    observer.disconnect();
    expect([...new Set(heard.filter(Boolean))]).to.deep.equal([
      'Wird gesendet …',
      'Datei 1 von 2 hochgeladen.',
      'Alle Dateien hochgeladen. Sie werden jetzt geprüft …',
    ]);
  });

  it('"Senden abbrechen" aborts the request and keeps the files', async () => {
    const { client, element } = await sent({ uploadDocuments: 'hang', uploadProgress: [0.3] });
    await settle(element);
    await press(element, 'Senden abbrechen');
    expect(element.getAttribute('step')).to.equal('files');
    expect(element.state).to.equal('idle');
    expect(statusText(element)).to.contain('Das Senden wurde abgebrochen');
    expect(removeButtons(element)).to.have.length(1);
    expect(client.callsTo('uploadDocuments')).to.have.length(1);
    expect(document.activeElement).to.equal(part(element, 'heading'));
  });

  it('offers "Erneut versuchen" after a network error and sends the same files again', async () => {
    const { client, element } = await sent({ uploadDocuments: { error: 'NETWORK' } });
    await until(element, 'error');
    expect(element.getAttribute('step')).to.equal('upload');
    expect(headingText(element)).to.equal('Die Dateien konnten nicht gesendet werden');
    expect(summaryText(element)).to.contain('gerade nicht möglich');
    client.options.uploadDocuments = undefined;
    await press(element, 'submit');
    await until(element, 'success');
    const calls = client.callsTo('uploadDocuments').map((call) => call.args[0] as UploadInput);
    expect(calls).to.have.length(2);
    expect(calls[1]!.files).to.deep.equal(calls[0]!.files);
  });

  it('names the file the server refused (its scanner), at the file and in the summary', async () => {
    const { element } = await sent(
      { uploadDocuments: { error: 'VALIDATION_FAILED', fields: { 'file.1': 'refused' } } },
      'de',
      [pdfFile('a.pdf'), pdfFile('b.pdf')],
    );
    await until(element, 'error');
    expect(element.getAttribute('step')).to.equal('files');
    expect(summaryText(element)).to.contain(
      'b.pdf: Diese Datei wurde bei der Sicherheitsprüfung abgelehnt.',
    );
    expect(removeButtons(element)[1]!.getAttribute('aria-describedby')).to.be.a('string');
  });

  it('shows the receipt with reference, time, category and each file with its SHA-256, printable', async () => {
    const completed = oneEvent(document, 'pk-upload-complete');
    const { element } = await received();
    const event = await completed;
    expect(event.detail.receipt.reference).to.equal('DOC-2026-7K4Q9M');
    expect(headingText(element)).to.equal('Ihre Dokumente sind eingegangen');
    expect(document.activeElement).to.equal(part(element, 'heading'));
    const details = text(part(element, 'details'));
    expect(details).to.contain('Eingangsnummer DOC-2026-7K4Q9M');
    expect(details).to.contain('12. Mai 2026');
    expect(details).to.contain('Art Rechnung zur Erstattung');
    expect(details).to.contain('Notiz RE-2026-118');
    const sha = event.detail.receipt.files[0]!.sha256;
    expect(sha).to.match(/^[0-9a-f]{64}$/);
    expect(text(part(element, 'checksum'))).to.equal(sha);
    const printed: unknown[] = [];
    const print = window.print;
    window.print = () => printed.push(true);
    try {
      part<HTMLButtonElement>(element, 'print')!.click();
    } finally {
      window.print = print;
    }
    expect(printed).to.have.length(1);
  });

  it('shows <pk-approve> for an application, then the receipt that names the approval', async () => {
    const { client, element } = await approved();
    expect(client.callsTo('uploadReceipt').map((call) => call.args[0])).to.deep.equal([
      { approvalId: 'apv-d0c5' },
    ]);
    expect(text(part(element, 'details'))).to.contain('Freigabe apv-d0c5');
    expect(text(part(element, 'details'))).to.contain('Art Antrag');
  });

  it('fires pk-document-upload-step for each step', async () => {
    const seen: string[] = [];
    const listener = (event: Event) => seen.push((event as CustomEvent).detail.step);
    document.addEventListener('pk-document-upload-step', listener);
    try {
      await received({}, 'en');
    } finally {
      document.removeEventListener('pk-document-upload-step', listener);
    }
    expect(seen).to.deep.equal(['category', 'files', 'upload', 'receipt']);
  });

  it('can be used with the keyboard only', async () => {
    const { element } = await documentUpload();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'RE-7' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(element.getAttribute('step')).to.equal('files');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(part(element, 'add'));
    // The file picker is the browser's own dialog; what it picks arrives as a change event.
    await addFiles(element, pdfFile('a.pdf'), pdfFile('b.pdf'));
    part<HTMLInputElement>(element, 'add')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.getAttribute('aria-label')).to.equal('a.pdf entfernen');
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(document.activeElement?.getAttribute('aria-label')).to.equal('b.pdf entfernen');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(part(element, 'submit'));
    await sendKeys({ press: 'Enter' });
    await until(element, 'success');
    expect(document.activeElement).to.equal(part(element, 'heading'));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(part(element, 'print'));
  });
});
