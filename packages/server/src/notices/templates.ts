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
  /** passkey-added: the passkey's name. */
  passkeyName?: string;
  /** account-locked: how long password sign-in stays blocked. */
  lockedMinutes?: number;
}

type Locale = 'de' | 'en';

function when(at: number, locale: Locale): { date: string; time: string } {
  const zone = { timeZone: 'Europe/Berlin' } as const;
  const date = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    ...zone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(at);
  const time = new Intl.DateTimeFormat('de-DE', {
    ...zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  return { date, time };
}

const templates: Record<
  NoticeTemplate,
  Record<Locale, (data: NoticeData) => { subject: string; text: string }>
> = {
  'passkey-added': {
    de: (data) => {
      const { date, time } = when(data.at, 'de');
      return {
        subject: 'Neuer Passkey für Ihr Konto',
        text: [
          `Guten Tag ${data.recipientName},`,
          '',
          `am ${date} um ${time} Uhr wurde Ihrem Konto ein Passkey hinzugefügt (${data.passkeyName}).`,
          'Mit diesem Passkey können Sie sich ab jetzt ohne Passwort anmelden.',
          '',
          'Waren Sie das nicht? Rufen Sie uns bitte sofort an. Wir sperren den Passkey und helfen Ihnen weiter.',
          '',
          'Mit freundlichen Grüßen',
          `Ihre ${data.insurerName}`,
        ].join('\n'),
      };
    },
    en: (data) => {
      const { date, time } = when(data.at, 'en');
      return {
        subject: 'New passkey for your account',
        text: [
          `Hello ${data.recipientName},`,
          '',
          `on ${date} at ${time} (German time) a passkey was added to your account (${data.passkeyName}).`,
          'From now on you can sign in with this passkey, without a password.',
          '',
          'Was this not you? Please call us right away. We will block the passkey and help you.',
          '',
          'Kind regards',
          data.insurerName,
        ].join('\n'),
      };
    },
  },
  'account-locked': {
    de: (data) => {
      const { date, time } = when(data.at, 'de');
      return {
        subject: 'Anmeldung mit Passwort vorübergehend gesperrt',
        text: [
          `Guten Tag ${data.recipientName},`,
          '',
          `am ${date} um ${time} Uhr wurde mehrmals ein falsches Passwort für Ihr Konto eingegeben.`,
          `Zu Ihrem Schutz ist die Anmeldung mit Passwort für ${data.lockedMinutes} Minuten gesperrt.`,
          'Mit einem Passkey können Sie sich weiterhin anmelden.',
          '',
          'Waren Sie das nicht? Dann versucht vielleicht jemand, Ihr Konto zu nutzen. Rufen Sie uns bitte an.',
          '',
          'Mit freundlichen Grüßen',
          `Ihre ${data.insurerName}`,
        ].join('\n'),
      };
    },
    en: (data) => {
      const { date, time } = when(data.at, 'en');
      return {
        subject: 'Password sign-in temporarily blocked',
        text: [
          `Hello ${data.recipientName},`,
          '',
          `on ${date} at ${time} (German time) a wrong password was entered for your account several times.`,
          `To protect you, signing in with a password is blocked for ${data.lockedMinutes} minutes.`,
          'You can still sign in with a passkey.',
          '',
          'Was this not you? Someone may be trying to use your account. Please call us.',
          '',
          'Kind regards',
          data.insurerName,
        ].join('\n'),
      };
    },
  },
};

export function renderNotice(
  template: NoticeTemplate,
  locale: Locale,
  data: NoticeData,
): { subject: string; text: string } {
  return templates[template][locale](data);
}
