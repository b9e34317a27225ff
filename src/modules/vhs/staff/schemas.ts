import { z } from 'zod';
import { optionalText } from '../../../kernel/http';
import { berlinMoment } from '../programme/berlin-time';
import { COURSE_STATES } from '../tables/catalogue';

const optionalQuery = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .catch(undefined)
    .transform((value) => value || undefined);

/** The course list's query string; anything odd is ignored rather than refused (a list always answers). */
export const courseListQuerySchema = z.object({
  q: optionalQuery(200),
  semester: optionalQuery(20),
  bereich: optionalQuery(60),
  status: z.enum(COURSE_STATES).optional().catch(undefined),
  seite: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type CourseListQuery = z.output<typeof courseListQuerySchema>;

const DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const TIME = /^(\d{1,2}):(\d{2})$/;

/** A session's new time: day as TT.MM.JJJJ and the two times as HH:MM, in Berlin. */
export const sessionTimeSchema = z
  .object({
    day: z.string({ error: 'Geben Sie den Tag an.' }).trim().regex(DAY, 'Geben Sie den Tag als TT.MM.JJJJ an, zum Beispiel 04.03.2027.'),
    from: z.string({ error: 'Geben Sie den Beginn an.' }).trim().regex(TIME, 'Geben Sie den Beginn als HH:MM an, zum Beispiel 18:00.'),
    to: z.string({ error: 'Geben Sie das Ende an.' }).trim().regex(TIME, 'Geben Sie das Ende als HH:MM an, zum Beispiel 19:30.'),
    note: optionalText('Der Hinweis', 500),
  })
  .transform((value, context) => {
    const [, d, m, y] = DAY.exec(value.day)!.map(Number);
    const at = (time: string) => {
      const [, hour, minute] = TIME.exec(time)!.map(Number);
      return berlinMoment(y!, m!, d!, hour!, minute!);
    };
    const startsAt = at(value.from);
    const endsAt = at(value.to);
    if (!startsAt) context.addIssue({ code: 'custom', path: ['day'], message: 'Diesen Tag oder Beginn gibt es nicht. Geben Sie ein echtes Datum an.' });
    else if (!endsAt) context.addIssue({ code: 'custom', path: ['to'], message: 'Geben Sie ein Ende zwischen 00:00 und 23:59 an.' });
    else if (endsAt <= startsAt) context.addIssue({ code: 'custom', path: ['to'], message: 'Das Ende muss nach dem Beginn liegen.' });
    return { startsAt: startsAt!, endsAt: endsAt!, note: value.note ?? '' };
  });

export const cancelSessionSchema = z.object({ reason: optionalText('Der Grund', 500) });
