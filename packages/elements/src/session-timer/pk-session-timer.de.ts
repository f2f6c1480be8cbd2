import type { SessionTimerTerms } from './pk-session-timer.terms.js';

const minutesDe = (minutes: number) => (minutes === 1 ? 'einer Minute' : `${minutes} Minuten`);

export const sessionTimerDe: SessionTimerTerms = {
  'sessionTimer.heading': (minutes) => `Sie werden in ${minutesDe(minutes)} abgemeldet`,
  'sessionTimer.intro': (minutes) =>
    `Aus Sicherheitsgründen werden Sie abgemeldet, wenn Sie ${minutes === 1 ? 'eine Minute' : `${minutes} Minuten`} nicht aktiv sind. Möchten Sie angemeldet bleiben?`,
  'sessionTimer.remainingLabel': 'Verbleibende Zeit:',
  'sessionTimer.remaining': (minutes, seconds) =>
    [
      minutes > 0 ? `${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'}` : '',
      seconds > 0 || minutes === 0 ? `${seconds} Sekunden` : '',
    ]
      .filter(Boolean)
      .join(' und '),
  'sessionTimer.stay': 'Angemeldet bleiben',
  'sessionTimer.stayBusy': 'Wird verlängert …',
  'sessionTimer.signOut': 'Jetzt abmelden',
  'sessionTimer.signOutBusy': 'Wird abgemeldet …',
  'sessionTimer.extended': 'Sie bleiben angemeldet.',
  'sessionTimer.extendFailed':
    'Ihre Sitzung konnte nicht verlängert werden. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',

  'sessionTimer.absoluteHeading': 'Sie werden bald abgemeldet',
  'sessionTimer.absoluteText': (time) =>
    `Ihre Sitzung endet um ${time} Uhr. Sie kann aus Sicherheitsgründen nicht verlängert werden. Schließen Sie begonnene Eingaben bis dahin ab.`,
  'sessionTimer.ok': 'OK',

  'sessionTimer.signedOutHeading': 'Sie sind abgemeldet',
  'sessionTimer.reasonIdle': (minutes) =>
    `Sie wurden aus Sicherheitsgründen abgemeldet, weil Sie ${minutes === 1 ? 'eine Minute' : `${minutes} Minuten`} nicht aktiv waren.`,
  'sessionTimer.reasonAbsolute':
    'Sie wurden aus Sicherheitsgründen abgemeldet, weil die längste erlaubte Dauer einer Sitzung erreicht ist.',
  'sessionTimer.reasonSignedOut': 'Ihre Sitzung wurde beendet.',
  'sessionTimer.signInAgain': 'Erneut anmelden',
};
