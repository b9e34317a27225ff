import { z } from 'zod';
import { optionalText, text } from '../../../../kernel/http';
import { berlinMoment } from '../../../../kernel/time';
import { flag, idList, optionalTime, requiredDay } from '../entry/fields';
import { checkCoordinates, placeFields } from '../entry/place';

/** OParl's values of Meeting.meetingState. */
export const MEETING_STATES = ['terminiert', 'eingeladen', 'durchgeführt'] as const;

/** A meeting as staff enter it: Gremien, name, day and times (Berlin), place, state. */
export const meetingSchema = z
  .object({
    organizationIds: idList().refine((ids) => ids.length > 0, { error: 'Wählen Sie mindestens ein Gremium aus.' }),
    name: text('den Namen der Sitzung', { max: 300 }),
    day: requiredDay('den Tag'),
    startTime: optionalTime('den Beginn').refine((value) => value !== null, { error: 'Geben Sie den Beginn als HH:MM an, zum Beispiel 17:00.' }),
    endTime: optionalTime('das Ende'),
    meetingState: z.enum(MEETING_STATES, { error: 'Wählen Sie den Stand der Sitzung aus.' }),
    cancelled: flag(),
    ...placeFields,
  })
  .transform((value, context) => {
    const start = value.day && value.startTime ? berlinMoment(value.day, value.startTime) : undefined;
    const end = value.day && value.endTime ? berlinMoment(value.day, value.endTime) : undefined;
    if (value.day && value.startTime && !start) {
      context.addIssue({ code: 'custom', path: ['startTime'], message: 'Diese Uhrzeit gibt es an dem Tag nicht (Zeitumstellung).' });
    }
    if (start && end && end <= start) context.addIssue({ code: 'custom', path: ['endTime'], message: 'Das Ende muss nach dem Beginn liegen.' });
    checkCoordinates(value, context);
    return { ...value, start: start ?? new Date(0), end: end ?? null };
  });

/** An agenda item; `paperReference` links it to a paper by its Drucksachennummer (the Consultation). */
export const agendaItemSchema = z.object({
  number: optionalText('Die Nummer', 20),
  name: text('den Gegenstand', { max: 500 }),
  nonPublic: flag(),
  paperReference: optionalText('Die Drucksachennummer', 60),
  result: optionalText('Das Ergebnis', 200),
  resolutionText: optionalText('Der Beschlusstext', 20_000),
});

export const moveSchema = z.object({ direction: z.enum(['hoch', 'runter'], { error: 'Wählen Sie die Richtung.' }) });
