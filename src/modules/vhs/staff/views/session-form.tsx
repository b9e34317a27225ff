import type { FieldErrors } from '../../../../kernel/http';
import { Button, ErrorSummary, Form, InsetText, TextField } from '../../../../kernel/views';
import { VHS_STAFF_PATHS } from '../../paths';
import type { StaffCourse } from '../use-cases/show-courses';
import { dayAndTime, sessionSpan } from './labels';

interface SessionPageProps {
  course: StaffCourse;
  session: StaffCourse['sessions'][number];
  errors?: FieldErrors;
  values?: Record<string, string>;
}

/** Change a session's time and note, or cancel it (each a form of its own). */
export function SessionPage({ course: found, session, errors, values }: SessionPageProps) {
  const { course } = found;
  const start = dayAndTime(session.startsAt);
  const end = dayAndTime(session.endsAt);
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Termin ändern</h1>
      <p>
        {course.number} {course.title}: {sessionSpan(session.startsAt, session.endsAt)}
      </p>
      {session.attended > 0 && <InsetText>Für diesen Termin ist Anwesenheit erfasst: er hat stattgefunden und lässt sich nicht mehr verschieben.</InsetText>}
      <Form action={VHS_STAFF_PATHS.session(course.id, session.id)}>
        <TextField name="day" label="Tag" hint="TT.MM.JJJJ, zum Beispiel 04.03.2027" width="medium" value={values?.day ?? start.day} error={errors?.day} />
        <TextField name="from" label="Beginn" hint="HH:MM" width="short" value={values?.from ?? start.time} error={errors?.from} />
        <TextField name="to" label="Ende" hint="HH:MM" width="short" value={values?.to ?? end.time} error={errors?.to} />
        <TextField name="note" label="Hinweis für Teilnehmende (freiwillig)" value={values?.note ?? session.note} error={errors?.note} />
        <p>Wenn Sie Tag oder Uhrzeit ändern, bekommen alle gebuchten Teilnehmenden eine E-Mail mit der neuen Zeit und der Kalenderdatei.</p>
        <Button>Termin speichern</Button>
      </Form>
      {session.cancelled ? (
        <p>Dieser Termin ist abgesagt.</p>
      ) : (
        <Form action={VHS_STAFF_PATHS.cancelSession(course.id, session.id)}>
          <h2>Termin absagen</h2>
          <p>
            Der Termin bleibt im Kurs sichtbar, als abgesagt markiert; Kalender erhalten die Absage. Alle gebuchten Teilnehmenden bekommen eine E-Mail mit dem
            Grund.
          </p>
          <TextField name="reason" label="Grund (freiwillig, für Teilnehmende sichtbar)" error={errors?.reason} />
          <Button variant="danger">Termin absagen</Button>
        </Form>
      )}
      <p>
        <a href={VHS_STAFF_PATHS.course(course.id)}>Zurück zum Kurs</a>
      </p>
    </>
  );
}
