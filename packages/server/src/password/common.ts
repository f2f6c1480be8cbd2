/**
 * Common-password check (NIST SP 800-63B-4 § 3.1.1.2: "passwords obtained from previous breach
 * corpuses", "dictionary words"): the zxcvbn-ts common password list (~49,000 entries from breach
 * corpora) plus the German common-word list, compared lower-cased. The lists load on first use so
 * they cost nothing until a password is set.
 */
let common: Promise<Set<string>> | undefined;

async function load(): Promise<Set<string>> {
  const [{ dictionary: shared }, { dictionary: german }] = await Promise.all([
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-de'),
  ]);
  return new Set(
    [...shared['passwords-common'], ...german.commonWords].map((word) => normalize(word)),
  );
}

const normalize = (value: string) => value.normalize('NFKC').toLowerCase();

export async function isCommonPassword(password: string): Promise<boolean> {
  common ??= load();
  const words = await common;
  const value = normalize(password);
  // "qwertz123456" or "sommerferien2024!": a listed word with digits or symbols tacked on.
  const stem = value.replace(/[\p{N}\p{P}\p{S}\s]+$/u, '');
  return words.has(value) || (stem.length >= 4 && words.has(stem));
}
