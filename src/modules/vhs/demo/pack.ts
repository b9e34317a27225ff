import { z } from 'zod';
import { COURSE_FORMATS } from '../tables';

const text = z.string().trim().min(1);
const id = z.string().regex(/^[a-z0-9-]{1,64}$/, 'muss eine Kennung wie sprachen sein');
const cents = z.number().int().min(0);

const areaSchema = z.object({ id, name: text, summary: z.string().default('') });

const placeSchema = z.object({
  id,
  name: text,
  street: text,
  postcode: z.string().regex(/^\d{5}$/, 'muss eine fünfstellige Postleitzahl sein'),
  city: text,
  stepFree: z.boolean(),
  directions: z.string().default(''),
});

/**
 * One course of the demo semester. Dates are relative to the seeding day (`startInDays`, local
 * `time`), so the demo programme is always current: sessions every `everyDays` days from then on.
 */
const courseSchema = z.object({
  number: text,
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'muss ein Kurzname wie englisch-a1-abends sein'),
  area: id,
  title: text,
  summary: text,
  description: text,
  format: z.enum(COURSE_FORMATS),
  place: id.optional(),
  room: z.string().default(''),
  instructor: text,
  audience: text.default('Erwachsene'),
  feeCents: cents,
  reducedFeeCents: cents.optional(),
  minParticipants: z.number().int().min(1),
  maxParticipants: z.number().int().min(1).max(500),
  seatsTaken: z.number().int().min(0).default(0),
  startInDays: z.number().int().min(-60).max(365),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'muss eine Uhrzeit wie 18:30 sein'),
  minutes: z.number().int().min(15).max(600),
  sessions: z.number().int().min(1).max(60),
  everyDays: z.number().int().min(1).max(60).default(7),
  /** Sessions (counted from 1) that do not take place, e.g. in the holidays. */
  cancelledSessions: z.array(z.number().int().min(1)).default([]),
  /** Registration opens this many days after the seeding day (a "registration day"); without it, at once. */
  bookingOpensInDays: z.number().int().min(0).max(365).optional(),
  cancellationReason: text.optional(),
});

/** `vhs.json` of a demo pack: the Programmbereiche, the places and one semester of courses. */
export const vhsPackSchema = z
  .object({
    /** The reduction rule of every course with a reduced fee (VHS fee regulations name one for all). */
    reductionRule: text,
    areas: z.array(areaSchema).min(1),
    places: z.array(placeSchema).min(1),
    courses: z.array(courseSchema).min(1),
  })
  .superRefine((pack, ctx) => {
    const areas = new Set(pack.areas.map((area) => area.id));
    const places = new Set(pack.places.map((place) => place.id));
    const seen = { number: new Set<string>(), slug: new Set<string>() };
    pack.courses.forEach((course, index) => {
      const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: ['courses', index, path], message });
      if (!areas.has(course.area)) problem('area', `names no area of this file (${[...areas].join(', ')})`);
      if (course.place && !places.has(course.place)) problem('place', `names no place of this file (${[...places].join(', ')})`);
      if (course.format !== 'online' && !course.place) problem('place', 'a course that meets in a room needs a place');
      if (course.minParticipants > course.maxParticipants) problem('minParticipants', 'darf nicht größer als maxParticipants sein');
      if (course.seatsTaken > course.maxParticipants) problem('seatsTaken', 'darf nicht größer als maxParticipants sein');
      if (course.reducedFeeCents !== undefined && course.reducedFeeCents > course.feeCents) problem('reducedFeeCents', 'darf nicht größer als feeCents sein');
      if (course.cancelledSessions.some((session) => session > course.sessions)) problem('cancelledSessions', 'names a session the course does not have');
      for (const key of ['number', 'slug'] as const) {
        if (seen[key].has(course[key])) problem(key, `${course[key]} appears twice`);
        seen[key].add(course[key]);
      }
    });
  });

export type VhsPack = z.infer<typeof vhsPackSchema>;
export type VhsPackCourse = VhsPack['courses'][number];
