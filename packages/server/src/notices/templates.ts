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

/** Greeting and signature around a notice's paragraphs, in the member's language. */
function letter(locale: Locale, data: NoticeData, paragraphs: string[][]): string {
  const [greeting, closing, signature] =
    locale === 'de'
      ? [`Guten Tag ${data.recipientName},`, 'Mit freundlichen Grüßen', `Ihre ${data.insurerName}`]
      : [`Hello ${data.recipientName},`, 'Kind regards', data.insurerName];
  return [[greeting], ...paragraphs, [closing, signature]].map((lines) => lines.join('\n')).join('\n\n');
}

type Render = (data: NoticeData, at: { date: string; time: string }) => {
  subject: string;
  paragraphs: string[][];
};

const templates: Record<NoticeTemplate, Record<Locale, Render>> = {
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

export function renderNotice(
  template: NoticeTemplate,
  locale: Locale,
  data: NoticeData,
): { subject: string; text: string } {
  const { subject, paragraphs } = templates[template][locale](data, when(data.at, locale));
  return { subject, text: letter(locale, data, paragraphs) };
}
