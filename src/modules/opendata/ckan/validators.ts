import { z } from 'zod';
import type { CkanError } from './envelope';
import { ckanErrors, pythonString, type CkanFieldErrors } from './envelope';

/**
 * CKAN's parameter validators (ckan/lib/navl/validators.py, ckan/logic/validators.py,
 * ckan/logic/converters.py) with their messages, as zod fields. A value comes either from a query
 * string (always text: `rows=10`, `include_private=true`, `facet.field=["tags"]`) or from a JSON
 * body (numbers, booleans, lists): each validator takes both, as CKAN's do.
 */

/** How the API answers a refused value: field errors (409), or a search error (400 or 409). */
type Refusal = 'validation' | 'search-query' | 'search';

/** A value a validator refuses, like CKAN's `Invalid`. */
export class Invalid extends Error {
  constructor(
    message: string,
    readonly refusal: Refusal = 'validation',
  ) {
    super(message);
  }
}

/** A zod field from a validator that returns the value or throws Invalid. */
export function ckanField<T>(validate: (value: unknown) => T) {
  return z.unknown().transform((value, ctx) => {
    try {
      return validate(value);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      ctx.addIssue({ code: 'custom', message: error.message, params: { refusal: error.refusal } });
      return z.NEVER;
    }
  });
}

/**
 * Parameters an action reads, each run through its validator even when the request left it out
 * (zod skips a missing key, so defaults and "Missing value" would never apply): build the object
 * from a shape of ckanFields and pass the shape's keys here.
 */
export function ckanParams<S extends z.ZodType>(keys: readonly string[], schema: S) {
  const absent = Object.fromEntries(keys.map((key) => [key, undefined]));
  return z.preprocess((input) => (typeof input === 'object' && input !== null && !Array.isArray(input) ? { ...absent, ...input } : input), schema);
}

/** Missing, null and blank text count as not given (CKAN's `ignore_missing`, `default`). */
export function given(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');
}

/** `not_missing`/`not_empty` and `get_or_bust`. */
export function required(value: unknown): unknown {
  if (!given(value)) throw new Invalid('Missing value');
  return value;
}

/** `unicode_safe`: text; numbers become text (a JSON body may send `"id": 42`). */
export function string(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Invalid('Must be a string');
}

/** `int_validator`: a whole number, as a number or base-10 text. */
export function integer(value: unknown): number {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'string' && /^\s*[+-]?\d{1,15}\s*$/.test(value)) return Number.parseInt(value, 10);
  throw new Invalid('Invalid integer');
}

/** `natural_number_validator`. */
export function natural(value: unknown): number {
  const number = integer(value);
  if (number < 0) throw new Invalid('Must be a natural number');
  return number;
}

/** `is_positive_integer`. */
export function positive(value: unknown): number {
  const number = integer(value);
  if (number < 1) throw new Invalid('Must be a positive integer');
  return number;
}

const TRUE = new Set(['true', 'yes', 'on', 'y', 't', '1']);
const FALSE = new Set(['false', 'no', 'off', 'n', 'f', '0']);

/** CKAN's `asbool`: the words it knows, in any case; it refuses others ("String is not true/false"). */
export function boolean(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  const word = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  if (word !== undefined && TRUE.has(word)) return true;
  if (word !== undefined && FALSE.has(word)) return false;
  throw new Invalid(`String is not true/false: ${pythonString(typeof value === 'string' ? value : JSON.stringify(value))}`);
}

/** `convert_to_json_if_string` then `list_of_strings`: `["tags","res_format"]` as text or as a JSON list. */
export function listOfStrings(value: unknown): string[] {
  let list = value;
  if (typeof value === 'string') {
    try {
      list = JSON.parse(value);
    } catch {
      throw new Invalid('Could not parse as valid JSON');
    }
  }
  if (!Array.isArray(list)) throw new Invalid('Not a list');
  for (const item of list) if (typeof item !== 'string') throw new Invalid(`Not a string: ${JSON.stringify(item)}`);
  return list as string[];
}

/** A field's value or its default when not given (CKAN's `default(…)`), then the validator. */
export function optional<T>(validate: (value: unknown) => T, fallback: T): (value: unknown) => T {
  return (value) => (given(value) ? validate(value) : fallback);
}

/** Python's repr of a list of strings: `['foo', 'bar']`. */
export function pythonList(items: string[]): string {
  return `[${items.map(pythonString).join(', ')}]`;
}

/**
 * The CKAN error for refused parameters: field errors first (409, `{"rows": ["Invalid integer"]}`),
 * as CKAN validates its schema before it asks the search engine; otherwise the search error.
 */
export function parametersError(issues: readonly z.core.$ZodIssue[]): CkanError {
  const fields: CkanFieldErrors = {};
  let search: { message: string; refusal: Refusal } | undefined;
  for (const issue of issues) {
    const refusal = ((issue as { params?: { refusal?: Refusal } }).params?.refusal ?? 'validation') as Refusal;
    if (refusal !== 'validation') {
      search ??= { message: issue.message, refusal };
      continue;
    }
    const field = issue.path.map(String).join('.') || 'message';
    (fields[field] ??= []).push(issue.message);
  }
  if (Object.keys(fields).length > 0 || !search) return ckanErrors.validation(fields);
  return search.refusal === 'search' ? ckanErrors.search(search.message) : ckanErrors.searchQuery(search.message);
}
