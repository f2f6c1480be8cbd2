/**
 * Where the notice of a changed password will go, shown only after the member proved possession
 * (a right code or the account's passkey), masked so a shoulder or a screenshot learns little:
 * the e-mail address's first character and domain, the phone number's country code and last two
 * digits, each in a shape that does not tell the length.
 */
const bullets = '•••';

export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return `${[...email.slice(0, at)][0] ?? ''}${bullets}${email.slice(at)}`;
}

/**
 * Country codes of one and two digits (ITU-T E.164 assignments); every other code has three.
 * Enough to show `+49`, `+1` or `+352` and none of the subscriber's digits.
 */
const oneDigit = /^[17]/;
const twoDigits = /^(2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58])/;

/** `+4915112345612` → `+49 ••• ••• ••12`. */
export function maskPhone(phone: string): string {
  const digits = phone.slice(1);
  const length = oneDigit.test(digits) ? 1 : twoDigits.test(digits) ? 2 : 3;
  return `+${digits.slice(0, length)} ${bullets} ${bullets} ••${digits.slice(-2)}`;
}
