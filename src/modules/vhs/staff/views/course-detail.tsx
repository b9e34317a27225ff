import { Button, Form, formatDateTime, formatMoney, StatusTag, SummaryList, Table } from '../../../../kernel/views';
import { VHS_STAFF_PATHS } from '../../paths';
import type { StaffCourse } from '../use-cases/show-courses';
import { FORMAT_LABELS, sessionSpan, STATE_KINDS, STATE_LABELS } from './labels';

type Session = StaffCourse['sessions'][number];

/** One course for staff: its facts, publishing a draft, its sessions with a link to change each. */
export function CourseDetailPage({ course: found }: { course: StaffCourse }) {
  const { course, area, sessions } = found;
  return (
    <>
      <h1>
        {course.number} {course.title}
      </h1>
      <p>
        <StatusTag kind={STATE_KINDS[course.state]}>{STATE_LABELS[course.state]}</StatusTag>
      </p>
      {course.state === 'draft' && (
        <Form action={VHS_STAFF_PATHS.publish(course.id)}>
          <p>Der Kurs ist ein Entwurf und auf der Website noch nicht zu sehen.</p>
          <Button>Kurs veröffentlichen</Button>
        </Form>
      )}
      <SummaryList
        rows={[
          { key: 'Semester', value: course.term },
          { key: 'Programmbereich', value: area },
          { key: 'Format', value: FORMAT_LABELS[course.format] },
          { key: 'Kursleitung', value: course.instructor },
          { key: 'Plätze', value: `${course.seatsTaken} von ${course.maxParticipants} belegt (mindestens ${course.minParticipants})` },
          {
            key: 'Gebühr',
            value:
              course.reducedFeeCents === null
                ? formatMoney(course.feeCents)
                : `${formatMoney(course.feeCents)}, ermäßigt ${formatMoney(course.reducedFeeCents)}`,
          },
          { key: 'Anmeldeschluss', value: formatDateTime(course.bookingClosesAt) },
          { key: 'Rücktritt bis', value: formatDateTime(course.cancellableUntil) },
          ...(course.cancellationReason ? [{ key: 'Grund der Absage', value: course.cancellationReason }] : []),
        ]}
      />
      <p>
        <a href={VHS_STAFF_PATHS.participants(course.id)}>Teilnehmende, Warteliste und Anwesenheit</a>
      </p>
      <Table<Session>
        caption="Termine"
        rows={sessions}
        columns={[
          { header: 'Termin', cell: (session) => sessionSpan(session.startsAt, session.endsAt) },
          { header: 'Status', cell: (session) => (session.cancelled ? <StatusTag kind="warning">abgesagt</StatusTag> : 'findet statt') },
          { header: 'Hinweis', cell: (session) => session.note },
          { header: 'Anwesend', cell: (session) => session.attended, numeric: true },
          {
            header: 'Aktion',
            cell: (session) => (
              <a href={VHS_STAFF_PATHS.session(course.id, session.id)}>
                Termin ändern<span class="visually-hidden"> ({sessionSpan(session.startsAt, session.endsAt)})</span>
              </a>
            ),
          },
        ]}
      />
      <p>
        <a href={VHS_STAFF_PATHS.courses}>Zurück zu allen Kursen</a>
      </p>
    </>
  );
}
