import { parse } from 'csv-parse/sync';
import { berlinMoment } from './berlin-time';
import { courseRuleProblems, programmeCourseSchema, PROGRAMME_FORMAT, type ProgrammeFile } from './programme-format';
import type { ReadResult } from './read-json';
import { isSepaName } from './sepa';

/**
 * The CSV mapping (README "Programm-Import"): one row per session, German column names as the
 * administration systems export them. The course's columns are read from the first row of its
 * Kursnummer; further rows of the same Kursnummer add sessions.
 */
export const CSV_COLUMNS = {
  number: 'Kursnummer',
  term: 'Semester',
  area: 'Programmbereich',
  title: 'Titel',
  summary: 'Kurztext',
  description: 'Beschreibung',
  format: 'Format',
  place: 'Ort',
  room: 'Raum',
  instructor: 'Kursleitung',
  audience: 'Zielgruppe',
  feeCents: 'Gebühr',
  reducedFeeCents: 'Ermäßigte Gebühr',
  reductionRule: 'Ermäßigung',
  minParticipants: 'Mindestzahl',
  maxParticipants: 'Höchstzahl',
  bookingOpensAt: 'Anmeldung ab',
  bookingClosesAt: 'Anmeldeschluss',
  cancellableUntil: 'Rücktritt bis',
  state: 'Status',
  startsAt: 'Beginn',
  endsAt: 'Ende',
  cancelled: 'Abgesagt',
  note: 'Hinweis',
} as const;
type Field = keyof typeof CSV_COLUMNS;
const REQUIRED: readonly Field[] = [
  'number',
  'term',
  'area',
  'title',
  'summary',
  'format',
  'instructor',
  'feeCents',
  'minParticipants',
  'maxParticipants',
  'bookingClosesAt',
  'cancellableUntil',
  'startsAt',
  'endsAt',
];
const SESSION_FIELDS: ReadonlySet<string> = new Set(['startsAt', 'endsAt', 'cancelled', 'note']);

type Cell = (text: string) => { value: unknown } | { error: string };

const DATE_TIME = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?:\s*Uhr)?)?$/;
const moment =
  (dateOnlyAt: [number, number] | undefined): Cell =>
  (text) => {
    if (/^\d{4}-\d{2}-\d{2}T/.test(text)) return { value: text };
    const match = DATE_TIME.exec(text);
    if (match && (match[4] !== undefined || dateOnlyAt)) {
      const [hour, minute] = match[4] !== undefined ? [Number(match[4]), Number(match[5])] : dateOnlyAt!;
      const date = berlinMoment(Number(match[3]), Number(match[2]), Number(match[1]), hour, minute);
      if (date) return { value: date.toISOString() };
    }
    return { error: `„${text}“ ist kein Zeitpunkt. Schreiben Sie TT.MM.JJJJ HH:MM, zum Beispiel 01.03.2027 18:00.` };
  };
const money: Cell = (text) => {
  const match = /^(\d{1,6})(?:,(\d{2}))?\s*€?$/.exec(text);
  return match
    ? { value: Number(match[1]) * 100 + Number(match[2] ?? 0) }
    : { error: `„${text}“ ist kein Betrag. Schreiben Sie Euro mit Komma, zum Beispiel 89,00.` };
};
const whole: Cell = (text) => (/^\d{1,3}$/.test(text) ? { value: Number(text) } : { error: `„${text}“ ist keine ganze Zahl.` });
const choice =
  (values: Record<string, string>, hint: string): Cell =>
  (text) => {
    const value = values[text.toLowerCase()];
    return value === undefined ? { error: `„${text}“ ist nicht vorgesehen. Möglich: ${hint}.` } : { value };
  };
const PARSERS: Partial<Record<Field, Cell>> = {
  format: choice({ präsenz: 'in_person', online: 'online', hybrid: 'hybrid', in_person: 'in_person' }, 'Präsenz, Online, Hybrid'),
  feeCents: money,
  reducedFeeCents: money,
  minParticipants: whole,
  maxParticipants: whole,
  bookingOpensAt: moment([0, 0]),
  bookingClosesAt: moment([23, 59]),
  cancellableUntil: moment([23, 59]),
  startsAt: moment(undefined),
  endsAt: moment(undefined),
  state: choice({ entwurf: 'draft', veröffentlicht: 'published', draft: 'draft', published: 'published' }, 'Entwurf, Veröffentlicht'),
  cancelled: (text) => (/^(ja|nein)$/i.test(text) ? { value: text.toLowerCase() === 'ja' } : { error: `„${text}“ ist nicht vorgesehen. Möglich: ja, nein.` }),
};

interface CourseRows {
  raw: Record<string, unknown> & { sessions: Array<Record<string, unknown>> };
  firstLine: number;
  sessionLines: number[];
}

/** Reads a programme CSV (`;` or `,` separated, UTF-8, header row first). */
export function readProgrammeCsv(text: string): ReadResult {
  const source = text.replace(/^\uFEFF/, '');
  const headerLine = source.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (headerLine.match(/;/g)?.length ?? 0) >= (headerLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let rows: Array<{ record: string[]; info: { lines: number } }>;
  try {
    rows = parse(source, { delimiter, info: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as unknown as typeof rows;
  } catch (error) {
    return { ok: false, problems: [`Datei: Die CSV-Datei lässt sich nicht lesen (${error instanceof Error ? error.message : 'unlesbar'}).`] };
  }
  const [header, ...body] = rows;
  if (!header) return { ok: false, problems: ['Datei: Die CSV-Datei ist leer.'] };
  const columnOf = new Map<Field, number>();
  const notes: string[] = [];
  const ignored: string[] = [];
  const sepa: string[] = [];
  header.record.forEach((name, index) => {
    const field = (Object.keys(CSV_COLUMNS) as Field[]).find((key) => CSV_COLUMNS[key].toLowerCase() === name.toLowerCase());
    if (field) columnOf.set(field, index);
    else if (isSepaName(name)) sepa.push(name);
    else if (name) ignored.push(name);
  });
  const missing = REQUIRED.filter((field) => !columnOf.has(field));
  if (missing.length > 0) return { ok: false, problems: [`Zeile 1: Es fehlen die Spalten ${missing.map((field) => CSV_COLUMNS[field]).join(', ')}.`] };
  if (sepa.length > 0) notes.push(`Bankdaten nicht übernommen (bleiben im Verwaltungssystem): Spalten ${sepa.join(', ')}.`);
  if (ignored.length > 0) notes.push(`Nicht vorgesehene Spalten übergangen: ${ignored.join(', ')}.`);

  const problems: string[] = [];
  // A cell that could not be read is reported once, not again as a missing value by the schema.
  const unreadable = new Set<string>();
  const courses = new Map<string, CourseRows>();
  for (const { record, info } of body) {
    const line = info.lines;
    const number = record[columnOf.get('number')!] ?? '';
    if (!number) {
      problems.push(`Zeile ${line}, Spalte ${CSV_COLUMNS.number}: Die Kursnummer fehlt.`);
      continue;
    }
    const known = courses.get(number);
    const entry: CourseRows = known ?? { raw: { sessions: [] }, firstLine: line, sessionLines: [] };
    const session: Record<string, unknown> = {};
    for (const [field, column] of columnOf) {
      if (known && !SESSION_FIELDS.has(field)) continue;
      const cell = record[column] ?? '';
      if (cell === '') continue;
      const parsed = PARSERS[field]?.(cell) ?? { value: cell };
      if ('error' in parsed) {
        unreadable.add(`Zeile ${line}, Spalte ${CSV_COLUMNS[field]}`);
        problems.push(`Zeile ${line}, Spalte ${CSV_COLUMNS[field]}: ${parsed.error}`);
      } else if (SESSION_FIELDS.has(field)) session[field] = parsed.value;
      else entry.raw[field] = parsed.value;
    }
    entry.raw.sessions.push(session);
    entry.sessionLines.push(line);
    courses.set(number, entry);
  }

  const file: ProgrammeFile = { format: PROGRAMME_FORMAT, areas: [], places: [], courses: [] };
  const entries = [...courses.values()];
  const locate = (courseIndex: number, field: string): string => {
    const entry = entries[courseIndex]!;
    const [first, index, sessionField] = field.split('.');
    if (first === 'sessions' && index !== undefined) {
      return `Zeile ${entry.sessionLines[Number(index)] ?? entry.firstLine}, Spalte ${CSV_COLUMNS[(sessionField ?? 'startsAt') as Field] ?? sessionField}`;
    }
    return `Zeile ${entry.firstLine}, Spalte ${CSV_COLUMNS[first as Field] ?? first}`;
  };
  entries.forEach((entry, index) => {
    const result = programmeCourseSchema.safeParse(entry.raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const place = locate(index, issue.path.map(String).join('.'));
        if (!unreadable.has(place)) problems.push(`${place}: ${issue.message.startsWith('Invalid input') ? 'Der Wert fehlt.' : issue.message}`);
      }
      return;
    }
    for (const problem of courseRuleProblems(result.data)) problems.push(`${locate(index, problem.field)}: ${problem.message}`);
    file.courses.push(result.data);
  });
  if (problems.length > 0) return { ok: false, problems: sortByLine(problems) };
  return { ok: true, file, notes, locate };
}

const lineOf = (problem: string) => Number(/^Zeile (\d+)/.exec(problem)?.[1] ?? 0);
function sortByLine(problems: string[]): string[] {
  return [...problems].sort((a, b) => lineOf(a) - lineOf(b));
}
