import { expect } from './expect.js';
import type { Locator, Page } from 'playwright-core';

/** Texts the e2e tests assert, per language (the elements' own strings). */
export const words = {
  de: {
    identifier: 'Versichertennummer oder E-Mail-Adresse',
    password: 'Passwort',
    submit: 'Anmelden',
    passkey: 'Mit Passkey anmelden',
    addPasskey: 'Dieses Gerät als Passkey hinzufügen',
    signOut: 'Abmelden',
    credentialsInvalid: 'Versichertennummer, E-Mail-Adresse oder Passwort ist falsch.',
    checkDigit: 'Diese Versichertennummer ist nicht gültig.',
    cancelled: 'abgebrochen',
    unknownPasskey: 'nicht registriert',
    unavailable: 'gerade nicht',
    problem: 'Es gibt ein Problem',
  },
  en: {
    identifier: 'Health insurance number or email address',
    password: 'Password',
    submit: 'Sign in',
    passkey: 'Sign in with a passkey',
    addPasskey: 'Add this device as a passkey',
    signOut: 'Sign out',
    credentialsInvalid: 'Health insurance number, email address or password is wrong.',
    checkDigit: 'This health insurance number is not valid.',
    cancelled: 'cancelled',
    unknownPasskey: 'not registered',
    unavailable: 'right now',
    problem: 'There is a problem',
  },
} as const;

export type Lang = keyof typeof words;

/** `<pk-login>` on the demo site, found the way a member (or a screen reader) finds it. */
export class LoginPage {
  readonly w: (typeof words)[Lang];
  constructor(
    readonly page: Page,
    readonly lang: Lang = 'de',
  ) {
    this.w = words[lang];
  }

  get element(): Locator {
    return this.page.locator('pk-login');
  }
  get identifier(): Locator {
    return this.element.getByLabel(this.w.identifier);
  }
  get password(): Locator {
    return this.element.getByLabel(this.w.password, { exact: true });
  }
  get submit(): Locator {
    return this.element.getByRole('button', { name: this.w.submit, exact: true });
  }
  get passkeyButton(): Locator {
    return this.element.getByRole('button', { name: this.w.passkey, exact: true });
  }
  get status(): Locator {
    return this.element.locator('[role=status]');
  }
  get summary(): Locator {
    return this.element.locator('[part~=error-summary]');
  }

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/lang/${this.lang}?next=/`);
    await this.element
      .locator('form')
      .waitFor()
      .catch((error: Error) => {
        // Which page came instead (a session still alive sends `/` on to `/konto`).
        error.message += `\n  the page: ${this.page.url()}`;
        throw error;
      });
  }

  async loginWithPassword(identifier: string, password: string): Promise<void> {
    await this.identifier.fill(identifier);
    await this.password.fill(password);
    await this.submit.click();
  }

  async expectSummary(text: string): Promise<void> {
    await expect(() => this.summary.innerText(), (value) => value.includes(text), `summary "${text}"`);
  }
}

/**
 * Holds the first passkey-options request, the autofill ceremony's, unanswered (until the page
 * leaves), so that a test decides which ceremony the authenticator answers. Later ones pass.
 */
export async function holdAutofillOptions(page: Page): Promise<{ held: Promise<void> }> {
  let hold: () => void;
  const held = new Promise<void>((resolve) => (hold = resolve));
  let first = true;
  await page.route('**/portal/login/passkey/options', async (route) => {
    if (!first) return route.continue();
    first = false;
    hold();
  });
  return { held };
}
