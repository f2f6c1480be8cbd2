import type { SessionTimerTerms } from './pk-session-timer.terms.js';

const minutesEn = (minutes: number) => (minutes === 1 ? '1 minute' : `${minutes} minutes`);

export const sessionTimerEn: SessionTimerTerms = {
  'sessionTimer.heading': (minutes) => `You will be signed out in ${minutesEn(minutes)}`,
  'sessionTimer.intro': (minutes) =>
    `For your security, you are signed out when you have not been active for ${minutesEn(minutes)}. Do you want to stay signed in?`,
  'sessionTimer.remainingLabel': 'Time left:',
  'sessionTimer.remaining': (minutes, seconds) =>
    [
      minutes > 0 ? minutesEn(minutes) : '',
      seconds > 0 || minutes === 0 ? `${seconds} seconds` : '',
    ]
      .filter(Boolean)
      .join(' and '),
  'sessionTimer.stay': 'Stay signed in',
  'sessionTimer.stayBusy': 'Extending …',
  'sessionTimer.signOut': 'Sign out now',
  'sessionTimer.signOutBusy': 'Signing out …',
  'sessionTimer.extended': 'You are still signed in.',
  'sessionTimer.extendFailed':
    'Your session could not be extended. Check your internet connection and try again.',

  'sessionTimer.absoluteHeading': 'You will be signed out soon',
  'sessionTimer.absoluteText': (time) =>
    `Your session ends at ${time}. For your security it cannot be extended. Finish what you have started before then.`,
  'sessionTimer.ok': 'OK',

  'sessionTimer.signedOutHeading': 'You are signed out',
  'sessionTimer.reasonIdle': (minutes) =>
    `For your security, you were signed out because you were not active for ${minutesEn(minutes)}.`,
  'sessionTimer.reasonAbsolute':
    'For your security, you were signed out because your session reached the longest time allowed.',
  'sessionTimer.reasonSignedOut': 'Your session has ended.',
  'sessionTimer.signInAgain': 'Sign in again',
};
