import type { Locale, Render } from './templates.js';

type AccountTemplate =
  | 'email-change-code'
  | 'email-change-attempt'
  | 'email-changed'
  | 'registration-ended';

/**
 * The account page's notices: the code that confirms a new e-mail address (sent there), the
 * notice to an address another account already uses (sent there instead of a code, so the
 * answer tells the asker nothing), the notice to the old address once it changed, and the
 * confirmation that the registration ended (an e-mail and a letter).
 */
export const accountTemplates: Record<AccountTemplate, Record<Locale, Render>> = {
  'email-change-code': {
    de: (data, { date, time }) => ({
      subject: 'Ihr Code für die neue E-Mail-Adresse',
      paragraphs: [
        [
          `am ${date} um ${time} Uhr wurde diese E-Mail-Adresse als neue Adresse für ein Online-Konto bei der ${data.insurerName} angegeben.`,
        ],
        [`Ihr Code: ${data.code}`, `Er gilt ${data.validMinutes} Minuten und nur einmal.`],
        [
          'Geben Sie den Code in Ihrem Online-Konto unter „E-Mail-Adresse ändern“ ein. Erst dann gilt die neue Adresse.',
          'Geben Sie ihn nicht weiter: Wir fragen Sie nie danach, auch nicht am Telefon.',
        ],
        ['Haben Sie die Adresse nicht angegeben? Dann können Sie diese E-Mail löschen. Ohne den Code ändert sich nichts.'],
      ],
    }),
    en: (data, { date, time }) => ({
      subject: 'Your code for the new e-mail address',
      paragraphs: [
        [
          `on ${date} at ${time} (German time) this e-mail address was given as the new address of an online account with ${data.insurerName}.`,
        ],
        [`Your code: ${data.code}`, `It is valid for ${data.validMinutes} minutes and works once.`],
        [
          'Enter the code in your online account under “Change e-mail address”. Only then does the new address apply.',
          'Do not pass it on: we never ask you for it, not even on the phone.',
        ],
        ['Did you not give this address? Then you can delete this e-mail. Without the code nothing changes.'],
      ],
    }),
  },
  'email-change-attempt': {
    de: (data, { date, time }) => ({
      subject: 'Jemand wollte Ihre E-Mail-Adresse verwenden',
      paragraphs: [
        [
          `am ${date} um ${time} Uhr hat jemand versucht, diese E-Mail-Adresse für ein anderes Online-Konto bei der ${data.insurerName} zu verwenden.`,
          'Die Adresse gehört schon zu Ihrem Konto, deshalb haben wir keinen Code verschickt. Es hat sich nichts geändert.',
        ],
        ['Waren Sie das, mit einem zweiten Konto? Dann geben Sie dort bitte eine andere Adresse an.'],
        ['Waren Sie das nicht? Dann müssen Sie nichts tun.'],
      ],
    }),
    en: (data, { date, time }) => ({
      subject: 'Someone wanted to use your e-mail address',
      paragraphs: [
        [
          `on ${date} at ${time} (German time) someone tried to use this e-mail address for another online account with ${data.insurerName}.`,
          'The address already belongs to your account, so we sent no code. Nothing has changed.',
        ],
        ['Was this you, with a second account? Then please give another address there.'],
        ['Was this not you? Then you need not do anything.'],
      ],
    }),
  },
  'email-changed': {
    de: (data, { date, time }) => ({
      subject: 'Ihre E-Mail-Adresse wurde geändert',
      paragraphs: [
        [
          `am ${date} um ${time} Uhr wurde die E-Mail-Adresse Ihres Online-Kontos bei der ${data.insurerName} geändert. Die neue Adresse: ${data.email}`,
          'Nachrichten zu Ihrem Konto gehen ab jetzt dorthin. Dies ist die letzte Nachricht an diese Adresse.',
        ],
        ['Waren Sie das? Dann müssen Sie nichts tun.'],
        [
          'Waren Sie das nicht? Dann hat vielleicht jemand Zugriff auf Ihr Konto. Rufen Sie uns bitte sofort an. Wir sperren das Konto und helfen Ihnen weiter.',
        ],
      ],
    }),
    en: (data, { date, time }) => ({
      subject: 'Your e-mail address was changed',
      paragraphs: [
        [
          `on ${date} at ${time} (German time) the e-mail address of your online account with ${data.insurerName} was changed. The new address: ${data.email}`,
          'Messages about your account go there from now on. This is the last message to this address.',
        ],
        ['Was this you? Then you need not do anything.'],
        [
          'Was this not you? Someone may have access to your account. Please call us right away. We will block the account and help you.',
        ],
      ],
    }),
  },
  'registration-ended': {
    de: (data, { date, time }) => ({
      subject: 'Ihre Registrierung wurde aufgehoben',
      paragraphs: [
        [
          `am ${date} um ${time} Uhr haben Sie Ihre Registrierung für das Online-Konto bei der ${data.insurerName} aufgehoben und mit einem Passkey bestätigt.`,
        ],
        [
          'Was das bedeutet:',
          '– Sie können sich nicht mehr anmelden, weder mit Passwort noch mit einem Passkey.',
          '– Ihre Passkeys und alle Anmeldungen auf Ihren Geräten wurden entfernt.',
          '– Ihre Daten im Online-Konto wurden gelöscht. Das Sicherheitsprotokoll bewahren wir auf, solange wir müssen; es enthält keine Namen und keine Adressen.',
          '– Ihre Versicherung besteht unverändert weiter.',
        ],
        ['Möchten Sie das Online-Konto wieder nutzen? Dann registrieren Sie sich bitte neu.'],
        ['Waren Sie das nicht? Rufen Sie uns bitte sofort an.'],
      ],
    }),
    en: (data, { date, time }) => ({
      subject: 'Your registration has ended',
      paragraphs: [
        [
          `on ${date} at ${time} (German time) you ended your registration for the online account with ${data.insurerName} and confirmed it with a passkey.`,
        ],
        [
          'What this means:',
          '– You can no longer sign in, neither with a password nor with a passkey.',
          '– Your passkeys and every sign-in on your devices have been removed.',
          '– Your data in the online account has been deleted. We keep the security log as long as we must; it holds no names and no addresses.',
          '– Your insurance continues unchanged.',
        ],
        ['Would you like to use the online account again? Then please register anew.'],
        ['Was this not you? Please call us right away.'],
      ],
    }),
  },
};
