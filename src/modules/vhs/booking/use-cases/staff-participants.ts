import { loadAuthorized, requireSection, type Actor } from '../../../../kernel/auth';
import { csvText, type CsvFormat } from '../../../../kernel/csv';
import type { ModuleDeps } from '../../../../kernel/module';
import { mayManageVhs } from '../../policies';
import type { VhsBooking, VhsCourse, VhsSession } from '../../tables';
import { findCourse } from '../repository';
import { courseAttendance, courseBookings, courseSessions, coursesWithCounts, type CourseCounts } from '../staff-repository';

export interface CourseParticipants {
  course: VhsCourse;
  booked: VhsBooking[];
  waitlisted: VhsBooking[];
  ended: VhsBooking[];
  sessions: VhsSession[];
  attendance: Set<string>;
}

/** The participants section's start: every course with its seats and waitlist. */
export async function listCoursesForStaff(actor: Actor, deps: Pick<ModuleDeps, 'db'>): Promise<CourseCounts[]> {
  requireSection(actor, mayManageVhs);
  return coursesWithCounts(deps.db);
}

/** One course's participants (in order of registration), its waitlist, ended bookings, sessions and attendance. */
export async function showCourseParticipants(actor: Actor, input: { courseId: string }, deps: Pick<ModuleDeps, 'db'>): Promise<CourseParticipants> {
  requireSection(actor, mayManageVhs);
  const course = await loadAuthorized(actor, () => findCourse(deps.db, input.courseId), mayManageVhs, 'Der Kurs');
  const [bookings, sessions, attendance] = await Promise.all([
    courseBookings(deps.db, course.id),
    courseSessions(deps.db, course.id),
    courseAttendance(deps.db, course.id),
  ]);
  return {
    course,
    booked: bookings.filter((booking) => booking.state === 'booked'),
    waitlisted: bookings.filter((booking) => booking.state === 'waitlisted'),
    ended: bookings.filter((booking) => booking.state === 'cancelled' || booking.state === 'course_cancelled'),
    sessions,
    attendance,
  };
}

const CSV_HEADER = ['Buchungsnummer', 'Teilnehmer/in', 'Geburtsdatum (Kinder)', 'Stand', 'Gebühr (EUR)', 'Ermäßigung', 'Gebucht am'];
const STATE = { booked: 'gebucht', waitlisted: 'Warteliste', cancelled: 'storniert', course_cancelled: 'Kurs abgesagt' } as const;

/**
 * Semicolons and a byte order mark, as spreadsheet programs in Germany expect: staff open the list in
 * one. Formulas defused: names are typed by the people who book; the fee (decimal comma) is never negative.
 */
const PARTICIPANTS_CSV: CsvFormat = { separator: ';', bom: true, defuseFormulas: true };

/** The participants list as CSV, in order of registration, the waitlist after the seats. */
export function participantsCsv(list: CourseParticipants): string {
  const rows = [...list.booked, ...list.waitlisted].map((booking) => [
    booking.reference,
    booking.participantName,
    booking.participantBirthDate ?? '',
    STATE[booking.state],
    (booking.feeCents / 100).toFixed(2).replace('.', ','),
    booking.reduction === 'granted' ? 'ja' : 'nein',
    booking.createdAt.toISOString().slice(0, 10),
  ]);
  return csvText(CSV_HEADER, rows, PARTICIPANTS_CSV);
}
