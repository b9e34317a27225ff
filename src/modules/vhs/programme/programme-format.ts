import { z } from 'zod';
import { COURSE_FORMATS } from '../tables/catalogue';

/** The format tag every programme file carries (programme.schema.json documents the whole file). */
export const PROGRAMME_FORMAT = 'stadtportal-vhs-programm/1';

const id = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Nur Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel sprachen.');
const required = (what: string) =>
  z
    .string({ error: `${what} fehlt.` })
    .trim()
    .min(1, `${what} fehlt.`);
const moment = (what: string) =>
  z.iso.datetime({ offset: true, error: `${what}: Geben Sie Datum und Uhrzeit nach ISO 8601 mit Zeitzone an, zum Beispiel 2027-03-01T18:00:00+01:00.` });
const cents = (what: string) =>
  z
    .number({ error: `${what}: Geben Sie den Betrag in Cent als ganze Zahl an.` })
    .int(`${what}: Geben Sie den Betrag in Cent als ganze Zahl an.`)
    .min(0, `${what} darf nicht negativ sein.`);
const count = (what: string) =>
  z
    .number({ error: `${what}: Geben Sie eine ganze Zahl an.` })
    .int(`${what}: Geben Sie eine ganze Zahl an.`)
    .min(1, `${what} muss mindestens 1 sein.`)
    .max(999, `${what} darf höchstens 999 sein.`);

const sessionSchema = z.object({
  startsAt: moment('Beginn'),
  endsAt: moment('Ende'),
  cancelled: z.boolean().default(false),
  note: z.string().trim().max(500).default(''),
});

export const programmeCourseSchema = z.object({
  number: required('Die Kursnummer').max(40),
  slug: id.optional(),
  term: required('Das Semester'),
  area: id,
  title: required('Der Titel').max(200),
  summary: required('Der Kurztext').max(500),
  description: z.string().trim().max(20_000).default(''),
  format: z.enum(COURSE_FORMATS, { error: 'Das Format ist in_person, online oder hybrid.' }),
  place: id.nullable().default(null),
  room: z.string().trim().max(100).default(''),
  instructor: required('Die Kursleitung').max(200),
  audience: z.string().trim().min(1).max(200).default('Erwachsene'),
  feeCents: cents('Die Gebühr'),
  reducedFeeCents: cents('Die ermäßigte Gebühr').nullable().default(null),
  reductionRule: z.string().trim().max(1000).default(''),
  minParticipants: count('Die Mindestzahl'),
  maxParticipants: count('Die Höchstzahl'),
  bookingOpensAt: moment('Anmeldung ab').nullable().default(null),
  bookingClosesAt: moment('Anmeldeschluss'),
  cancellableUntil: moment('Rücktritt bis'),
  state: z.enum(['draft', 'published'], { error: 'Der Status ist draft (Entwurf) oder published (veröffentlicht).' }).default('draft'),
  sessions: z.array(sessionSchema).min(1, 'Ein Kurs braucht mindestens einen Termin.').max(200),
});

export const programmeAreaSchema = z.object({
  id,
  name: required('Der Name'),
  summary: z.string().trim().default(''),
  position: z.number().int().min(0).max(999),
});

export const programmePlaceSchema = z.object({
  id,
  name: required('Der Name'),
  street: required('Die Straße'),
  postcode: z
    .string()
    .trim()
    .regex(/^\d{5}$/, 'Die Postleitzahl hat fünf Ziffern.'),
  city: required('Der Ort'),
  stepFree: z.boolean().default(false),
  directions: z.string().trim().default(''),
});

export const programmeFileSchema = z.object({
  format: z.literal(PROGRAMME_FORMAT, { error: `Die Datei muss "format": "${PROGRAMME_FORMAT}" angeben.` }),
  areas: z.array(programmeAreaSchema).default([]),
  places: z.array(programmePlaceSchema).default([]),
  courses: z.array(programmeCourseSchema).max(5000),
});

export type ProgrammeFile = z.output<typeof programmeFileSchema>;
export type ProgrammeCourse = z.output<typeof programmeCourseSchema>;
export type ProgrammeSession = ProgrammeCourse['sessions'][number];

/**
 * Rules across fields of one course, which the schema cannot say; each problem names its field as
 * the file spells it (`maxParticipants`, `sessions.2.endsAt`), and the file's reader turns that into
 * "Zeile 12, Spalte Ende" or "Kurs 3 (271-30105), Feld sessions.2.endsAt".
 */
export function courseRuleProblems(course: ProgrammeCourse): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  if (course.minParticipants > course.maxParticipants) problems.push({ field: 'minParticipants', message: 'Die Mindestzahl ist größer als die Höchstzahl.' });
  if (course.reducedFeeCents !== null && course.reducedFeeCents > course.feeCents) {
    problems.push({ field: 'reducedFeeCents', message: 'Die ermäßigte Gebühr ist höher als die Gebühr.' });
  }
  if (course.format !== 'online' && !course.place) problems.push({ field: 'place', message: 'Ein Kurs in Präsenz oder hybrid braucht einen Ort.' });
  const starts = new Set<number>();
  course.sessions.forEach((session, index) => {
    if (Date.parse(session.endsAt) <= Date.parse(session.startsAt)) {
      problems.push({ field: `sessions.${index}.endsAt`, message: 'Das Ende liegt nicht nach dem Beginn.' });
    }
    // A session is known by its start (session-plan.ts): two at one moment would be one.
    if (starts.has(Date.parse(session.startsAt))) {
      problems.push({ field: `sessions.${index}.startsAt`, message: 'Zu dieser Zeit beginnt schon ein anderer Termin des Kurses.' });
    }
    starts.add(Date.parse(session.startsAt));
  });
  return problems;
}

/** The course fields with the same name and value in the file and in `vhs_courses` (the rest are renamed or converted). */
const SAME_NAMED_FIELDS = [
  'term',
  'title',
  'summary',
  'description',
  'format',
  'room',
  'instructor',
  'audience',
  'feeCents',
  'reducedFeeCents',
  'reductionRule',
  'minParticipants',
  'maxParticipants',
] as const;
type SameNamed = (typeof SAME_NAMED_FIELDS)[number];

/** Those fields of a course, from the file's course or from its row. */
export function sameNamedFields<T extends Pick<ProgrammeCourse, SameNamed>>(source: T): Pick<ProgrammeCourse, SameNamed> {
  return Object.fromEntries(SAME_NAMED_FIELDS.map((field) => [field, source[field]])) as Pick<ProgrammeCourse, SameNamed>;
}
