/**
 * Password policy as data: each rule has an id (for a localized label) and a test, so an element
 * can show every rule ticked live and the server can enforce the same list.
 *
 * `modern` follows NIST SP 800-63B-4 § 3.1.1.2 and OWASP ASVS 5.0 V6.2: length, no composition
 * rules, no common or contextual passwords. `classic` is the rule set German insurers publish.
 * Rules with `server: true` need data the browser does not have (common-password lists, history).
 */
export interface PasswordContext {
  /** The member's KVNR, e-mail and name: a password must not contain them (`modern`). */
  kvnr?: string;
  email?: string;
  name?: string;
  /** The identifier the member signs in with: a password must not equal it (`classic`). */
  username?: string;
}

export type PasswordRuleId =
  | 'minLength'
  | 'maxLength'
  | 'upper'
  | 'lower'
  | 'digit'
  | 'special'
  | 'notUsername'
  | 'notContextual'
  | 'notCommon'
  | 'notRecent';

export interface PasswordRule {
  id: PasswordRuleId;
  /** A number the label needs (minimum length, history size). */
  value?: number;
  /** Only the server can check it; elements list it but cannot tick it. */
  server?: boolean;
  /** Whether the rule is shown to members before they type (limits such as 64 are not). */
  shown?: boolean;
  test?: (password: string, context: PasswordContext) => boolean;
}

export type PasswordPolicyName = 'modern' | 'classic';

export const passwordSpecialCharacters = '?!,.:_()@-+';

/** Length in Unicode code points, as NIST counts (an emoji is one character). */
export const passwordLength = (password: string): number => [...password].length;

const norm = (value: string) => value.normalize('NFKC').toLowerCase();

/** Parts of the member's own data that a modern password must not contain (3+ characters). */
function contextualParts(context: PasswordContext): string[] {
  const parts = [context.kvnr, context.email?.split('@')[0], ...(context.name?.split(/\s+/) ?? [])];
  return parts.filter((part): part is string => !!part && part.length >= 3).map(norm);
}

const minLength = (value: number): PasswordRule => ({
  id: 'minLength',
  value,
  shown: true,
  test: (password) => passwordLength(password) >= value,
});
const notRecent: PasswordRule = { id: 'notRecent', value: 10, server: true, shown: true };

export const passwordPolicies: Record<PasswordPolicyName, readonly PasswordRule[]> = {
  modern: [
    minLength(12),
    { id: 'maxLength', value: 64, test: (password) => passwordLength(password) <= 64 },
    {
      id: 'notContextual',
      shown: true,
      test: (password, context) => {
        const value = norm(password);
        return !contextualParts(context).some((part) => value.includes(part));
      },
    },
    { id: 'notCommon', server: true, shown: true },
    notRecent,
  ],
  classic: [
    minLength(12),
    { id: 'upper', shown: true, test: (password) => /\p{Lu}/u.test(password) },
    { id: 'lower', shown: true, test: (password) => /\p{Ll}/u.test(password) },
    { id: 'digit', shown: true, test: (password) => /\d/.test(password) },
    {
      id: 'special',
      shown: true,
      test: (password) => [...password].some((char) => passwordSpecialCharacters.includes(char)),
    },
    {
      id: 'notUsername',
      shown: true,
      test: (password, context) => !context.username || norm(password) !== norm(context.username),
    },
    notRecent,
  ],
};

export interface PasswordCheck {
  ok: boolean;
  /** Every rule that the browser can test, with its result. */
  rules: { id: PasswordRuleId; value?: number; met: boolean | undefined }[];
  failed: PasswordRuleId[];
}

/** Checks the rules that need no server data; `server` rules come back with `met: undefined`. */
export function checkPassword(
  policy: PasswordPolicyName | readonly PasswordRule[],
  password: string,
  context: PasswordContext = {},
): PasswordCheck {
  const rules = typeof policy === 'string' ? passwordPolicies[policy] : policy;
  const results = rules.map((rule) => ({
    id: rule.id,
    value: rule.value,
    met: rule.test ? rule.test(password, context) : undefined,
  }));
  const failed = results.filter((rule) => rule.met === false).map((rule) => rule.id);
  return { ok: failed.length === 0, rules: results, failed };
}
