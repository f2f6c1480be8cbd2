import {
  checkPassword,
  passwordPolicies,
  passwordSpecialCharacters,
  type PasswordContext,
  type PasswordPolicyName,
  type PasswordRuleId,
} from '@portalkit/protocol';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/localize-controller.js';
import type { Message } from '../i18n/messages.js';

/** A rule as the list shows it: met, not yet met, refused on submit, or checked by the server. */
export interface RuleView {
  id: PasswordRuleId;
  value?: number | undefined;
  status: 'met' | 'unmet' | 'failed' | 'server';
}

/** A rule in plain words ("mindestens 12 Zeichen lang"); empty for one without words here. */
export function ruleLabel(localize: LocalizeController, rule: Omit<RuleView, 'status'>): string {
  // Only an element where a password is replaced has words for it (`RecentPasswordTerms`).
  if (rule.id === 'notRecent') return localize.term('password.rule.notRecent', rule.value ?? 0) ?? '';
  // The one value a rule's words need, if any: a length, or the special characters.
  const needs = rule.id === 'special' ? [...passwordSpecialCharacters].join(' ') : rule.value;
  return localize.text([`password.rule.${rule.id}`, needs] as Message);
}

/**
 * The policy's rules as shown before and while typing; nothing is ticked before the member types.
 * `failed`: refused on submit, marked until the next one. A new account has no earlier
 * passwords, so "not one of the last 10" is shown only where one is `replaced`.
 */
export function ruleViews(
  policy: PasswordPolicyName,
  password: string,
  context: PasswordContext,
  failed: readonly PasswordRuleId[],
  replaced = false,
): RuleView[] {
  const { rules } = checkPassword(policy, password, context);
  const shown = passwordPolicies[policy].filter(
    (rule) => rule.shown && (replaced || rule.id !== 'notRecent'),
  );
  return shown.map(({ id, value }): RuleView => {
    const met = rules.find((rule) => rule.id === id)?.met && password !== '';
    const status = failed.includes(id)
      ? 'failed'
      : met === undefined
        ? 'server'
        : met
          ? 'met'
          : 'unmet';
    return { id, value, status };
  });
}

/**
 * The rules of a new password, visible before typing and each ticked as it is met (UX.md
 * "Passwords"). The ticks are visual (CSS, hidden from screen readers); a met rule is read with
 * "Erfüllt:" before it. Meant as the password field's hint, so the field is described by it.
 */
export function passwordRules(
  localize: LocalizeController,
  rules: readonly RuleView[],
): TemplateResult {
  return html`${localize.term('password.rulesIntro')}
    <ul part="rules">
      ${rules.map(
        (rule) =>
          html`<li part="rule" data-status=${rule.status}>
            ${
              rule.status === 'met'
                ? html`<span class="pk-visually-hidden">${localize.term('password.ruleMet')}</span>`
                : nothing
            }
            ${ruleLabel(localize, rule)}
          </li>`,
      )}
    </ul>`;
}
