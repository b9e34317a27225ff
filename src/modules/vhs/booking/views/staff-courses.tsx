import { formatDate, StatusTag, Table } from '../../../../kernel/views';
import type { CourseCounts } from '../staff-repository';
import { BOOKING_PATHS } from '../paths';

/** The participants section's start: each course with its seats and waitlist. */
export function StaffCoursesPage({ courses }: { courses: CourseCounts[] }) {
  return (
    <>
      <h1>Teilnehmende</h1>
      <p class="lead">Teilnehmerlisten, Wartelisten, Anwesenheit und Kursabsagen je Kurs.</p>
      <Table
        caption="Kurse"
        empty="Es gibt noch keine veröffentlichten Kurse."
        rows={courses}
        columns={[
          { header: 'Kurs', cell: (course) => <a href={BOOKING_PATHS.staffCourse(course.id)}>{course.title}</a> },
          { header: 'Kursnummer', cell: (course) => course.number },
          { header: 'Beginn', cell: (course) => formatDate(course.startsAt) },
          { header: 'Belegt', numeric: true, cell: (course) => `${course.seatsTaken} von ${course.maxParticipants}` },
          { header: 'Warteliste', numeric: true, cell: (course) => String(course.waitlisted) },
          { header: 'Ermäßigungen offen', numeric: true, cell: (course) => String(course.reductionsRequested) },
          {
            header: 'Stand',
            cell: (course) =>
              course.state === 'cancelled' ? <StatusTag kind="warning">Abgesagt</StatusTag> : <StatusTag kind="success">Veröffentlicht</StatusTag>,
          },
        ]}
      />
    </>
  );
}
