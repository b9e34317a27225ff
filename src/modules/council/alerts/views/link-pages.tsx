import { Button, Form, NotificationBanner } from '../../../../kernel/views';
import { SEARCH_PATHS } from '../../paths';
import type { ManagedAlert } from '../use-cases/manage-alerts';

/** The confirmation link's page: a button, since mail scanners open links and must not confirm. */
export function ConfirmPage({ token, label, confirmed }: { token: string; label: string; confirmed: boolean }) {
  return (
    <>
      <h1>Benachrichtigung bestätigen</h1>
      <p class="lead">
        Sie möchten per E-Mail benachrichtigt werden bei Neuem zu: <strong>{label}</strong>
      </p>
      {confirmed && <p>Diese Benachrichtigung ist schon bestätigt.</p>}
      <Form action={SEARCH_PATHS.confirm(token)} label="Benachrichtigung bestätigen">
        <Button>Ja, Benachrichtigung bestätigen</Button>
      </Form>
    </>
  );
}

export function ExpiredPage() {
  return (
    <>
      <h1>Der Link ist abgelaufen</h1>
      <p class="lead">Der Link zur Bestätigung gilt nur zwei Tage. Fordern Sie die Benachrichtigung bitte noch einmal an.</p>
      <p>
        <a href={SEARCH_PATHS.alerts}>Zu den E-Mail-Benachrichtigungen</a>
      </p>
    </>
  );
}

/** The unsubscribe link's page: a button (POST); opening the link alone never unsubscribes. */
export function UnsubscribePage({ token, labels, all }: { token: string; labels: readonly string[]; all: boolean }) {
  return (
    <>
      <h1>{all ? 'Alle Benachrichtigungen abbestellen' : 'Benachrichtigung abbestellen'}</h1>
      <p class="lead">{all ? 'Sie erhalten dann keine dieser E-Mails mehr:' : 'Sie erhalten dann keine E-Mails mehr zu:'}</p>
      <ul>
        {labels.map((label) => (
          <li key={label}>{label}</li>
        ))}
      </ul>
      <Form action={SEARCH_PATHS.unsubscribe(token)} label="Abbestellen">
        <Button>{all ? 'Alle abbestellen' : 'Abbestellen'}</Button>
      </Form>
    </>
  );
}

export function UnsubscribedPage() {
  return (
    <>
      <h1>Sie sind abgemeldet</h1>
      <p class="lead">Wir schicken Ihnen dazu keine E-Mails mehr. Ist keine Benachrichtigung mehr übrig, ist auch Ihre E-Mail-Adresse gelöscht.</p>
      <p>
        <a href={SEARCH_PATHS.alerts}>Zu den E-Mail-Benachrichtigungen</a>
      </p>
    </>
  );
}

/** "Meine Benachrichtigungen" from a mail's link: every alert of the address, each with its own button. */
export function ManagePage({
  address,
  alerts,
  unsubscribeAllToken,
  done,
}: {
  address: string;
  alerts: readonly ManagedAlert[];
  unsubscribeAllToken: string;
  done: boolean;
}) {
  return (
    <>
      {done && <NotificationBanner kind="success" title="Ihre Benachrichtigung ist eingerichtet. Wir schreiben Ihnen, sobald es Neues gibt." />}
      <h1>Ihre Benachrichtigungen</h1>
      <p class="lead">Benachrichtigungen an {address}</p>
      <ul class="news-list">
        {alerts.map((alert) => (
          <li key={alert.unsubscribeToken} class="news-list__item">
            <h2 class="news-list__title">{alert.label}</h2>
            <p class="news-list__date">{alert.confirmed ? 'Bestätigt: tägliche E-Mail bei Neuem' : 'Noch nicht bestätigt: sehen Sie in Ihr Postfach'}</p>
            <Form action={SEARCH_PATHS.unsubscribe(alert.unsubscribeToken)} label={`${alert.label} abbestellen`}>
              <Button variant="secondary">Abbestellen</Button>
            </Form>
          </li>
        ))}
      </ul>
      {alerts.length > 1 && (
        <Form action={SEARCH_PATHS.unsubscribe(unsubscribeAllToken)} label="Alle abbestellen">
          <Button variant="secondary">Alle abbestellen</Button>
        </Form>
      )}
    </>
  );
}
