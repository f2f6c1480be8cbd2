import type { CDPSession, Locator, Page } from 'playwright-core';
import type { UploadReceipt } from '@portalkit/protocol';
import { ApprovePanel } from './approve-page.js';
import { expect } from './expect.js';
import type { Lang } from './login-page.js';

/** Texts the document-upload tests assert, per language (the element's and the demo's own). */
export const uploadWords = {
  de: {
    documentsLink: 'Dokumente einreichen',
    legend: 'Was möchten Sie senden?',
    sickNote: 'Arbeitsunfähigkeitsbescheinigung',
    invoice: 'Rechnung zur Erstattung',
    application: 'Antrag',
    note: 'Notiz oder Aktenzeichen (freiwillig)',
    next: 'Weiter',
    categoryEmpty: 'Wählen Sie aus, was Sie senden möchten.',
    choose: 'Dateien auswählen',
    camera: 'Foto aufnehmen',
    remove: (name: string) => `${name} entfernen`,
    send: 'Dateien senden',
    wrongType: (name: string) => `${name}: Die Datei muss ein`,
    uploadHeading: 'Dateien werden gesendet',
    receiptHeading: 'Ihre Dokumente sind eingegangen',
    print: 'Empfangsbestätigung drucken',
    approval: 'Freigabe',
  },
  en: {
    documentsLink: 'Submit documents',
    legend: 'What would you like to send?',
    sickNote: 'Sick note',
    invoice: 'Invoice for reimbursement',
    application: 'Application',
    note: 'Note or reference (optional)',
    next: 'Continue',
    categoryEmpty: 'Select what you would like to send.',
    choose: 'Choose files',
    camera: 'Take a photo',
    remove: (name: string) => `Remove ${name}`,
    send: 'Send files',
    wrongType: (name: string) => `${name}: The file must be a`,
    uploadHeading: 'Sending your files',
    receiptHeading: 'We have received your documents',
    print: 'Print the receipt',
    approval: 'Approval',
  },
} as const;

export type UploadWords = (typeof uploadWords)[Lang];
export type UploadStep = 'category' | 'files' | 'upload' | 'approve' | 'receipt';

/** A `<progress>` as seen at one moment: its label, value and max. */
export interface ProgressSample {
  label: string;
  value: number;
  max: number;
}

/** `<pk-document-upload>` on the demo's documents page, found as a member finds it. */
export class DocumentUploadPage {
  readonly w: UploadWords;
  readonly approve: ApprovePanel;
  constructor(
    readonly page: Page,
    readonly lang: Lang = 'de',
  ) {
    this.w = uploadWords[lang];
    this.approve = new ApprovePanel(this.element, lang);
  }

  get element(): Locator {
    return this.page.locator('pk-document-upload');
  }
  category(label: string): Locator {
    return this.element.getByRole('radio', { name: label, exact: true });
  }
  get note(): Locator {
    return this.element.getByLabel(this.w.note, { exact: true });
  }
  /** The file picker (the base; the camera's input is the other one). */
  get chooser(): Locator {
    return this.element.getByLabel(this.w.choose, { exact: true });
  }
  button(name: string): Locator {
    return this.element.getByRole('button', { name, exact: true });
  }
  get summary(): Locator {
    return this.element.locator('[part~=error-summary]').first();
  }
  /** A file's row in the list, by its name. */
  item(name: string): Locator {
    return this.element.locator('li[part~=file]').filter({ hasText: name });
  }

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/lang/${this.lang}?next=/konto/dokumente`);
    await this.step('category');
  }

  /** Waits until the element shows `step` and is not loading or busy. */
  async step(step: UploadStep, timeout = 15_000): Promise<void> {
    await this.page
      .locator(`pk-document-upload[step="${step}"]:not([state="busy"]):not([state="loading"])`)
      .waitFor({ timeout });
  }

  async expectSummary(text: string): Promise<void> {
    await expect(() => this.summary.innerText(), (v) => v.includes(text), `summary "${text}"`);
  }

  /**
   * Records every `<progress>` in the element whenever it renders from now on, and the receipt
   * `pk-upload-complete` carries. `samples()` returns what was seen so far.
   */
  async watch(): Promise<{
    samples: () => Promise<ProgressSample[][]>;
    receipt: () => Promise<UploadReceipt>;
  }> {
    // A string, so that the test's compiler adds no helpers the page does not have.
    await this.page.evaluate(`(() => {
      window.uploadSamples = [];
      const element = document.querySelector('pk-document-upload');
      element.addEventListener('pk-upload-complete', (event) => {
        window.uploadReceipt = event.detail.receipt;
      });
      function label(p) {
        const by = p.getAttribute('aria-labelledby');
        const text = by
          ? by.split(/\\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
          : (p.getAttribute('aria-label') ?? p.labels?.[0]?.textContent ?? '');
        return text.replace(/\\s+/g, ' ').trim();
      }
      // After every render (a bar's value is a property, its text changes with it), until the
      // receipt: each step of the bars is seen, however soon the answer follows the last byte.
      const observer = new MutationObserver(() => {
        const bars = [...element.querySelectorAll('progress')];
        if (bars.length) {
          window.uploadSamples.push(bars.map((p) => ({ label: label(p), value: p.value, max: p.max })));
        }
        if (window.uploadReceipt) observer.disconnect();
      });
      observer.observe(element, { subtree: true, childList: true, characterData: true });
    })()`);
    return {
      samples: () =>
        this.page.evaluate(
          () => (window as unknown as { uploadSamples: ProgressSample[][] }).uploadSamples,
        ),
      receipt: () =>
        expect(
          () =>
            this.page.evaluate(
              () => (window as unknown as { uploadReceipt?: UploadReceipt }).uploadReceipt,
            ),
          (receipt) => receipt !== undefined,
          'pk-upload-complete with the receipt',
          20_000,
        ) as Promise<UploadReceipt>,
    };
  }
}

/**
 * Slows the page's uploads to `bytesPerSecond` (Chromium's network emulation, which throttles
 * request bodies as they are sent), so a test sees the progress a member on a slow line sees.
 * `off()` lifts it and leaves the session attached until the page closes: detaching it (or
 * disabling its Network domain) leaves the page's virtual authenticator unanswering.
 */
export async function throttleUploads(
  page: Page,
  bytesPerSecond: number,
): Promise<{ off: () => Promise<void> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: bytesPerSecond,
  });
  return {
    async off() {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
    },
  };
}
