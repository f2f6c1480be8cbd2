import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from './expect.js';
import type { Lang } from './login-page.js';

/** Texts the forgot-password tests assert, per language (the element's and the demo's strings). */
export const resetWords = {
  de: {
    forgotLink: 'Passwort vergessen?',
    identifier: 'Versichertennummer oder E-Mail-Adresse',
    identifySubmit: 'Weiter',
    email: 'Code per E-Mail',
    sms: 'Code per SMS',
    letter: 'Neuer Aktivierungscode per Brief',
    passkey: 'Mit meinem Passkey',
    methodSubmit: 'Weiter',
    code: 'Code',
    codeSubmit: 'Code prüfen',
    codeInvalid: 'Der Code stimmt nicht',
    newPassword: 'Passwort',
    passwordSubmit: 'Passwort speichern',
  },
  en: {
    forgotLink: 'Forgot your password?',
    identifier: 'Health insurance number or email address',
    identifySubmit: 'Continue',
    email: 'Code by email',
    sms: 'Code by text message',
    letter: 'New activation code by letter',
    passkey: 'With my passkey',
    methodSubmit: 'Continue',
    code: 'Code',
    codeSubmit: 'Check code',
    codeInvalid: 'The code is wrong',
    newPassword: 'Password',
    passwordSubmit: 'Save password',
  },
} as const;

export type ResetStep = 'identify' | 'method' | 'code' | 'letter' | 'password' | 'done';

/** `<pk-forgot-password>` on the demo site, found the way a member (or a screen reader) finds it. */
export class ForgotPasswordPage {
  readonly w: (typeof resetWords)[Lang];
  constructor(
    readonly page: Page,
    readonly lang: Lang = 'de',
  ) {
    this.w = resetWords[lang];
  }

  get element(): Locator {
    return this.page.locator('pk-forgot-password');
  }
  get identifier(): Locator {
    return this.element.getByLabel(this.w.identifier);
  }
  get code(): Locator {
    return this.element.getByLabel(this.w.code, { exact: true });
  }
  get newPassword(): Locator {
    return this.element.getByLabel(this.w.newPassword, { exact: true });
  }
  get summary(): Locator {
    return this.element.locator('[part~=error-summary]');
  }
  button(name: string): Locator {
    return this.element.getByRole('button', { name, exact: true });
  }
  method(channel: 'email' | 'sms' | 'letter' | 'passkey'): Locator {
    return this.element.getByRole('radio', { name: this.w[channel] });
  }

  /** The page in this language, opened directly. */
  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/lang/${this.lang}?next=/passwort-vergessen`);
    await this.step('identify');
  }

  /** Waits until the element shows `step` (its reflected attribute) and is no longer busy. */
  async step(step: ResetStep): Promise<void> {
    await this.page.locator(`pk-forgot-password[step="${step}"]:not([state="busy"])`).waitFor();
  }

  async identify(identifier: string): Promise<void> {
    await this.identifier.fill(identifier);
    await this.button(this.w.identifySubmit).click();
    await this.step('method');
  }

  /** Chooses a channel for the code and waits for the step that follows. */
  async requestCode(channel: 'email' | 'sms' | 'letter'): Promise<void> {
    await this.method(channel).check();
    await this.button(this.w.methodSubmit).click();
    await this.step(channel === 'letter' ? 'letter' : 'code');
  }

  async enterCode(code: string): Promise<void> {
    await this.code.fill(code);
    await this.button(this.w.codeSubmit).click();
  }

  /** Proves possession with the passkey (the method step's last choice): on to the password. */
  async usePasskey(): Promise<void> {
    await this.method('passkey').check();
    await this.button(this.w.methodSubmit).click();
    await this.step('password');
  }

  async setPassword(password: string): Promise<void> {
    await this.newPassword.fill(password);
    await this.button(this.w.passwordSubmit).click();
  }

  async expectSummary(text: string): Promise<void> {
    await expect(
      () => this.summary.innerText(),
      (value) => value.includes(text),
      `summary "${text}"`,
    );
  }
}

/**
 * The newest message of `channel` to `recipient` in the demo's outbox, read in a browser of its
 * own as a member would open their mail or phone; waits until one arrives that `accept`s.
 * `part`: a selector within the message (`.sms-bubble`) whose text to read instead of all of it.
 */
export async function readOutbox(
  browser: Browser,
  baseUrl: string,
  channel: 'email' | 'sms' | 'letter',
  recipient: string,
  { accept = () => true, part }: { accept?: (text: string) => boolean; part?: string } = {},
): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const message = page.locator(`li[data-channel="${channel}"]`, { hasText: recipient }).first();
    const read = part ? message.locator(part) : message;
    return await expect(
      async () => {
        await page.goto(`${baseUrl}/demo/outbox`);
        return (await message.count()) ? read.innerText() : '';
      },
      (text) => text !== '' && accept(text),
      `a ${channel} to ${recipient} in the outbox`,
    );
  } finally {
    await context.close();
  }
}

/** The 6-digit code in the newest e-mail to `address`, other than the codes in `seen`. */
export async function readEmailCode(
  browser: Browser,
  baseUrl: string,
  address: string,
  seen: string[] = [],
): Promise<string> {
  const text = await readOutbox(browser, baseUrl, 'email', address, {
    part: '.email-body',
    accept: (t) => {
      const code = /\b(\d{6})\b/.exec(t)?.[1];
      return code !== undefined && !seen.includes(code);
    },
  });
  return /\b(\d{6})\b/.exec(text)![1]!;
}
