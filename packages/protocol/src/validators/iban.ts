/** IBAN per ISO 13616: country code, two check digits, BBAN; checked with mod 97 (ISO 7064). */
export type IbanProblem = 'empty' | 'format' | 'length' | 'checksum';
export type IbanResult = { ok: true; value: string } | { ok: false; problem: IbanProblem };

/**
 * The BBAN of each SEPA country as the SWIFT IBAN registry writes it: `n` digits, `a` upper-case
 * letters, `c` letters or digits, each with its count (`DE`: `8n10n`, bank code and account). The
 * IBAN's length follows (4 + the BBAN's). Other countries: 15–34 characters, checked by mod 97.
 */
const bbans: Record<string, string> = {
  AD: '4n4n12c', AL: '8n16c', AT: '5n11n', BE: '3n7n2n', BG: '4a4n2n8c', CH: '5n12c',
  CY: '3n5n16c', CZ: '4n6n10n', DE: '8n10n', DK: '4n9n1n', EE: '2n2n11n1n', ES: '4n4n1n1n10n',
  FI: '3n11n', FR: '5n5n11c2n', GB: '4a6n8n', GI: '4a15c', GR: '3n4n16c', HR: '7n10n',
  HU: '3n4n1n15n1n', IE: '4a6n8n', IS: '4n2n6n10n', IT: '1a5n5n12c', LI: '5n12c', LT: '5n11n',
  LU: '3n13c', LV: '4a13c', MC: '5n5n11c2n', MD: '2c18c', ME: '3n13n2n', MK: '3n10c2n',
  MT: '4a5n18c', NL: '4a10n', NO: '4n6n1n', PL: '8n16n', PT: '4n4n11n2n', RO: '4a16c',
  RS: '3n13n2n', SE: '3n16n1n', SI: '5n8n2n', SK: '4n6n10n', SM: '1a5n5n12c', VA: '3n15n',
};

const classes: Record<string, string> = { n: '0-9', a: 'A-Z', c: 'A-Z0-9' };

/** A country's BBAN as a pattern and its IBAN's length, built when first asked for. */
const byCountry = new Map<string, { pattern: RegExp; length: number }>();
function countryRule(country: string): { pattern: RegExp; length: number } | undefined {
  const spec = bbans[country];
  if (spec === undefined) return undefined;
  let rule = byCountry.get(country);
  if (!rule) {
    let source = '';
    let length = 4;
    for (const [, count, kind] of spec.matchAll(/(\d+)([nac])/g)) {
      source += `[${classes[kind!]}]{${count}}`;
      length += Number(count);
    }
    rule = { pattern: new RegExp(`^${source}$`), length };
    byCountry.set(country, rule);
  }
  return rule;
}

function mod97(digits: string): number {
  let rest = 0;
  for (const char of digits) rest = (rest * 10 + Number(char)) % 97;
  return rest;
}

/**
 * Normalizes (no spaces, upper case) and validates an IBAN: for a SEPA country its length and
 * BBAN format, for every country the check digits (mod 97).
 */
export function parseIban(input: string): IbanResult {
  const value = input.replace(/\s+/g, '').toUpperCase();
  if (value === '') return { ok: false, problem: 'empty' };
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(value)) return { ok: false, problem: 'format' };
  const rule = countryRule(value.slice(0, 2));
  if (rule && value.length !== rule.length) return { ok: false, problem: 'length' };
  if (rule && !rule.pattern.test(value.slice(4))) return { ok: false, problem: 'format' };
  const rearranged = value.slice(4) + value.slice(0, 4);
  const digits = rearranged.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  if (mod97(digits) !== 1) return { ok: false, problem: 'checksum' };
  return { ok: true, value };
}

/** Groups of four for display: `DE89 3704 0044 0532 0130 00`. */
export function formatIban(value: string): string {
  return value.replace(/(.{4})(?=.)/g, '$1 ');
}
