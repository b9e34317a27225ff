import type { ComponentChildren } from 'preact';
import { formatDate, formatDateTime, formatMoney, NotificationBanner, StatusTag, SummaryList, Table, type SummaryRow } from '../../../kernel/views';
import { VHS_PATHS, WEBINAR_PATHS } from '../paths';
import { catalogueHref, feeText, FORMAT_LABELS, sessionDay, sessionTimes } from '../presenters';
import type { CourseDetail } from '../repository';
import type { VhsPlace, VhsSession } from '../tables';
import { BookingSection } from './booking-facts';

export interface CoursePageProps {
  detail: CourseDetail;
  now: Date;
  /** The booking part's "Buchen" form; the page shows the booking facts with or without it. */
  bookingPanel?: ComponentChildren;
}

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((paragraph) => (
        <p>{paragraph}</p>
      ))}
    </>
  );
}

function feesText({ feeCents, reducedFeeCents }: CourseDetail['course']): string {
  return reducedFeeCents === null || feeCents === 0 ? feeText(feeCents) : `${formatMoney(feeCents)}, ermäßigt ${formatMoney(reducedFeeCents)}`;
}

function PlaceText({ place, room }: { place: VhsPlace; room: string }) {
  return (
    <>
      {place.name}
      {room ? `, ${room}` : ''}
      <br />
      {place.street}, {place.postcode} {place.city}
      <br />
      {place.stepFree ? 'Stufenlos erreichbar.' : 'Nicht stufenlos erreichbar.'}
    </>
  );
}

/** One course: what it is, when and where it meets, who teaches, what it costs, the deadlines, and its sessions. */
export function CoursePage({ detail, now, bookingPanel }: CoursePageProps) {
  const { course, area, place, sessions } = detail;
  const rows: SummaryRow[] = [
    { key: 'Kursnummer', value: course.number },
    { key: 'Programmbereich', value: <a href={catalogueHref({ bereich: area.id })}>{area.name}</a> },
    { key: 'Kursform', value: FORMAT_LABELS[course.format] },
    {
      key: 'Zeitraum',
      value: `${formatDate(course.startsAt)} bis ${formatDate(course.endsAt)}, ${sessions.length === 1 ? '1 Termin' : `${sessions.length} Termine`}`,
    },
    { key: 'Kursort', value: place ? <PlaceText place={place} room={course.room} /> : 'Online, den Zugang erhalten Sie nach der Anmeldung.' },
    { key: 'Kursleitung', value: course.instructor },
    { key: 'Für wen', value: course.audience },
    { key: 'Gebühr', value: feesText(course) },
    ...(course.reducedFeeCents !== null && course.reductionRule ? [{ key: 'Ermäßigung', value: course.reductionRule }] : []),
    { key: 'Teilnehmende', value: `mindestens ${course.minParticipants}, höchstens ${course.maxParticipants}` },
    { key: 'Anmeldeschluss', value: formatDateTime(course.bookingClosesAt) },
    { key: 'Rücktritt möglich bis', value: formatDateTime(course.cancellableUntil) },
  ];
  return (
    <>
      <h1>{course.title}</h1>
      <p class="lead">{course.summary}</p>
      {course.state === 'cancelled' && (
        <NotificationBanner kind="warning" title="Dieser Kurs ist abgesagt">
          <p>{course.cancellationReason}</p>
        </NotificationBanner>
      )}
      <SummaryList rows={rows} />
      <BookingSection course={course} now={now} bookingPanel={bookingPanel} />
      <h2>Beschreibung</h2>
      <Paragraphs text={course.description} />
      <Sessions sessions={sessions} />
      <p>
        <a href={VHS_PATHS.courseCalendar(course.slug)}>Alle Termine in Ihren Kalender übernehmen (iCal)</a>
      </p>
      {course.format !== 'in_person' && (
        <p>
          <a href={WEBINAR_PATHS.onlineAccess(course.slug)}>Zum Online-Raum</a> – für Angemeldete ab 15 Minuten vor jedem Termin.
        </p>
      )}
      {place?.directions && (
        <>
          <h2>Anfahrt</h2>
          <p>{place.directions}</p>
        </>
      )}
    </>
  );
}

function Sessions({ sessions }: { sessions: VhsSession[] }) {
  return (
    <>
      <h2>Termine</h2>
      <Table
        caption="Alle Termine des Kurses"
        rows={sessions}
        empty="Die Termine stehen noch nicht fest."
        columns={[
          { header: 'Tag', cell: (session) => (session.cancelled ? <del>{sessionDay(session.startsAt)}</del> : sessionDay(session.startsAt)) },
          { header: 'Uhrzeit', cell: (session) => sessionTimes(session.startsAt, session.endsAt) },
          {
            header: 'Hinweis',
            cell: (session) => (
              <>
                {session.cancelled && <StatusTag kind="danger">Fällt aus</StatusTag>} {session.note}
              </>
            ),
          },
        ]}
      />
    </>
  );
}
