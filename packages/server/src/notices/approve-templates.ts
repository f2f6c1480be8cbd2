import type { Locale, NoticeData, Render } from './templates.js';

type ApproveTemplate = 'address-changed' | 'bank-details-changed';

/** What changed, one line each: `Label: before → after` (`neu: …` where there was nothing). */
function changeLines(data: NoticeData, locale: Locale): string[] {
  const none = locale === 'de' ? 'bisher keine Angabe' : 'none before';
  return (data.change ?? []).map(
    ({ label, from, to }) => `${label}: ${from ?? none} → ${to}`,
  );
}

/** A date `YYYY-MM-DD` as a member reads it. */
function day(iso: string | undefined, locale: Locale): string {
  const [y, m, d] = (iso ?? '').split('-');
  if (!y || !m || !d) return iso ?? '';
  return locale === 'de' ? `${d}.${m}.${y}` : `${d}/${m}/${y}`;
}

/**
 * Notices after an approved change: a letter to the old address and one to the new after an
 * address change; an e-mail and a letter after new bank details. Each tells what changed and what
 * to do if it was not the member.
 */
export const approveTemplates: Record<ApproveTemplate, Record<Locale, Render>> = {
  'address-changed': {
    de: (data, { date, time }) => ({
      subject: 'Ihre Anschrift wurde geändert',
      paragraphs: [
        [
          `am ${date} um ${time} Uhr haben Sie in Ihrem Online-Konto bei der ${data.insurerName} eine neue Anschrift angegeben und mit Ihrem Passkey freigegeben.`,
        ],
        [...changeLines(data, 'de'), `Gültig ab: ${day(data.validFrom, 'de')}`],
        ['Diesen Brief senden wir an Ihre bisherige und an Ihre neue Anschrift.'],
        [
          'Waren Sie das nicht? Dann rufen Sie uns bitte sofort an. Wir machen die Änderung rückgängig und helfen Ihnen weiter.',
        ],
      ],
    }),
    en: (data, { date, time }) => ({
      subject: 'Your address was changed',
      paragraphs: [
        [
          `on ${date} at ${time} (German time) you entered a new address in your online account with ${data.insurerName} and approved it with your passkey.`,
        ],
        [...changeLines(data, 'en'), `Valid from: ${day(data.validFrom, 'en')}`],
        ['We send this letter to your previous address and to your new one.'],
        [
          'Was this not you? Please call us right away. We will undo the change and help you.',
        ],
      ],
    }),
  },
  'bank-details-changed': {
    de: (data, { date, time }) => ({
      subject: 'Ihre Bankverbindung wurde geändert',
      paragraphs: [
        [
          `am ${date} um ${time} Uhr haben Sie in Ihrem Online-Konto bei der ${data.insurerName} eine neue Bankverbindung angegeben und mit Ihrem Passkey freigegeben. Erstattungen zahlen wir ab jetzt auf dieses Konto.`,
        ],
        changeLines(data, 'de'),
        [
          'Waren Sie das nicht? Dann rufen Sie uns bitte sofort an. Wir halten Zahlungen an und helfen Ihnen weiter.',
        ],
      ],
    }),
    en: (data, { date, time }) => ({
      subject: 'Your bank details were changed',
      paragraphs: [
        [
          `on ${date} at ${time} (German time) you entered new bank details in your online account with ${data.insurerName} and approved them with your passkey. From now on we pay reimbursements to this account.`,
        ],
        changeLines(data, 'en'),
        [
          'Was this not you? Please call us right away. We will stop payments and help you.',
        ],
      ],
    }),
  },
};
