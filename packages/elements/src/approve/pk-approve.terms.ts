import type { FinalStatus } from './pk-approve.views.js';

type OutcomeTerms = { [S in FinalStatus as `approve.${S}Heading`]: string } & {
  [S in FinalStatus as `approve.${S}Text`]: string;
};

/** Terms of `<pk-approve>`; the transaction's own summary comes from the server in both languages. */
export interface ApproveTerms extends OutcomeTerms {
  'approve.unavailable': string;
  /** The heading over a transaction: `Bitte freigeben: Neue Anschrift`. */
  'approve.heading': (title: string) => string;
  'approve.intro': string;
  /** Read before a value by screen readers, where the screen shows an arrow between them. */
  'approve.from': string;
  'approve.to': string;
  'approve.passkey': string;
  'approve.passkeyHint': string;
  'approve.phone': string;
  'approve.deny': string;
  'approve.loadBusy': string;
  'approve.passkeyBusy': string;
  'approve.handoffBusy': string;
  'approve.denyBusy': string;
  'approve.pickBusy': string;
  'approve.passkeyCancelled': string;
  'approve.passkeyUnknown': string;
  'approve.passkeyFailed': string;
  'approve.passkeyUnsupported': string;
  'approve.notFound': string;
  'approve.linkInvalid': string;
  'approve.failedHeading': string;

  'approve.handoffHeading': string;
  'approve.handoffScan': string;
  /** The QR code's accessible name: what it opens. */
  'approve.qrLabel': string;
  'approve.handoffLink': string;
  'approve.numberLabel': string;
  'approve.numberHint': string;
  /** The time left, visible as it counts down (`4:32`). */
  'approve.timeLeft': (seconds: number) => string;
  /** The time left for screen readers, in steps of 15 seconds. */
  'approve.timeLeftSpoken': (seconds: number) => string;
  'approve.waiting': (minutes: number) => string;
  'approve.lastMinute': string;
  'approve.cancel': string;

  'approve.pickLegend': string;
  'approve.pickHint': string;
  'approve.pickEmpty': string;
  'approve.pickSubmit': string;

  'approve.inboxHeading': string;
  'approve.inboxIntro': string;
  'approve.inboxEmpty': string;
  /** The button that opens one pending approval: `Neue Anschrift prüfen`. */
  'approve.open': (title: string) => string;
  'approve.backToInbox': string;
}

declare module '../i18n/messages.js' {
  interface Messages extends ApproveTerms {}
}
