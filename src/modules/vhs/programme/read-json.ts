import type { z } from 'zod';
import { courseRuleProblems, programmeFileSchema, type ProgrammeFile } from './programme-format';
import { withoutSepaKeys } from './sepa';

/**
 * A read file, or every problem in it. `locate` names the place of a course's field in the file's
 * own terms ("Zeile 12, Spalte Beginn" or "Kurs 3 (271-30105), Feld area"), for the checks against
 * the database that come after reading.
 */
export type ReadResult =
  { ok: true; file: ProgrammeFile; notes: string[]; locate: (courseIndex: number, field: string) => string } | { ok: false; problems: string[] };

const pathOf = (field: string): Array<string | number> => field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/** "Kurs 3 (271-30105), Termin 2, Feld endsAt" for a path into the file. */
function where(raw: unknown, path: ReadonlyArray<PropertyKey>): string {
  const [list, index, ...rest] = path;
  if (list === 'courses' && typeof index === 'number') {
    const number = (raw as { courses?: Array<{ number?: unknown }> }).courses?.[index]?.number;
    const course = `Kurs ${index + 1}${typeof number === 'string' && number.trim() ? ` (${number.trim()})` : ''}`;
    if (rest[0] === 'sessions' && typeof rest[1] === 'number') {
      return `${course}, Termin ${rest[1] + 1}${rest[2] !== undefined ? `, Feld ${String(rest[2])}` : ''}`;
    }
    return rest.length > 0 ? `${course}, Feld ${rest.map(String).join('.')}` : course;
  }
  if ((list === 'areas' || list === 'places') && typeof index === 'number') {
    return `${list === 'areas' ? 'Programmbereich' : 'Ort'} ${index + 1}${rest.length > 0 ? `, Feld ${rest.map(String).join('.')}` : ''}`;
  }
  return path.length > 0 ? `Feld ${path.map(String).join('.')}` : 'Datei';
}

function message(issue: z.core.$ZodIssue): string {
  return issue.message.startsWith('Invalid input') ? 'Der Wert fehlt oder hat die falsche Art (Text, Zahl, Liste).' : issue.message;
}

/** Reads a programme file in the JSON format (programme.schema.json); every problem at once, each with its place. */
export function readProgrammeJson(text: string): ReadResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problems: [`Datei: Das ist kein gültiges JSON (${error instanceof Error ? error.message : 'unlesbar'}).`] };
  }
  const { value, dropped } = withoutSepaKeys(parsed);
  const result = programmeFileSchema.safeParse(value);
  if (!result.success) return { ok: false, problems: result.error.issues.map((issue) => `${where(value, issue.path)}: ${message(issue)}`) };
  const problems = result.data.courses.flatMap((course, index) =>
    courseRuleProblems(course).map((problem) => `${where(value, ['courses', index, ...pathOf(problem.field)])}: ${problem.message}`),
  );
  if (problems.length > 0) return { ok: false, problems };
  const notes = dropped.size > 0 ? [`Bankdaten nicht übernommen (bleiben im Verwaltungssystem): ${[...dropped].sort().join(', ')}.`] : [];
  return { ok: true, file: result.data, notes, locate: (courseIndex, field) => where(value, ['courses', courseIndex, ...pathOf(field)]) };
}
