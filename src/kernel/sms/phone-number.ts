/** E.164: a plus, the country code (not starting with 0) and at most 15 digits in all. */
const E164 = /^\+[1-9]\d{6,14}$/;
/** German mobile numbers: 015x, 016x, 017x, then 7 or 8 digits (10 or 11 digits without the 0). */
const GERMAN_MOBILE = /^\+491[567]\d{8,9}$/;

export function isE164(number: string): boolean {
  return E164.test(number);
}

/**
 * A phone number as people type it, in E.164: `0170 1234567`, `0170/123 45 67`, `(0170) 1234567`,
 * `+49 170 1234567` and `0049 170 1234567` all become `+491701234567`. A number without a country
 * code is German. Null when it is no number one can send an SMS to: not E.164 afterwards, or a German
 * number outside the mobile ranges (a landline takes no SMS).
 */
export function normaliseMobileNumber(input: string): string | null {
  const compact = input.trim().replace(/[\s\-/().]/g, '');
  if (!/^\+?\d+$/.test(compact)) return null;
  let number: string;
  if (compact.startsWith('+')) number = compact;
  else if (compact.startsWith('00')) number = `+${compact.slice(2)}`;
  else if (compact.startsWith('0')) number = `+49${compact.slice(1)}`;
  else return null;
  // "+49 (0)170 …": the trunk 0 written after the country code.
  if (number.startsWith('+490')) number = `+49${number.slice(4)}`;
  if (!isE164(number)) return null;
  if (number.startsWith('+49') && !GERMAN_MOBILE.test(number)) return null;
  return number;
}
