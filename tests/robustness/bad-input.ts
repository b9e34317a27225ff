import { randomUUID } from 'node:crypto';
import type { TestUpload } from '../support/multipart';

/**
 * The bad input the robustness test sends: what people mistype, what old links and bots send, and
 * what a hand-made request can carry (arrays, nested objects, numbers outside every range).
 */

/**
 * Route parameter values as they stand in the URL (an unencoded ä as some clients send it, a broken
 * escape). 99 characters pass the router (maxParamLength 100), 300 do not.
 */
export function pathGarbage(): string[] {
  return [randomUUID(), 'x', 'ä%20b', 'a'.repeat(300), 'b'.repeat(99), '2147483648', '-1', '1e309', '%FF'];
}

/** Nested keys, an array key, an impossible date, a number that is none, a broken escape. */
export const HOSTILE_QUERY = '?seite=-1&q[a]=b&status[]=x&von=2026-13-45&limit=abc&cursor=%FF';

/** Query parameters the portal reads somewhere; names found in links and forms of the pages are added. */
export const COMMON_QUERY_NAMES = ['q', 'seite', 'page', 'status', 'von', 'bis', 'limit', 'cursor', 'weiter', 'nummer'];

/** An opaque token (the API's cursor) taken apart, changed and put together again. */
const forgedCursor = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** Raw (encoded) query values: impossible days, days PostgreSQL does not know, numbers beyond its integers, a foreign redirect. */
const QUERY_VALUES = [
  '-1',
  '1e309',
  '2026-02-30',
  '0000-01-01',
  '0000-01-01T00%3A00%3A00Z',
  '%FF',
  '',
  '%C3%A4+b',
  'x'.repeat(300),
  '2147483648',
  '%2F%2Fevil.example',
  forgedCursor(`2026-01-01T00:00:00Z|${'-'.repeat(36)}`),
  forgedCursor('-271821-04-20T00:00:00Z|00000000-0000-0000-0000-000000000000'),
];

/** Every name with another value in each query, so each name meets each value once. */
export function rotatedQueries(names: string[]): string[] {
  return QUERY_VALUES.map(
    (_, shift) => '?' + names.map((name, index) => `${encodeURIComponent(name)}=${QUERY_VALUES[(index + shift) % QUERY_VALUES.length]}`).join('&'),
  );
}

/** One name alone with each value: strict schemas refuse the rotated queries at their first unknown name. */
export function singleNameQueries(name: string): string[] {
  const key = encodeURIComponent(name);
  return [...QUERY_VALUES.map((value) => `?${key}=${value}`), `?${key}=a&${key}=b`, `?${key}[x]=y`];
}

export function arrayQuery(names: string[]): string {
  return '?' + names.map((name) => `${encodeURIComponent(name)}=1&${encodeURIComponent(name)}=2`).join('&');
}

export type FormBody = Record<string, string | string[]>;

/**
 * Field values for url-encoded bodies. The overlong text is up to 10,000 characters, shorter when the
 * form has many fields: encoded (ü takes 6 bytes) the body stays below the 256 KB limit, so it reaches the form.
 */
function mutations(fieldCount: number): { label: string; value: string | string[] }[] {
  const long = Math.max(100, Math.min(10_000, Math.floor(60_000 / Math.max(1, fieldCount))));
  return [
    { label: 'array', value: ['a', 'b'] },
    { label: `${long} chars`, value: 'ü'.repeat(long / 2) + 'x'.repeat(long / 2) },
    { label: '1e309', value: '1e309' },
    { label: '-0', value: '-0' },
    { label: '2026-02-30', value: '2026-02-30' },
    { label: '0000-01-01', value: '0000-01-01' },
    { label: '2147483648', value: '2147483648' },
    { label: 'markup', value: '<b>ä</b> "\' \\ %00' },
    { label: 'empty', value: '' },
    { label: 'uuid', value: randomUUID() },
  ];
}

/** Day, month, year. */
const DATE_PARTS: [string, string, string][] = [
  ['30', '2', '2026'],
  ['1', '1', '0'],
  ['31', '12', '275760'],
  ['-1', '13', '1e309'],
  ['1', '1', '99'],
];

export interface BodyVariant {
  label: string;
  body: FormBody;
}

/**
 * Url-encoded bodies for a form: empty, unknown fields, the form filled in plausibly, every field
 * replaced by one bad value, and the form with one field bad (`shift` picks which value, so the
 * actors together send each value to each field).
 */
export function bodyVariants(fields: string[], baseline: FormBody, shift: number): BodyVariant[] {
  const all = mutations(fields.length);
  const variants: BodyVariant[] = [
    { label: 'empty body', body: {} },
    {
      label: 'unknown fields',
      body: Object.fromEntries([
        ['__proto__', 'x'],
        ['constructor', 'y'],
        ['toString', 'z'],
        ['a[b]', 'c'],
        ['unbekannt', ['1', '2']],
      ]),
    },
    { label: 'plausible form', body: baseline },
  ];
  for (const mutation of all) {
    variants.push({ label: `every field = ${mutation.label}`, body: { ...baseline, ...Object.fromEntries(fields.map((field) => [field, mutation.value])) } });
  }
  // Dates in three fields (Tag, Monat, Jahr): days the calendar or PostgreSQL does not have.
  const dates = [...new Set(fields.filter((field) => field.endsWith('-day')).map((field) => field.slice(0, -'-day'.length)))];
  for (const [day, month, year] of DATE_PARTS) {
    if (dates.length === 0) break;
    const parts = Object.fromEntries(
      dates.flatMap((date) => [
        [`${date}-day`, day],
        [`${date}-month`, month],
        [`${date}-year`, year],
      ]),
    );
    variants.push({ label: `every date = ${day}.${month}.${year}`, body: { ...baseline, ...parts } });
  }
  fields.forEach((field, index) => {
    const mutation = all[(index + shift) % all.length]!;
    variants.push({ label: `field ${field} = ${mutation.label}`, body: { ...baseline, [field]: mutation.value } });
    if (mutation.label !== 'array') variants.push({ label: `field ${field} = array`, body: { ...baseline, [field]: ['a', 'b'] } });
  });
  return variants;
}

/** JSON bodies carry what no form can: objects and numbers where strings are expected. */
export function jsonVariants(fields: string[], csrf: string | undefined): { label: string; payload: unknown }[] {
  const names = fields.length > 0 ? fields : ['email'];
  return [
    { label: 'json objects', payload: { _csrf: csrf, ...Object.fromEntries(names.map((name) => [name, { $gt: '', nested: [1, { a: null }] }])) } },
    { label: 'json numbers and null', payload: { _csrf: csrf, ...Object.fromEntries(names.map((name, index) => [name, index % 2 ? null : 1e308])) } },
    { label: 'json array', payload: [1, 'a', { _csrf: csrf }] },
  ];
}

/** A text file named foto.png in each file field: refused by its bytes, whatever the name says. */
export function disguisedFiles(fileFields: string[]): TestUpload[] {
  return fileFields.map((field) => ({ field, filename: 'foto.png', contentType: 'image/png', bytes: Buffer.from('Das ist kein Bild, sondern Text.\n') }));
}
