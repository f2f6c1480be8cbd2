import type { Locale, Render, SmsRender } from './templates.js';

type ResetTemplate = 'reset-code' | 'reset-letter' | 'reset-code-locked' | 'password-changed';

/** Forgot password's e-mails and letter. */
export const forgotPasswordTemplates: Record<ResetTemplate, Record<Locale, Render>> = {
  'reset-code': {
    de: (data, { date, time }) => ({
      subject: 'Ihr Code für ein neues Passwort',
      paragraphs: [
        [
          `am ${date} um ${time} Uhr wurde für Ihr Online-Konto bei der ${data.insurerName} ein neues Passwort angefordert.`,
        ],
        [`Ihr Code: ${data.code}`, `Er gilt ${data.validMinutes} Minuten und nur einmal.`],
        [
          'Geben Sie den Code auf der Seite „Passwort vergessen“ ein und legen Sie dann Ihr neues Passwort fest.',
          'Geben Sie ihn nicht weiter: Wir fragen Sie nie danach, auch nicht am Telefon.',
        ],
        ['Haben Sie kein neues Passwort angefordert? Dann können Sie diese E-Mail löschen. Ihr Passwort bleibt, wie es ist.'],
      ],
    }),
    en: (data, { date, time }) => ({
      subject: 'Your code for a new password',
      paragraphs: [
        [
          `on ${date} at ${time} (German time) a new password was requested for your online account with ${data.insurerName}.`,
        ],
        [`Your code: ${data.code}`, `It is valid for ${data.validMinutes} minutes and works once.`],
        [
          'Enter the code on the “Forgot password” page, then choose your new password.',
          'Do not pass it on: we never ask you for it, not even on the phone.',
        ],
        ['Did you not ask for a new password? Then you can delete this e-mail. Your password stays as it is.'],
      ],
    }),
  },
  'reset-letter': {
    de: (data, { validUntil }) => ({
      subject: 'Ihr Code für ein neues Passwort',
      paragraphs: [
        [
          `Sie haben für Ihr Online-Konto bei der ${data.insurerName} ein neues Passwort angefordert. Mit dem Code in diesem Brief legen Sie es fest.`,
        ],
        [`Ihr Code: ${data.code}`, `Gültig bis: ${validUntil}`],
        [
          'So geht es weiter:',
          `1. Öffnen Sie ${data.activationUrl} oder scannen Sie den QR-Code mit Ihrem Smartphone.`,
          '2. Geben Sie Ihre Versichertennummer oder E-Mail-Adresse und den Code ein.',
          '3. Legen Sie Ihr neues Passwort fest.',
        ],
        [
          'Der Code gilt nur einmal. Geben Sie ihn nicht weiter: Wir fragen Sie nie danach, auch nicht am Telefon.',
          'Haben Sie kein neues Passwort angefordert? Dann können Sie diesen Brief vernichten. Ihr Passwort bleibt, wie es ist.',
        ],
      ],
    }),
    en: (data, { validUntil }) => ({
      subject: 'Your code for a new password',
      paragraphs: [
        [
          `You have asked for a new password for your online account with ${data.insurerName}. The code in this letter lets you choose it.`,
        ],
        [`Your code: ${data.code}`, `Valid until: ${validUntil}`],
        [
          'What to do next:',
          `1. Open ${data.activationUrl} or scan the QR code with your smartphone.`,
          '2. Enter your insurance number or e-mail address and the code.',
          '3. Choose your new password.',
        ],
        [
          'The code works once. Do not pass it on: we never ask you for it, not even on the phone.',
          'Did you not ask for a new password? Then you can destroy this letter. Your password stays as it is.',
        ],
      ],
    }),
  },
  'reset-code-locked': {
    de: (data, { date, time }) => ({
      subject: 'Ihr Code für ein neues Passwort ist gesperrt',
      paragraphs: [
        [
          `am ${date} um ${time} Uhr wurde zum ${data.failures}. Mal ein falscher Code für ein neues Passwort Ihres Online-Kontos eingegeben.`,
          'Zu Ihrem Schutz haben wir den Code gesperrt. Ihr Passwort ist unverändert.',
        ],
        ['Waren Sie das? Dann fordern Sie auf der Seite „Passwort vergessen“ bitte einen neuen Code an.'],
        ['Waren Sie das nicht? Dann versucht vielleicht jemand, Ihr Passwort zu ändern. Rufen Sie uns bitte an.'],
      ],
    }),
    en: (data, { date, time }) => ({
      subject: 'Your code for a new password is blocked',
      paragraphs: [
        [
          `on ${date} at ${time} (German time) a wrong code for a new password of your online account had been entered ${data.failures} times.`,
          'To protect you, we have blocked the code. Your password has not changed.',
        ],
        ['Was this you? Then please ask for a new code on the “Forgot password” page.'],
        ['Was this not you? Someone may be trying to change your password. Please call us.'],
      ],
    }),
  },
  'password-changed': {
    de: (data, { date, time }) => ({
      subject: 'Ihr Passwort wurde geändert',
      paragraphs: [
        [
          `am ${date} um ${time} Uhr wurde das Passwort Ihres Online-Kontos bei der ${data.insurerName} geändert.`,
          'Auf allen anderen Geräten wurden Sie dabei abgemeldet.',
        ],
        ['Waren Sie das? Dann müssen Sie nichts tun.'],
        [
          'Waren Sie das nicht? Dann hat vielleicht jemand Zugriff auf Ihre E-Mail-Adresse, Ihr Telefon oder einen Passkey. Rufen Sie uns bitte sofort an. Wir sperren das Konto und helfen Ihnen weiter.',
        ],
      ],
    }),
    en: (data, { date, time }) => ({
      subject: 'Your password was changed',
      paragraphs: [
        [
          `on ${date} at ${time} (German time) the password of your online account with ${data.insurerName} was changed.`,
          'You have been signed out on every other device.',
        ],
        ['Was this you? Then you need not do anything.'],
        [
          'Was this not you? Someone may have access to your e-mail address, your phone or a passkey. Please call us right away. We will block the account and help you.',
        ],
      ],
    }),
  },
};

/**
 * Forgot password's SMS: short, signed with the insurer's name first. A code's text ends with
 * its origin-bound line `@<rp.id> #<code>` (WICG "Origin-bound one-time codes delivered via
 * SMS"), so a phone offers the code to the portal's page, and only there.
 */
export const forgotPasswordSms: Partial<Record<ResetTemplate, Record<Locale, SmsRender>>> = {
  'reset-code': {
    de: (data) =>
      `${data.insurerName}: Ihr Code für ein neues Passwort lautet ${data.code}. Er gilt ${data.validMinutes} Minuten. Geben Sie ihn nicht weiter.\n\n@${data.rpId} #${data.code}`,
    en: (data) =>
      `${data.insurerName}: your code for a new password is ${data.code}. It is valid for ${data.validMinutes} minutes. Do not pass it on.\n\n@${data.rpId} #${data.code}`,
  },
  'password-changed': {
    de: (data, { date, time }) =>
      `${data.insurerName}: Das Passwort Ihres Online-Kontos wurde am ${date} um ${time} Uhr geändert. Waren Sie das nicht? Rufen Sie uns bitte sofort an.`,
    en: (data, { date, time }) =>
      `${data.insurerName}: the password of your online account was changed on ${date} at ${time} (German time). Was this not you? Please call us right away.`,
  },
};
