import { accountTemplates } from './account-templates.js';
import { approveTemplates } from './approve-templates.js';
import { forgotPasswordSms, forgotPasswordTemplates } from './forgot-password-templates.js';
import { passkeyTemplates } from './passkeys-templates.js';
import type { NoticeTemplate } from './mailer.js';

/**
 * Wording of the security notices, German ("Sie") and English. Times are German local time,
 * because that is what a member of a German insurer reads on the kitchen clock.
 */
export interface NoticeData {
  recipientName: string;
  /** The insurer's name (the relying party's name), as the notice's signature. */
  insurerName: string;
  at: number;
  /** passkey-added, passkey-removed: the passkey's name. */
  passkeyName?: string;
  /** passkey-removed: how many passkeys the account has left. */
  passkeysLeft?: number;
  /** account-locked: how long password sign-in stays blocked. */
  lockedMinutes?: number;
  /**
   * activation-letter, reset-letter, reset-code: the code as printed, until when it works (a
   * letter) or for how many minutes (e-mail, SMS), and the page to open (a letter).
   */
  code?: string;
  validUntil?: number;
  validMinutes?: number;
  activationUrl?: string;
  /** activation-locked, reset-code-locked: how many wrong codes voided it. */
  failures?: number;
  /** SMS with a code: the site its origin-bound last line names (the relying party's id). */
  rpId?: string;
  /**
   * address-changed, bank-details-changed: what changed, each line a label with the value before
   * and after (bank details masked), and from when a new address holds (ISO date).
   */
  change?: { label: string; from: string | null; to: string }[];
  validFrom?: string;
  /** email-changed: the new address, masked (`m***@example.de`). */
  email?: string;
}

export type Locale = 'de' | 'en';

// Built once: constructing an Intl.DateTimeFormat costs far more than formatting with one.
const zone = { timeZone: 'Europe/Berlin' } as const;
const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  de: new Intl.DateTimeFormat('de-DE', { ...zone, day: '2-digit', month: '2-digit', year: 'numeric' }),
  en: new Intl.DateTimeFormat('en-GB', { ...zone, day: '2-digit', month: '2-digit', year: 'numeric' }),
};
const timeFormat = new Intl.DateTimeFormat('de-DE', {
  ...zone,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function when(at: number, locale: Locale): { date: string; time: string } {
  return { date: dateFormats[locale].format(at), time: timeFormat.format(at) };
}

/** Greeting and signature around a notice's paragraphs, in the member's language. */
function letter(locale: Locale, data: NoticeData, paragraphs: string[][]): string {
  const [greeting, closing, signature] =
    locale === 'de'
      ? [`Guten Tag ${data.recipientName},`, 'Mit freundlichen Grüßen', `Ihre ${data.insurerName}`]
      : [`Hello ${data.recipientName},`, 'Kind regards', data.insurerName];
  return [[greeting], ...paragraphs, [closing, signature]].map((lines) => lines.join('\n')).join('\n\n');
}

export interface At {
  date: string;
  time: string;
  validUntil: string;
}

export type Render = (data: NoticeData, at: At) => { subject: string; paragraphs: string[][] };
/** An SMS: one short text, no greeting. */
export type SmsRender = (data: NoticeData, at: At) => string;

const registrationTemplates: Record<
  'activation-letter' | 'registration-attempt' | 'activation-locked' | 'account-created',
  Record<Locale, Render>
> = {
  'activation-letter': {
    de: (data, { validUntil }) => ({
      subject: 'Ihr Aktivierungscode für das Online-Konto',
      paragraphs: [
        [
          `Sie haben ein Online-Konto bei der ${data.insurerName} beantragt. Mit dem Aktivierungscode in diesem Brief schließen Sie die Registrierung ab.`,
        ],
        [`Ihr Aktivierungscode: ${data.code}`, `Gültig bis: ${validUntil}`],
        [
          'So geht es weiter:',
          `1. Öffnen Sie ${data.activationUrl} oder scannen Sie den QR-Code mit Ihrem Smartphone.`,
          '2. Geben Sie Ihre Versichertennummer und den Aktivierungscode ein.',
          '3. Legen Sie Ihr Passwort fest.',
        ],
        [
          'Der Code gilt nur einmal. Geben Sie ihn nicht weiter: Wir fragen Sie nie danach, auch nicht am Telefon.',
          'Haben Sie keine Registrierung beantragt? Dann können Sie diesen Brief vernichten. Ohne den Code kann niemand ein Konto für Sie anlegen.',
        ],
      ],
    }),
    en: (data, { validUntil }) => ({
      subject: 'Your activation code for your online account',
      paragraphs: [
        [
          `You have asked for an online account with ${data.insurerName}. The activation code in this letter completes your registration.`,
        ],
        [`Your activation code: ${data.code}`, `Valid until: ${validUntil}`],
        [
          'What to do next:',
          `1. Open ${data.activationUrl} or scan the QR code with your smartphone.`,
          '2. Enter your insurance number and the activation code.',
          '3. Choose your password.',
        ],
        [
          'The code works once. Do not pass it on: we never ask you for it, not even on the phone.',
          'Did you not ask for an account? Then you can destroy this letter. Without the code nobody can create an account for you.',
        ],
      ],
    }),
  },
  'registration-attempt': {
    de: (data, { date, time }) => ({
      subject: 'Registrierungsversuch mit Ihren Daten',
      paragraphs: [
        [
          `am ${date} um ${time} Uhr hat jemand versucht, mit Ihren Daten ein Online-Konto bei der ${data.insurerName} zu registrieren.`,
          'Sie haben bereits ein Konto, deshalb haben wir keinen Aktivierungsbrief verschickt.',
        ],
        ['Waren Sie das? Dann melden Sie sich mit Ihrem Konto an. Wenn Sie Ihr Passwort nicht mehr wissen, wählen Sie bei der Anmeldung „Passwort vergessen“.'],
        ['Waren Sie das nicht? Dann müssen Sie nichts tun: An Ihrem Konto hat sich nichts geändert.'],
      ],
    }),
    en: (data, { date, time }) => ({
      subject: 'Someone tried to register with your details',
      paragraphs: [
        [
          `on ${date} at ${time} (German time) someone tried to register an online account with ${data.insurerName} using your details.`,
          'You already have an account, so we have not sent an activation letter.',
        ],
        ['Was this you? Then sign in with your account. If you no longer know your password, choose “Forgot password” when you sign in.'],
        ['Was this not you? Then you need not do anything: nothing has changed in your account.'],
      ],
    }),
  },
  'activation-locked': {
    de: (data, { date, time }) => ({
      subject: 'Ihr Aktivierungscode ist gesperrt',
      paragraphs: [
        [
          `am ${date} um ${time} Uhr wurde zum ${data.failures}. Mal ein falscher Aktivierungscode für Ihre Registrierung eingegeben.`,
          'Zu Ihrem Schutz haben wir den Code gesperrt.',
        ],
        ['Waren Sie das? Dann fordern Sie auf der Registrierungsseite bitte einen neuen Aktivierungsbrief an.'],
        ['Waren Sie das nicht? Dann versucht vielleicht jemand, mit Ihren Daten ein Konto anzulegen. Rufen Sie uns bitte an.'],
      ],
    }),
    en: (data, { date, time }) => ({
      subject: 'Your activation code is blocked',
      paragraphs: [
        [
          `on ${date} at ${time} (German time) a wrong activation code had been entered ${data.failures} times for your registration.`,
          'To protect you, we have blocked the code.',
        ],
        ['Was this you? Then please ask for a new activation letter on the registration page.'],
        ['Was this not you? Someone may be trying to create an account with your details. Please call us.'],
      ],
    }),
  },
  'account-created': {
    de: (data, { date, time }) => ({
      subject: 'Ihr Online-Konto ist eingerichtet',
      paragraphs: [
        [
          `am ${date} um ${time} Uhr haben Sie Ihr Online-Konto bei der ${data.insurerName} eingerichtet.`,
          'Sie melden sich mit Ihrer Versichertennummer oder dieser E-Mail-Adresse und Ihrem Passwort an, mit einem Passkey auch ohne Passwort.',
        ],
        ['Waren Sie das nicht? Rufen Sie uns bitte sofort an. Wir sperren das Konto und helfen Ihnen weiter.'],
      ],
    }),
    en: (data, { date, time }) => ({
      subject: 'Your online account is ready',
      paragraphs: [
        [
          `on ${date} at ${time} (German time) you set up your online account with ${data.insurerName}.`,
          'You sign in with your insurance number or this e-mail address and your password, or with a passkey and no password.',
        ],
        ['Was this not you? Please call us right away. We will block the account and help you.'],
      ],
    }),
  },
};

const templates: Record<NoticeTemplate, Record<Locale, Render>> = {
  ...registrationTemplates,
  ...forgotPasswordTemplates,
  ...approveTemplates,
  ...accountTemplates,
  ...passkeyTemplates,
  'passkey-added': {
    de: (data, { date, time }) => ({
      subject: 'Neuer Passkey für Ihr Konto',
      paragraphs: [
        [
          `am ${date} um ${time} Uhr wurde Ihrem Konto ein Passkey mit dem Namen „${data.passkeyName}“ hinzugefügt.`,
          'Mit diesem Passkey können Sie sich ab jetzt ohne Passwort anmelden.',
        ],
        ['Waren Sie das nicht? Rufen Sie uns bitte sofort an. Wir sperren den Passkey und helfen Ihnen weiter.'],
      ],
    }),
    en: (data, { date, time }) => ({
      subject: 'New passkey for your account',
      paragraphs: [
        [
          `on ${date} at ${time} (German time) a passkey named “${data.passkeyName}” was added to your account.`,
          'From now on you can sign in with this passkey, without a password.',
        ],
        ['Was this not you? Please call us right away. We will block the passkey and help you.'],
      ],
    }),
  },
  'account-locked': {
    de: (data, { date, time }) => ({
      subject: 'Mehrmals falsches Passwort für Ihr Konto',
      paragraphs: [
        [
          `am ${date} um ${time} Uhr wurde mehrmals ein falsches Passwort für Ihr Konto eingegeben.`,
          `Zu Ihrem Schutz haben wir weitere Versuche von dort für ${data.lockedMinutes} Minuten gesperrt.`,
          'Sie selbst können sich weiterhin anmelden, auf Ihren gewohnten Geräten auch mit Passwort, und immer mit einem Passkey.',
        ],
        ['Waren Sie das nicht? Dann versucht vielleicht jemand, Ihr Konto zu nutzen. Rufen Sie uns bitte an.'],
      ],
    }),
    en: (data, { date, time }) => ({
      subject: 'Wrong password entered several times for your account',
      paragraphs: [
        [
          `on ${date} at ${time} (German time) a wrong password was entered for your account several times.`,
          `To protect you, we have blocked further attempts from there for ${data.lockedMinutes} minutes.`,
          'You can still sign in yourself: with your password on the devices you usually use, and always with a passkey.',
        ],
        ['Was this not you? Someone may be trying to use your account. Please call us.'],
      ],
    }),
  },
};

/** The notices that have an SMS wording. */
const smsTemplates: Partial<Record<NoticeTemplate, Record<Locale, SmsRender>>> = forgotPasswordSms;

/**
 * A notice's subject and text in the member's language: for an e-mail or letter with greeting
 * and signature; for an SMS (`channel: 'sms'`, where the template has an SMS wording) the short
 * text, and the e-mail's subject for an outbox's list.
 */
export function renderNotice(
  template: NoticeTemplate,
  locale: Locale,
  data: NoticeData,
  channel: 'email' | 'letter' | 'sms' = 'email',
): { subject: string; text: string } {
  const at = { ...when(data.at, locale), validUntil: when(data.validUntil ?? data.at, locale).date };
  const { subject, paragraphs } = templates[template][locale](data, at);
  const sms = channel === 'sms' ? smsTemplates[template] : undefined;
  if (channel === 'sms' && !sms) throw new TypeError(`notice ${template} has no SMS wording`);
  return { subject, text: sms ? sms[locale](data, at) : letter(locale, data, paragraphs) };
}
