import type { Locator, Page } from 'playwright-core';
import { expect } from './expect.js';
import type { Lang } from './login-page.js';

/** Texts the approval tests assert, per language (the elements' own strings). */
export const approveWords = {
  de: {
    passkey: 'Mit Passkey freigeben',
    phone: 'Auf meinem Smartphone freigeben',
    deny: 'Ablehnen',
    cancel: 'Abbrechen',
    pickSubmit: 'Weiter',
    pickLegend: 'Welche Zahl zeigt Ihr anderes Gerät?',
    approvedHeading: 'Änderung freigegeben',
    cancelledHeading: 'Freigabe abgebrochen',
    inboxHeading: 'Offene Freigaben',
    // Address change.
    street: 'Straße',
    houseNumber: 'Hausnummer',
    postcode: 'Postleitzahl',
    city: 'Ort',
    day: 'Tag',
    month: 'Monat',
    year: 'Jahr',
    formSubmit: 'Weiter',
    send: 'Senden und freigeben',
    edit: 'Ändern',
    postcodeFormat: 'Geben Sie die Postleitzahl mit 5 Ziffern ein',
    addressDone: 'Ihre neue Anschrift ist gespeichert',
    // Bank details.
    holder: 'Kontoinhaberin oder Kontoinhaber',
    iban: 'IBAN',
    ibanChecksum: 'Diese IBAN ist nicht gültig.',
    bankDone: 'Ihre neue Bankverbindung ist gespeichert',
  },
  en: {
    passkey: 'Approve with passkey',
    phone: 'Approve on my phone',
    deny: 'Decline',
    cancel: 'Cancel',
    pickSubmit: 'Continue',
    pickLegend: 'Which number does your other device show?',
    approvedHeading: 'Change approved',
    cancelledHeading: 'Approval cancelled',
    inboxHeading: 'Pending approvals',
    street: 'Street',
    houseNumber: 'House number',
    postcode: 'Postcode',
    city: 'Town or city',
    day: 'Day',
    month: 'Month',
    year: 'Year',
    formSubmit: 'Continue',
    send: 'Send and approve',
    edit: 'Change',
    postcodeFormat: 'Enter the postcode with 5 digits',
    addressDone: 'Your new address is saved',
    holder: 'Account holder',
    iban: 'IBAN',
    ibanChecksum: 'This IBAN is not valid.',
    bankDone: 'Your new bank details are saved',
  },
} as const;

export type ApproveWords = (typeof approveWords)[Lang];

/** A new postal address and the day it holds from (`YYYY-MM-DD`). */
export interface NewAddress {
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  validFrom: string;
}

/** `<pk-approve>` within `scope` (a protected form, or the page), as a member finds it. */
export class ApprovePanel {
  readonly w: ApproveWords;
  constructor(
    readonly scope: Locator,
    readonly lang: Lang = 'de',
  ) {
    this.w = approveWords[lang];
  }

  get element(): Locator {
    return this.scope.locator('pk-approve').first();
  }
  button(name: string): Locator {
    return this.element.getByRole('button', { name, exact: true });
  }
  /** The number the waiting device shows. */
  get number(): Locator {
    return this.element.locator('[part~=number]');
  }
  /** The short link to type on the phone. */
  get shortLink(): Locator {
    return this.element.locator('[part~=link]');
  }
  get qr(): Locator {
    return this.element.locator('[part~=qr]');
  }
  choice(number: string): Locator {
    return this.element.getByRole('radio', { name: number, exact: true });
  }

  /** Waits until the element shows `step` and is no longer loading or busy. */
  async step(step: 'inbox' | 'summary' | 'handoff' | 'pick' | 'outcome'): Promise<void> {
    await this.element
      .and(this.scope.page().locator(`pk-approve[step="${step}"]:not([state="busy"])`))
      .waitFor();
  }

  /** Waits for a state (`approved`, `cancelled`, `waiting`, …). */
  async state(state: string, timeout = 15_000): Promise<void> {
    await expect(
      () => this.element.getAttribute('state'),
      (value) => value === state,
      `<pk-approve state="${state}">`,
      timeout,
    );
  }
}

/**
 * A protected form on its demo page (`<pk-address-change>`, `<pk-bank-details>`): its fields by
 * label, its buttons, its error summary, its steps, and the `<pk-approve>` it shows inline.
 */
abstract class ProtectedFormPage {
  readonly w: ApproveWords;
  readonly approve: ApprovePanel;
  constructor(
    readonly page: Page,
    readonly lang: Lang,
    private readonly tag: string,
    private readonly path: string,
  ) {
    this.w = approveWords[lang];
    this.approve = new ApprovePanel(this.element, lang);
  }

  get element(): Locator {
    return this.page.locator(this.tag);
  }
  field(label: string): Locator {
    return this.element.getByLabel(label, { exact: true });
  }
  button(name: string): Locator {
    return this.element.getByRole('button', { name, exact: true });
  }
  get summary(): Locator {
    return this.element.locator('[part~=error-summary]').first();
  }

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/lang/${this.lang}?next=${this.path}`);
    await this.step('form');
  }

  /** Waits until the element shows `step` and is not loading or busy. */
  async step(step: 'form' | 'review' | 'approve' | 'done'): Promise<void> {
    await this.page
      .locator(`${this.tag}[step="${step}"]:not([state="busy"]):not([state="loading"])`)
      .waitFor();
  }

  async expectSummary(text: string): Promise<void> {
    await expect(() => this.summary.innerText(), (v) => v.includes(text), `summary "${text}"`);
  }
}

/** `<pk-address-change>` on the demo's address page. */
export class AddressChangePage extends ProtectedFormPage {
  constructor(page: Page, lang: Lang = 'de') {
    super(page, lang, 'pk-address-change', '/konto/anschrift');
  }

  async fill(address: NewAddress): Promise<void> {
    const [year, month, day] = address.validFrom.split('-');
    await this.field(this.w.street).fill(address.street);
    await this.field(this.w.houseNumber).fill(address.houseNumber);
    await this.field(this.w.postcode).fill(address.postcode);
    await this.field(this.w.city).fill(address.city);
    await this.field(this.w.day).fill(String(Number(day)));
    await this.field(this.w.month).fill(String(Number(month)));
    await this.field(this.w.year).fill(year!);
  }
}

/** `<pk-bank-details>` on the demo's bank-details page. */
export class BankDetailsPage extends ProtectedFormPage {
  constructor(page: Page, lang: Lang = 'de') {
    super(page, lang, 'pk-bank-details', '/konto/bankverbindung');
  }

  async fill(holder: string, iban: string): Promise<void> {
    await this.field(this.w.holder).fill(holder);
    await this.field(this.w.iban).fill(iban);
  }
}

/** An ISO date `days` from today (UTC), for a valid-from date within the allowed range. */
export function isoDaysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
