import {
  checkPassword,
  passwordPolicies,
  type PasswordContext,
  type PasswordPolicyName,
  type PasswordRuleId,
} from '@portalkit/protocol';
import { isCommonPassword } from './common.js';
import { passwordHashing } from './hash.js';

export interface NewPasswordCheck {
  ok: boolean;
  /** Every rule the password breaks, browser-checkable and server-only alike. */
  failed: PasswordRuleId[];
}

/**
 * The authoritative check of a new password (registration, reset, change): the protocol's rules
 * that the browser shows live, plus the ones only the server can test: common passwords and the
 * member's last passwords (`previousHashes`, newest first; the rule says how many count).
 */
export async function checkNewPassword(
  policyName: PasswordPolicyName,
  password: string,
  context: PasswordContext,
  previousHashes: readonly string[],
): Promise<NewPasswordCheck> {
  const failed = [...checkPassword(policyName, password, context).failed];
  for (const rule of passwordPolicies[policyName]) {
    if (rule.id === 'notCommon' && (await isCommonPassword(password))) failed.push(rule.id);
    if (rule.id === 'notRecent') {
      const recent = previousHashes.slice(0, rule.value ?? 10);
      const reused = await Promise.all(
        recent.map((hash) => passwordHashing.verify(hash, password)),
      );
      if (reused.includes(true)) failed.push(rule.id);
    }
  }
  return { ok: failed.length === 0, failed };
}
