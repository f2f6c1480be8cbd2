/** Terms of `<pk-session-timer>`. */
export interface SessionTimerTerms {
  /** The warning's heading; `minutes`: the time left when it opens, whole minutes (at least 1). */
  'sessionTimer.heading': (minutes: number) => string;
  /** Why the warning comes; `minutes`: the idle time after which the session ends. */
  'sessionTimer.intro': (minutes: number) => string;
  /** The label of the visible countdown (mm:ss). */
  'sessionTimer.remainingLabel': string;
  /** The time left as screen readers get it, in steps of 15 seconds. */
  'sessionTimer.remaining': (minutes: number, seconds: number) => string;
  'sessionTimer.stay': string;
  'sessionTimer.stayBusy': string;
  'sessionTimer.signOut': string;
  'sessionTimer.signOutBusy': string;
  'sessionTimer.extended': string;
  'sessionTimer.extendFailed': string;

  /** The warning when the session cannot be extended (its absolute limit comes first). */
  'sessionTimer.absoluteHeading': string;
  /** `time`: when it ends, as the language writes a time of day ("14:32", "2:32 PM"). */
  'sessionTimer.absoluteText': (time: string) => string;
  'sessionTimer.ok': string;

  /** After the sign-out. */
  'sessionTimer.signedOutHeading': string;
  /** `minutes`: the idle time after which the session ended. */
  'sessionTimer.reasonIdle': (minutes: number) => string;
  'sessionTimer.reasonAbsolute': string;
  'sessionTimer.reasonSignedOut': string;
  'sessionTimer.signInAgain': string;
}

declare module '../i18n/messages.js' {
  interface Messages extends SessionTimerTerms {}
}
