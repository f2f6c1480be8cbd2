import type { Locale, Render } from './templates.js';

type PasskeyTemplate = 'passkey-removed';

/**
 * Passkey management's e-mails (the notice of an added passkey is older and stands in
 * templates.ts). A removed passkey may have been the way an intruder locked the member out of a
 * passkey of their own, so the notice says what to do if it was not them; without a passkey
 * left, it says what then needs one again.
 */
export const passkeyTemplates: Record<PasskeyTemplate, Record<Locale, Render>> = {
  'passkey-removed': {
    de: (data, { date, time }) => ({
      subject: 'Passkey aus Ihrem Konto entfernt',
      paragraphs: [
        [
          `am ${date} um ${time} Uhr wurde der Passkey „${data.passkeyName}“ aus Ihrem Online-Konto bei der ${data.insurerName} entfernt.`,
          'Mit diesem Passkey können Sie sich nicht mehr anmelden. Im Passwort-Manager Ihres Geräts können Sie ihn nun ebenfalls löschen.',
        ],
        ...(data.passkeysLeft === 0
          ? [
              [
                'Ihr Konto hat jetzt keinen Passkey mehr. Sie melden sich mit Ihrem Passwort an. Um Ihre Anschrift oder Bankverbindung zu ändern, fügen Sie zuerst wieder einen Passkey hinzu.',
              ],
            ]
          : []),
        ['Waren Sie das nicht? Rufen Sie uns bitte sofort an. Wir sichern Ihr Konto und helfen Ihnen weiter.'],
      ],
    }),
    en: (data, { date, time }) => ({
      subject: 'Passkey removed from your account',
      paragraphs: [
        [
          `on ${date} at ${time} (German time) the passkey “${data.passkeyName}” was removed from your online account with ${data.insurerName}.`,
          'You can no longer sign in with this passkey. You can now delete it from your device’s password manager too.',
        ],
        ...(data.passkeysLeft === 0
          ? [
              [
                'Your account has no passkey now. You sign in with your password. To change your address or bank details, add a passkey again first.',
              ],
            ]
          : []),
        ['Was this not you? Please call us right away. We will secure your account and help you.'],
      ],
    }),
  },
};
