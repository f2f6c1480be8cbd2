import type { PasswordRuleId } from '@portalkit/protocol';

/**
 * Terms of a new password's rules (`parts/password-rules.ts`), shared by every element where a
 * member chooses a password. No `notRecent`: only an element that changes a password says it.
 */
export type PasswordRuleTerms = {
  [R in Exclude<PasswordRuleId, 'notRecent'> as `password.rule.${R}`]: R extends
    'minLength' | 'maxLength'
    ? (count: number) => string
    : R extends 'special'
      ? (characters: string) => string
      : string;
} & {
  'password.rulesIntro': string;
  /** Read before a met rule by screen readers; the tick itself is visual. */
  'password.ruleMet': string;
  'password.rulesOpen': (rules: string) => string;
  'password.rulesMet': string;
  'password.rulesUnmet': (rules: string) => string;
};

/** "Not one of the last 10": said by an element where a member replaces a password. */
export interface RecentPasswordTerms {
  'password.rule.notRecent': (count: number) => string;
}

declare module '../i18n/messages.js' {
  interface Messages extends PasswordRuleTerms, RecentPasswordTerms {}
}

export const passwordRulesDe: PasswordRuleTerms = {
  'password.rulesIntro': 'So muss Ihr Passwort sein:',
  'password.ruleMet': 'Erfüllt:',
  'password.rulesOpen': (rules) => `Noch nicht erfüllt: ${rules}.`,
  'password.rulesMet': 'Alle Regeln, die hier geprüft werden können, sind erfüllt.',
  'password.rulesUnmet': (rules) => `Ihr Passwort erfüllt diese Regeln noch nicht: ${rules}.`,
  'password.rule.minLength': (count) => `mindestens ${count} Zeichen lang`,
  'password.rule.maxLength': (count) => `höchstens ${count} Zeichen lang`,
  'password.rule.upper': 'mit einem Großbuchstaben',
  'password.rule.lower': 'mit einem Kleinbuchstaben',
  'password.rule.digit': 'mit einer Ziffer',
  'password.rule.special': (characters) => `mit einem dieser Zeichen: ${characters}`,
  'password.rule.notUsername': 'nicht Ihre Versichertennummer',
  'password.rule.notContextual': 'ohne Ihre Versichertennummer, E-Mail-Adresse oder Ihren Namen',
  'password.rule.notCommon': 'nicht häufig verwendet',
};

export const passwordRulesEn: PasswordRuleTerms = {
  'password.rulesIntro': 'Your password must be:',
  'password.ruleMet': 'Met:',
  'password.rulesOpen': (rules) => `Not met yet: ${rules}.`,
  'password.rulesMet': 'All rules that can be checked here are met.',
  'password.rulesUnmet': (rules) => `Your password does not meet these rules yet: ${rules}.`,
  'password.rule.minLength': (count) => `at least ${count} characters long`,
  'password.rule.maxLength': (count) => `at most ${count} characters long`,
  'password.rule.upper': 'with an upper-case letter',
  'password.rule.lower': 'with a lower-case letter',
  'password.rule.digit': 'with a digit',
  'password.rule.special': (characters) => `with one of these characters: ${characters}`,
  'password.rule.notUsername': 'not your health insurance number',
  'password.rule.notContextual': 'without your health insurance number, email address or name',
  'password.rule.notCommon': 'not commonly used',
};

export const recentPasswordDe: RecentPasswordTerms = {
  'password.rule.notRecent': (count) => `keines Ihrer letzten ${count} Passwörter`,
};

export const recentPasswordEn: RecentPasswordTerms = {
  'password.rule.notRecent': (count) => `not one of your last ${count} passwords`,
};
