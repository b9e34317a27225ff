import { isCalendarDate, type FieldErrors } from '../../../kernel/http';
import type { AddressValue, Answers, FieldDef } from '../definition';
import { isFilled } from './conditions';
import { resolveDateBound } from './dates';
import { messages, missing } from './messages';
import { ADDRESS_PARTS, inputIdOf } from './names';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$/;
/** Digits with the usual separators, optionally international; at least 6 digits. */
const PHONE = /^\+?[\d\s()/-]{6,30}$/;
const HOUSE_NUMBER = /^\d{1,5}\s?[a-zA-Z]?(\s?[-/]\s?\d{1,5}\s?[a-zA-Z]?)?$/;

/** IBAN with ISO 13616 mod-97 check digits; German IBANs have 22 characters. */
export function isValidIban(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  if (iban.startsWith('DE') && iban.length !== 22) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const digits = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

type Value = Answers[string] | undefined;
type Check = (field: FieldDef, value: Value, name: string, today: string) => string | FieldErrors | undefined;

const asString = (value: Value): string => (typeof value === 'string' ? value : '');
const asList = (value: Value): unknown[] => (Array.isArray(value) ? value : []);
const optionValues = (field: FieldDef): string[] => (field.options ?? []).map((option) => option.value);

/**
 * The whole answer matches (FIM patterns are XML Schema patterns, implicitly anchored). A pattern
 * that is no JavaScript expression cannot be published (check-definition); in a draft it checks nothing.
 */
function matchesPattern(pattern: string, text: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u').test(text);
  } catch {
    return true;
  }
}

function checkLength(field: FieldDef, value: Value): string | undefined {
  const text = asString(value);
  if (field.minLength !== undefined && text.length < field.minLength) return messages.tooShort(field, field.minLength);
  if (field.maxLength !== undefined && text.length > field.maxLength) return messages.tooLong(field, field.maxLength);
  if (field.pattern && !matchesPattern(field.pattern, text)) return messages.pattern(field);
  return undefined;
}

function checkCount(field: FieldDef, count: number, tooFew: typeof messages.tooFewFiles, tooMany: typeof messages.tooManyFiles): string | undefined {
  if (typeof field.min === 'number' && count < field.min) return tooFew(field, field.min);
  if (typeof field.max === 'number' && count > field.max) return tooMany(field, field.max);
  return undefined;
}

function checkAddress(value: Value, name: string): FieldErrors {
  const address = (value && typeof value === 'object' && !Array.isArray(value) ? value : {}) as Partial<AddressValue>;
  const errors: FieldErrors = {};
  for (const part of ADDRESS_PARTS) {
    if (!address[part]) errors[`${name}.${part}`] = messages.addressPart(part);
  }
  if (address.houseNumber && !HOUSE_NUMBER.test(address.houseNumber)) errors[`${name}.houseNumber`] = messages.houseNumber();
  if (address.postalCode && !/^\d{5}$/.test(address.postalCode)) errors[`${name}.postalCode`] = messages.postalCode();
  return errors;
}

const checks: Partial<Record<FieldDef['type'], Check>> = {
  text: checkLength,
  textarea: checkLength,
  email: (_field, value) => (EMAIL.test(asString(value)) ? undefined : messages.email()),
  phone: (_field, value) => (PHONE.test(asString(value)) && asString(value).replace(/\D/g, '').length >= 6 ? undefined : messages.phone()),
  iban: (_field, value) => (isValidIban(asString(value)) ? undefined : messages.iban()),
  number: (field, value) => {
    const text = asString(value);
    const number = Number(text);
    if (!text || !Number.isFinite(number)) return messages.notANumber(field);
    const decimals = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
    if (field.decimals !== undefined && decimals > field.decimals) {
      return field.decimals === 0 ? messages.notANumber(field) : messages.tooManyDecimals(field, field.decimals);
    }
    if (typeof field.min === 'number' && number < field.min) return messages.numberBelow(field, field.min);
    if (typeof field.max === 'number' && number > field.max) return messages.numberAbove(field, field.max);
    return undefined;
  },
  date: (field, value, _name, today) => {
    const iso = asString(value);
    if (!isCalendarDate(iso)) return messages.dateInvalid(field);
    if (typeof field.min === 'string' && iso < resolveDateBound(field.min, today)) return messages.dateBefore(field, field.min, today);
    if (typeof field.max === 'string' && iso > resolveDateBound(field.max, today)) return messages.dateAfter(field, field.max, today);
    return undefined;
  },
  address: (_field, value, name) => checkAddress(value, name),
  select: (field, value) => (optionValues(field).includes(asString(value)) ? undefined : messages.unknownOption(field)),
  checkboxes: (field, value) => {
    const allowed = optionValues(field);
    const chosen = asList(value);
    if (chosen.some((entry) => typeof entry !== 'string' || !allowed.includes(entry))) return messages.unknownOption(field);
    return checkCount(field, chosen.length, messages.tooFewChoices, messages.tooManyChoices);
  },
  file: (field, value) => checkCount(field, asList(value).length, messages.tooFewFiles, messages.tooManyFiles),
};
checks.radio = checks.select;

/**
 * Checks a stored (canonical) answer against the field's rules; errors are keyed by the id of the
 * input they belong to. Used for a page just posted and again for all answers before submission.
 */
export function checkValue(field: FieldDef, value: Value, name: string, today: string): FieldErrors {
  const id = inputIdOf(field, name);
  if (!isFilled(value)) {
    if (!field.required) return {};
    return field.type === 'address' ? checkAddress(undefined, name) : { [id]: missing(field) };
  }
  const result = checks[field.type]?.(field, value, name, today);
  if (result === undefined) return {};
  return typeof result === 'string' ? { [id]: result } : result;
}
