import { writeCalendar, type ICalEvent } from '../../kernel/ical';
import { VHS_PATHS } from './paths';
import type { CourseDetail } from './repository';

/**
 * The course's sessions as a published calendar (one VEVENT per session). UIDs are the sessions'
 * ids, stable across downloads; SEQUENCE is the session's revision, one higher for every session
 * of a cancelled course (the cancellation is a change each calendar must take over). Webinars name
 * the course page as their CONFERENCE: a public file never carries a participant's join link.
 */
export function courseCalendar({ course, place, sessions }: CourseDetail, options: { baseUrl: string; institution: string; now: Date }): string {
  const url = `${options.baseUrl}${VHS_PATHS.course(course.slug)}`;
  const host = new URL(options.baseUrl).host;
  const where = place ? [place.name, course.room, `${place.street}, ${place.postcode} ${place.city}`].filter(Boolean).join(', ') : 'Online';
  const cancelledCourse = course.state === 'cancelled';
  const description = [
    course.summary,
    `Kursnummer ${course.number}, Kursleitung: ${course.instructor}.`,
    cancelledCourse ? `Der Kurs ist abgesagt: ${course.cancellationReason ?? ''}` : '',
    course.format === 'in_person' ? '' : 'Den Zugang zum Online-Raum finden Sie nach der Anmeldung auf der Kursseite.',
    url,
  ].filter(Boolean);
  const events: ICalEvent[] = sessions.map((session) => ({
    uid: `vhs-termin-${session.id}@${host}`,
    start: session.startsAt,
    end: session.endsAt,
    summary: session.cancelled || cancelledCourse ? `Abgesagt: ${course.title}` : course.title,
    description: [session.note, ...description].filter(Boolean).join('\n\n'),
    location: where,
    url,
    sequence: session.sequence + (cancelledCourse && !session.cancelled ? 1 : 0),
    status: session.cancelled || cancelledCourse ? 'CANCELLED' : 'CONFIRMED',
    lastModified: course.updatedAt,
    ...(course.format === 'in_person' ? {} : { conferences: [{ uri: url, features: ['VIDEO'], label: 'Zugang über die Kursseite' }] }),
  }));
  return writeCalendar({
    prodId: `-//${options.institution}//Stadtportal//DE`,
    name: `${course.title} (${options.institution})`,
    url: `${options.baseUrl}${VHS_PATHS.courseCalendar(course.slug)}`,
    refreshMinutes: 720,
    stamp: options.now,
    events,
  });
}
