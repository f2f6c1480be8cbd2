import type { Locator, Page } from 'playwright-core';
import { expect } from './expect.js';
import type { Lang } from './login-page.js';

/** Texts the account tests assert, per language (the element's own strings). */
export const accountWords = {
  de: {
    heading: 'Persönliche Daten & Einstellungen',
    emailHeading: 'E-Mail-Adresse',
    passwordHeading: 'Passwort',
    sessionsHeading: 'Angemeldete Geräte',
    endHeading: 'Registrierung aufheben',
    change: 'Ändern',
    sessionsShow: 'Geräte anzeigen',
    emailLabel: 'Neue E-Mail-Adresse',
    emailSubmit: 'Code senden',
    codeLabel: 'Code aus der E-Mail',
    codeSubmit: 'Adresse bestätigen',
    codeInvalid: 'Der Code stimmt nicht',
    emailDone: 'Ihre E-Mail-Adresse ist geändert',
    currentLabel: 'Aktuelles Passwort',
    newPasswordLabel: 'Neues Passwort',
    passwordSubmit: 'Passwort ändern',
    currentWrong: 'Das aktuelle Passwort stimmt nicht',
    passwordDone: 'Passwort geändert',
    thisDevice: 'Dieses Gerät',
    endSession: 'Abmelden',
    endOthers: 'Alle anderen Geräte abmelden',
    endOthersSubmit: 'Ja, alle anderen abmelden',
    othersEnded: 'Sie sind auf allen anderen Geräten abgemeldet.',
    endSubmit: 'Registrierung aufheben',
    endDone: 'Ihre Registrierung ist aufgehoben',
    cancel: 'Abbrechen',
  },
  en: {
    heading: 'Personal details & settings',
    emailHeading: 'E-mail address',
    passwordHeading: 'Password',
    sessionsHeading: 'Signed-in devices',
    endHeading: 'End your registration',
    change: 'Change',
    sessionsShow: 'Show devices',
    emailLabel: 'New e-mail address',
    emailSubmit: 'Send code',
    codeLabel: 'Code from the e-mail',
    codeSubmit: 'Confirm address',
    codeInvalid: 'The code is wrong',
    emailDone: 'Your e-mail address is changed',
    currentLabel: 'Current password',
    newPasswordLabel: 'New password',
    passwordSubmit: 'Change password',
    currentWrong: 'The current password is wrong',
    passwordDone: 'Password changed',
    thisDevice: 'This device',
    endSession: 'Sign out',
    endOthers: 'Sign out all other devices',
    endOthersSubmit: 'Yes, sign out all others',
    othersEnded: 'You are signed out on all other devices.',
    endSubmit: 'End registration',
    endDone: 'Your registration has ended',
    cancel: 'Cancel',
  },
} as const;

export type AccountWords = (typeof accountWords)[Lang];

export type AccountStep =
  | 'overview'
  | 'email'
  | 'email-code'
  | 'email-done'
  | 'password'
  | 'password-done'
  | 'sessions'
  | 'end-others'
  | 'end'
  | 'end-approve'
  | 'end-done';

/** `<pk-account>` on the demo's settings page (`/konto/einstellungen`), as a member finds it. */
export class AccountPage {
  readonly w: AccountWords;
  constructor(
    readonly page: Page,
    readonly lang: Lang = 'de',
  ) {
    this.w = accountWords[lang];
  }

  get element(): Locator {
    return this.page.locator('pk-account');
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
  get status(): Locator {
    return this.element.locator('[role=status]').first();
  }
  /** The overview's section under `heading`, and its button (`Ändern`, `Geräte anzeigen`, …). */
  section(heading: string): Locator {
    return this.element
      .locator('section, [part~=section]')
      .filter({ has: this.page.getByRole('heading', { name: heading, exact: true }) });
  }

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/lang/${this.lang}?next=/konto/einstellungen`);
    await this.step('overview');
  }

  /** Waits until the element shows `step` and is not loading or busy. */
  async step(step: AccountStep, timeout = 10_000): Promise<void> {
    await this.page
      .locator(`pk-account[step="${step}"]:not([state="busy"]):not([state="loading"])`)
      .waitFor({ timeout });
  }

  /** Opens a task from its section of the overview. */
  async openTask(heading: string, button: string, step: AccountStep): Promise<void> {
    await this.section(heading).getByRole('button', { name: button }).click();
    await this.step(step);
  }

  async expectSummary(text: string): Promise<void> {
    await expect(() => this.summary.innerText(), (v) => v.includes(text), `summary "${text}"`);
  }
}
