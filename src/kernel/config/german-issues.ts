import type { z } from 'zod';

/**
 * The configuration's problems in German: an error map for zod's generic issues (a missing key, a
 * wrong type, an empty text, a bad e-mail address). Messages a schema gives itself ("muss eine Farbe
 * wie #003064 sein") take precedence; this map only fills in what zod would otherwise say in English.
 * Pass it to every parse of configuration: `schema.safeParse(raw, { error: germanIssue })`.
 */
export function germanIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return invalidType(issue.expected, issue.input);
    case 'too_small':
      return tooSmall(issue.origin, Number(issue.minimum), issue.inclusive !== false);
    case 'too_big':
      return tooBig(issue.origin, Number(issue.maximum), issue.inclusive !== false);
    case 'invalid_format':
      return FORMATS[issue.format] ?? 'hat nicht das erwartete Format';
    case 'invalid_value':
      return issue.values.length === 1 ? `muss ${show(issue.values[0])} sein` : `muss einer dieser Werte sein: ${issue.values.map(show).join(', ')}`;
    case 'unrecognized_keys':
      return `unbekannte Schlüssel: ${issue.keys.join(', ')}`;
    case 'not_multiple_of':
      return `muss ein Vielfaches von ${issue.divisor} sein`;
    case 'invalid_union':
      return 'passt zu keiner der erlaubten Formen';
    case 'invalid_key':
      return 'enthält einen ungültigen Schlüssel';
    case 'invalid_element':
      return 'enthält einen ungültigen Eintrag';
    default:
      return 'ist ungültig';
  }
}

const FORMATS: Partial<Record<string, string>> = {
  email: 'keine gültige E-Mail-Adresse',
  url: 'keine gültige Adresse (URL), z. B. https://www.beispiel.de',
  date: 'kein gültiges Datum, erwartet JJJJ-MM-TT (z. B. 2026-12-05)',
  datetime: 'kein gültiger Zeitpunkt, erwartet z. B. 2026-12-05T09:30:00Z',
  time: 'keine gültige Uhrzeit, erwartet HH:MM',
  uuid: 'keine gültige UUID',
  regex: 'hat nicht das erwartete Format',
};

const TYPES: Partial<Record<string, string>> = {
  string: 'ein Text in Anführungszeichen',
  number: 'eine Zahl',
  int: 'eine ganze Zahl',
  boolean: 'true oder false',
  object: 'ein Objekt { … }',
  array: 'eine Liste [ … ]',
  tuple: 'eine Liste [ … ]',
  record: 'ein Objekt { … }',
  date: 'ein Datum',
};

function invalidType(expected: string, input: unknown): string {
  if (input === undefined) return 'fehlt: diese Angabe ist Pflicht';
  return `muss ${TYPES[expected] ?? expected} sein, ist aber ${kindOf(input)}`;
}

function kindOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'eine Liste';
  if (typeof input === 'number') return Number.isNaN(input) ? 'keine Zahl' : `die Zahl ${input}`;
  if (typeof input === 'string') return `der Text „${input.length > 40 ? `${input.slice(0, 40)}…` : input}“`;
  if (typeof input === 'boolean') return String(input);
  if (typeof input === 'object') return 'ein Objekt';
  return typeof input;
}

function show(value: unknown): string {
  return typeof value === 'string' ? `„${value}“` : String(value);
}

function tooSmall(origin: string, minimum: number, inclusive: boolean): string {
  if (origin === 'string') return minimum <= 1 ? 'darf nicht leer sein' : `muss mindestens ${minimum} Zeichen lang sein`;
  if (origin === 'array' || origin === 'set') return `braucht mindestens ${minimum} ${minimum === 1 ? 'Eintrag' : 'Einträge'}`;
  return inclusive ? `muss mindestens ${minimum} sein` : `muss größer als ${minimum} sein`;
}

function tooBig(origin: string, maximum: number, inclusive: boolean): string {
  if (origin === 'string') return `darf höchstens ${maximum} Zeichen lang sein`;
  if (origin === 'array' || origin === 'set') return `darf höchstens ${maximum} ${maximum === 1 ? 'Eintrag' : 'Einträge'} haben`;
  return inclusive ? `darf höchstens ${maximum} sein` : `muss kleiner als ${maximum} sein`;
}

/**
 * `path: message` for each issue, with `prefix` (a file name) before it. For the municipality file
 * `withoutUnknownKeys`: its unknown keys are reported once, by unknown-keys.ts, with a suggestion.
 */
export function describeIssues(prefix: string, error: z.ZodError, { withoutUnknownKeys = false } = {}): string[] {
  return error.issues
    .filter((issue) => !(withoutUnknownKeys && issue.code === 'unrecognized_keys'))
    .map((issue) => `${prefix}${issue.path.join('.') || '(oberste Ebene)'}: ${issue.message}`);
}
