/** Texts of the demo site's own pages (the elements bring their own). */
export type Lang = 'de' | 'en';

export const texts = {
  de: {
    insurer: 'Lindenhof BKK',
    portal: 'Meine Lindenhof',
    skip: 'Zum Inhalt springen',
    switchLanguage: 'English',
    switchLanguageLabel: 'Switch to English',
    homeTitle: 'Anmelden – Meine Lindenhof',
    homeHeading: 'Willkommen bei Meine Lindenhof',
    homeIntro:
      'Ihr Online-Service der Lindenhof BKK: Bescheinigungen herunterladen, Anschrift ändern, Krankmeldungen einreichen – rund um die Uhr.',
    homeBenefits: [
      'Krankmeldungen und Rechnungen hochladen',
      'Anschrift und Bankverbindung ändern',
      'Mitgliedsbescheinigung sofort herunterladen',
    ],
    loginHeading: 'Anmelden',
    noAccount: 'Noch kein Zugang? Die Registrierung mit Aktivierungsbrief folgt in Kürze.',
    signedOutNotice: 'Sie wurden abgemeldet.',
    expiredNotice: 'Sie wurden aus Sicherheitsgründen abgemeldet. Bitte melden Sie sich erneut an.',
    accountTitle: 'Übersicht – Meine Lindenhof',
    greeting: (name: string) => `Guten Tag, ${name}`,
    accountIntro: 'Sie sind angemeldet.',
    passkeysHeading: 'Passkeys',
    passkeysIntro:
      'Fügen Sie dieses Gerät als Passkey hinzu. Dann melden Sie sich künftig per Fingerabdruck, Gesichtserkennung oder Geräte-PIN an – ohne Passwort.',
    signOut: 'Abmelden',
    signingOut: 'Wird abgemeldet …',
    outboxTitle: 'Postausgang (Demo) – Meine Lindenhof',
    outboxHeading: 'Postausgang',
    outboxIntro:
      'Diese Demo verschickt keine echten Briefe, E-Mails oder SMS. Alles, was „versendet“ wurde, steht hier, neueste Nachricht zuerst.',
    outboxEmpty: 'Noch keine Nachrichten versendet.',
    channel: { email: 'E-Mail', letter: 'Brief', sms: 'SMS' },
    to: 'An',
    sentAt: 'Versendet',
    demoNote: 'Demo-Website: Die Lindenhof BKK und alle Versicherten sind erfunden.',
    outboxLink: 'Postausgang ansehen',
    home: 'Startseite',
    notFoundTitle: 'Seite nicht gefunden',
    notFound: 'Diese Seite gibt es nicht.',
  },
  en: {
    insurer: 'Lindenhof BKK',
    portal: 'My Lindenhof',
    skip: 'Skip to content',
    switchLanguage: 'Deutsch',
    switchLanguageLabel: 'Auf Deutsch anzeigen',
    homeTitle: 'Sign in – My Lindenhof',
    homeHeading: 'Welcome to My Lindenhof',
    homeIntro:
      'The online service of Lindenhof BKK: download certificates, change your address, submit sick notes – around the clock.',
    homeBenefits: [
      'Upload sick notes and invoices',
      'Change your address and bank details',
      'Download your membership certificate at once',
    ],
    loginHeading: 'Sign in',
    noAccount: 'No access yet? Registration with an activation letter is coming soon.',
    signedOutNotice: 'You have been signed out.',
    expiredNotice: 'You were signed out for your security. Please sign in again.',
    accountTitle: 'Overview – My Lindenhof',
    greeting: (name: string) => `Hello, ${name}`,
    accountIntro: 'You are signed in.',
    passkeysHeading: 'Passkeys',
    passkeysIntro:
      'Add this device as a passkey. Then you sign in with your fingerprint, face or device PIN – without a password.',
    signOut: 'Sign out',
    signingOut: 'Signing out …',
    outboxTitle: 'Outbox (demo) – My Lindenhof',
    outboxHeading: 'Outbox',
    outboxIntro:
      'This demo sends no real letters, e-mails or text messages. Everything "sent" is listed here, newest first.',
    outboxEmpty: 'No messages sent yet.',
    channel: { email: 'E-mail', letter: 'Letter', sms: 'Text message' },
    to: 'To',
    sentAt: 'Sent',
    demoNote: 'Demo website: Lindenhof BKK and all members are invented.',
    outboxLink: 'View the outbox',
    home: 'Home',
    notFoundTitle: 'Page not found',
    notFound: 'This page does not exist.',
  },
} satisfies Record<Lang, unknown>;

export type Texts = (typeof texts)['de'];
