import {
  passwordPolicies,
  type PasswordContext,
  type PasswordPolicyName,
  type PasswordRuleId,
} from '@portalkit/protocol';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { FormError } from '../base/portalkit-element.js';
import type { LocalizeController } from '../i18n/localize-controller.js';
import type { Message } from '../i18n/messages.js';
import { passwordRules, ruleLabel, ruleViews } from '../parts/password-rules.js';

export interface PasswordRulesControllerOptions {
  localize: LocalizeController;
  /** The server's policy (`modern` or `classic`): the browser shows it, the server enforces it. */
  policy: () => PasswordPolicyName;
  /** The member's own data a password must not contain or equal. */
  context: () => PasswordContext;
  /** Says in the element's status region what is still missing. */
  announce: (message: Message) => void;
  /** The member replaces a password: "not one of the last 10" is one of the rules shown. */
  replaced?: boolean;
}

/** How long typing must pause before what is missing is announced. */
const pause = 1500;

/**
 * A new password's rules in an element: ticked as the member types, one polite summary of what is
 * missing once typing pauses, not on every keystroke (UX.md "Passwords"), and the rules a
 * password breaks on submit (the browser's check, or the server's `PASSWORD_REJECTED`).
 */
export class PasswordRulesController implements ReactiveController {
  /** The password as typed so far. */
  value = '';
  readonly #host: ReactiveControllerHost;
  readonly #options: PasswordRulesControllerOptions;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost, options: PasswordRulesControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The list for the field's hint; `failed` rules are marked as refused. */
  render(failed: readonly PasswordRuleId[]): TemplateResult {
    return passwordRules(this.#options.localize, this.#views(this.value, failed));
  }

  /** Call on every `input` of the field. */
  typed(value: string): void {
    this.value = value;
    this.#host.requestUpdate();
    this.stop();
    this.#timer = setTimeout(() => {
      const open = this.#views(value, []).filter((rule) => rule.status === 'unmet');
      const labels = open.map((rule) => ruleLabel(this.#options.localize, rule)).join(', ');
      this.#options.announce(labels ? ['password.rulesOpen', labels] : ['password.rulesMet']);
    }, pause);
  }

  /** The rules this password breaks that the browser can check (before it is sent). */
  unmet(value: string): PasswordRuleId[] {
    this.value = value;
    return this.#views(value, [])
      .filter((rule) => rule.status === 'unmet')
      .map((rule) => rule.id);
  }

  /** The error naming the refused rules, in the current language (none if nothing was refused). */
  errors(failed: readonly PasswordRuleId[], field: string): FormError[] {
    if (failed.length === 0) return [];
    const { localize, policy } = this.#options;
    const rules = passwordPolicies[policy()];
    const value = (id: PasswordRuleId) => rules.find((rule) => rule.id === id)?.value;
    const labels = failed
      .map((id) => ruleLabel(localize, { id, value: value(id) }))
      .filter(Boolean);
    const message: Message = labels.length
      ? ['password.rulesUnmet', labels.join(', ')]
      : ['error.PASSWORD_REJECTED'];
    return [{ field, message }];
  }

  /** Stops a pending announcement (submit, another step). */
  stop(): void {
    clearTimeout(this.#timer);
  }

  hostDisconnected(): void {
    this.stop();
  }

  #views(value: string, failed: readonly PasswordRuleId[]) {
    const { policy, context, replaced } = this.#options;
    return ruleViews(policy(), value, context(), failed, replaced);
  }
}
