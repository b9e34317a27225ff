import { Button, Form, TextField } from '../../../../kernel/views';
import { SEARCH_PATHS } from '../../paths';
import type { GremiumName } from '../../search/repository';

/** `/rat/benachrichtigungen`: what an alert is, and where to ask for one (a search, a Gremium, a paper). */
export function InfoPage({ gremien }: { gremien: readonly GremiumName[] }) {
  return (
    <>
      <h1>E-Mail-Benachrichtigungen</h1>
      <p class="lead">
        Lassen Sie sich einmal am Tag per E-Mail schreiben, wenn es im Rat und in seinen Gremien Neues gibt: zu einem Thema, zu einem Gremium oder zu einer
        Vorlage.
      </p>
      <p>Sie brauchen kein Konto. Jede E-Mail hat einen Link zum Abbestellen, und Ihre Adresse nutzen wir für nichts anderes.</p>
      <h2>Zu einem Thema</h2>
      <Form action={SEARCH_PATHS.newAlert} method="get" label="Benachrichtigung zu einem Thema">
        <input type="hidden" name="suche" value="ja" />
        <TextField name="q" type="search" label="Suchbegriffe" hint="Zum Beispiel „Radweg“ oder „Grundschule Sanierung“." />
        <Button>Weiter</Button>
      </Form>
      <p>
        Oder suchen Sie zuerst in den <a href={SEARCH_PATHS.search}>Vorlagen</a>: unter den Treffern können Sie die Suche abonnieren.
      </p>
      {gremien.length > 0 && (
        <>
          <h2>Zu einem Gremium</h2>
          <p>Neue Sitzungen und Vorlagen des Gremiums:</p>
          <ul>
            {gremien.map((gremium) => (
              <li key={gremium.id}>
                <a href={`${SEARCH_PATHS.newAlert}?gremium=${encodeURIComponent(gremium.slug)}`}>{gremium.name}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Zu einer Vorlage</h2>
      <p>Neue Beratungen und Dokumente einer Vorlage: den Link dazu finden Sie auf der Seite der Vorlage.</p>
    </>
  );
}
