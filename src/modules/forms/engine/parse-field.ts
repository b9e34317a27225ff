import type { FieldErrors } from '../../../kernel/http';
import type { AddressValue, AnswerValue, FieldDef } from '../definition';
import { parseDateInput } from './dates';
import { messages } from './messages';
import { ADDRESS_PARTS } from './names';
import type { RawValues } from './types';

/** What one field's inputs said: the typed answer (undefined when empty or unreadable), the raw strings, format errors. */
export interface ParsedField {
  value: AnswerValue | undefined;
  raw: RawValues;
  errors: FieldErrors;
}

const MAX_INPUT = 10_000;

/** A single posted value as a string; a repeated name counts with its first value. */
export function postedString(value: unknown): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.slice(0, MAX_INPUT) : '';
}

function postedStrings(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((entry): entry is string => typeof entry === 'string' && entry !== '').map((entry) => entry.slice(0, MAX_INPUT));
}

/**
 * German number input → the number's digits with a dot: `1.234,5` → `1234.5`, `12,5` → `12.5`,
 * `1.500` (thousands) → `1500`, `12.5` → `12.5`. Undefined when it is not a number.
 */
export function normaliseGermanNumber(text: string): string | undefined {
  const compact = text.replace(/\s/g, '').replace(/^−/, '-');
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(compact)) return compact.replace(/\./g, '').replace(',', '.');
  if (/^-?\d+(,\d+)?$/.test(compact)) return compact.replace(',', '.');
  if (/^-?\d+\.\d+$/.test(compact)) return compact;
  return undefined;
}

export function canonicalIban(text: string): string {
  return text.replace(/\s/g, '').toUpperCase();
}

const parsers: Partial<Record<FieldDef['type'], (field: FieldDef, body: Record<string, unknown>, name: string) => ParsedField>> = {
  textarea: (_field, body, name) => {
    const typed = postedString(body[name]).replace(/\r\n/g, '\n');
    return { value: typed.trim() || undefined, raw: { [name]: typed }, errors: {} };
  },
  number: (field, body, name) => {
    const typed = postedString(body[name]).trim();
    if (!typed) return { value: undefined, raw: { [name]: typed }, errors: {} };
    const normalised = normaliseGermanNumber(typed);
    if (normalised === undefined) return { value: undefined, raw: { [name]: typed }, errors: { [name]: messages.notANumber(field) } };
    return { value: String(Number(normalised)), raw: { [name]: typed }, errors: {} };
  },
  iban: (_field, body, name) => {
    const typed = postedString(body[name]).trim();
    return { value: canonicalIban(typed) || undefined, raw: { [name]: typed }, errors: {} };
  },
  date: (field, body, name) => {
    const [day, month, year] = (['day', 'month', 'year'] as const).map((part) => postedString(body[`${name}-${part}`]).trim()) as [string, string, string];
    const raw = { [`${name}-day`]: day, [`${name}-month`]: month, [`${name}-year`]: year };
    const parsed = parseDateInput({ day, month, year });
    if (parsed.kind === 'ok') return { value: parsed.iso, raw, errors: {} };
    if (parsed.kind === 'empty') return { value: undefined, raw, errors: {} };
    const error = parsed.kind === 'missing' ? messages.datePartMissing(field, parsed.part) : messages.dateInvalid(field);
    return { value: undefined, raw, errors: { [name]: error } };
  },
  address: (_field, body, name) => {
    const address = Object.fromEntries(ADDRESS_PARTS.map((part) => [part, postedString(body[`${name}.${part}`]).trim()])) as unknown as AddressValue;
    const raw = Object.fromEntries(ADDRESS_PARTS.map((part) => [`${name}.${part}`, address[part]]));
    return { value: Object.values(address).some(Boolean) ? address : undefined, raw, errors: {} };
  },
  checkbox: (_field, body, name) => {
    const ticked = postedString(body[name]) === 'ja';
    return { value: ticked, raw: ticked ? { [name]: 'ja' } : {}, errors: {} };
  },
  checkboxes: (_field, body, name) => {
    const ticked = [...new Set(postedStrings(body[name]))];
    return { value: ticked.length ? ticked : undefined, raw: { [name]: ticked }, errors: {} };
  },
};
parsers.declaration = parsers.checkbox;

/** Text, e-mail, phone, select, radio: one trimmed string. */
function parseString(_field: FieldDef, body: Record<string, unknown>, name: string): ParsedField {
  const typed = postedString(body[name]);
  return { value: typed.trim() || undefined, raw: { [name]: typed }, errors: {} };
}

/**
 * Reads one field from a posted body. File fields take their attachment ids from `files` (the
 * caller has applied uploads and removals), falling back to the ids stored before.
 */
export function parseField(field: FieldDef, body: Record<string, unknown>, name: string, files: Record<string, string[]>, previous: unknown): ParsedField {
  if (field.type === 'file') {
    const ids = files[name] ?? (Array.isArray(previous) ? previous.filter((id): id is string => typeof id === 'string') : []);
    return { value: ids.length ? ids : undefined, raw: {}, errors: {} };
  }
  return (parsers[field.type] ?? parseString)(field, body, name);
}
