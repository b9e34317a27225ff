import type { FieldErrors } from '../../../../kernel/http';
import { Button, ErrorMessage, ErrorSummary, Form, formatDateTime, InsetText, StatusTag } from '../../../../kernel/views';
import { VHS_PATHS, WEBINAR_PATHS } from '../../paths';
import type { OnlineAccess } from '../use-cases/show-online-access';

const time = (date: Date) => formatDateTime(date).split(', ')[1] ?? '';

/** What to do to take part: wait for the e-mail, wait for the room to open, or join now. */
function JoinBox({ access, errors }: { access: OnlineAccess; errors?: FieldErrors }) {
  const { room, seat } = access;
  if (room.kind === 'over') return <p>Alle Termine dieses Kurses sind vorbei. Der Online-Raum ist geschlossen.</p>;
  if (access.linkByMail) {
    return (
      <InsetText>
        <p>
          <strong>Zugangslink kommt per E-Mail.</strong> Die Volkshochschule schickt Ihnen den Link zum Online-Raum vor dem ersten Termin an die E-Mail-Adresse
          Ihres Kontos. Sie brauchen einen aktuellen Browser, Lautsprecher oder Kopfhörer und, wenn Sie sprechen möchten, ein Mikrofon.
        </p>
      </InsetText>
    );
  }
  if (room.kind === 'later') {
    return <p>Der Online-Raum öffnet 15 Minuten vor Beginn: am {formatDateTime(room.opensAt)}. Kommen Sie dann auf diese Seite zurück.</p>;
  }
  return (
    <Form action={WEBINAR_PATHS.join(seat.course.slug)}>
      <p id="join">
        Der Online-Raum ist offen. Der Termin läuft bis {time(room.session.endsAt)}. Sie nehmen als {seat.displayName} teil
        {seat.role === 'moderator' ? ' und leiten den Raum (Moderation)' : ''}.
      </p>
      <ErrorMessage name="join" error={errors?.join} />
      <Button>Jetzt teilnehmen</Button>
    </Form>
  );
}

/** The online room of a webinar: the sessions and how to join them. */
export function OnlineAccessPage({ access, errors }: { access: OnlineAccess; errors?: FieldErrors }) {
  const { course } = access.seat;
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Online teilnehmen: {course.title}</h1>
      <p>Kursnummer {course.number}</p>
      <JoinBox access={access} errors={errors} />
      <h2>Termine</h2>
      <ul class="list">
        {course.sessions.map((session) => (
          <li>
            {formatDateTime(session.startsAt)} bis {time(session.endsAt)}
            {session.cancelled && (
              <>
                {' '}
                <StatusTag kind="warning">abgesagt</StatusTag>
              </>
            )}
          </li>
        ))}
      </ul>
      <p>
        <a href={VHS_PATHS.course(course.slug)}>Zur Kursbeschreibung</a>
      </p>
    </>
  );
}
