import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { EventSource, PublicEvent } from '../../kernel/module';
import { VHS_PATHS } from './paths';
import { vhsCourses, vhsPlaces, vhsSessions } from './tables';

/**
 * The course sessions for the education calendar (ADR 18): every session of a published or
 * cancelled course (a draft is not public), cancelled ones marked. The place is the building and
 * room as on the course page; webinars have none.
 */
export const vhsEventSource: EventSource = {
  area: 'Volkshochschule',
  href: VHS_PATHS.catalogue,
  description: 'Kurse, Vorträge und Webinare: suchen, Termine ansehen und online anmelden.',
  tables: ['vhs_sessions', 'vhs_courses', 'vhs_places'],
  list: async ({ from, to, limit }, { db }) => {
    const rows = await db
      // Only what the calendar shows: a course's texts and search vector would be read for nothing.
      .select({
        session: {
          id: vhsSessions.id,
          startsAt: vhsSessions.startsAt,
          endsAt: vhsSessions.endsAt,
          cancelled: vhsSessions.cancelled,
          sequence: vhsSessions.sequence,
        },
        course: {
          title: vhsCourses.title,
          slug: vhsCourses.slug,
          state: vhsCourses.state,
          format: vhsCourses.format,
          room: vhsCourses.room,
          audience: vhsCourses.audience,
        },
        placeName: vhsPlaces.name,
      })
      .from(vhsSessions)
      .innerJoin(vhsCourses, eq(vhsCourses.id, vhsSessions.courseId))
      .leftJoin(vhsPlaces, eq(vhsPlaces.id, vhsCourses.placeId))
      .where(and(gte(vhsSessions.startsAt, from), lt(vhsSessions.startsAt, to), inArray(vhsCourses.state, ['published', 'cancelled'])))
      .orderBy(asc(vhsSessions.startsAt), asc(vhsSessions.id))
      .limit(limit);
    return rows.map(({ session, course, placeName }): PublicEvent => {
      const courseCancelled = course.state === 'cancelled';
      return {
        // The same UID as in the course's own iCal file (course-calendar.ts): a calendar that has both keeps one entry.
        id: `vhs-termin-${session.id}`,
        title: course.title,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        place: course.format === 'online' || !placeName ? null : [placeName, course.room].filter(Boolean).join(', '),
        online: course.format !== 'in_person',
        audience: course.audience,
        href: VHS_PATHS.course(course.slug),
        cancelled: session.cancelled || courseCancelled,
        // As in the course's own iCal file: a cancelled course is one more revision of each session.
        sequence: session.sequence + (courseCancelled && !session.cancelled ? 1 : 0),
      };
    });
  },
};
