import type { CurrentUser } from '../../../kernel/auth';
import type { AccountOverviewCard } from '../../../kernel/module';
import type { PageOptions } from '../../../kernel/views';
import { LinkCards, SummaryList, Table, formatDateTime } from '../../../kernel/views';
import { PATHS } from '../paths';
import { ROLE_LABELS, activityLabel } from '../presenters';
import type { ActivityEntry } from '../repository';
import { HOME_CRUMB } from './page';

/** One card per module that holds something of the person; the link says where to see all of it. */
function Overview({ cards }: { cards: AccountOverviewCard[] }) {
  if (cards.length === 0) return null;
  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title">Ihre Daten im Portal</h2>
      <LinkCards cards={cards.map(({ href, title, summary, linkLabel }) => ({ href, label: title, description: summary, linkLabel }))} titleLevel={3} />
    </section>
  );
}

function MyData() {
  return (
    <section aria-labelledby="my-data-title">
      <h2 id="my-data-title">Meine Daten herunterladen</h2>
      <p>
        Sie haben das Recht zu erfahren, welche Daten wir über Sie speichern, und sie mitzunehmen (Artikel 15 und 20 der Datenschutz-Grundverordnung). Die Datei
        enthält Ihr Konto und Ihre Daten aus allen Bereichen des Portals, zum Beispiel Ihre Anträge. Das Format JSON können Sie mit einem Texteditor öffnen oder
        in andere Programme übernehmen.
      </p>
      <p>
        <a href={PATHS.myData} download>
          Meine Daten herunterladen (JSON)
        </a>
      </p>
    </section>
  );
}

export function accountPage({ user, cards, activity }: { user: CurrentUser; cards: AccountOverviewCard[]; activity: ActivityEntry[] }): PageOptions {
  return {
    title: 'Mein Konto',
    breadcrumbs: [HOME_CRUMB],
    body: (
      <>
        <h1>Mein Konto</h1>
        <p class="lead">Guten Tag, {user.displayName}.</p>
        <Overview cards={cards} />
        <h2>Ihre Angaben</h2>
        <SummaryList
          rows={[
            { key: 'Name', value: user.displayName },
            { key: 'E-Mail-Adresse', value: user.email, changeHref: PATHS.changeEmail },
            { key: 'Passwort', value: 'Aus Sicherheitsgründen nicht angezeigt', changeHref: PATHS.changePassword },
            { key: 'Rolle', value: ROLE_LABELS[user.role] },
          ]}
        />
        <Table
          caption="Letzte Aktivitäten in Ihrem Konto"
          columns={[
            { header: 'Zeitpunkt', cell: (entry: ActivityEntry) => formatDateTime(entry.at) },
            { header: 'Aktivität', cell: (entry: ActivityEntry) => activityLabel(entry.action) },
          ]}
          rows={activity}
          empty="Noch keine Aktivitäten."
        />
        <p>Erkennen Sie eine Aktivität nicht? Dann ändern Sie bitte Ihr Passwort.</p>
        <MyData />
        <h2>Konto löschen</h2>
        <p>
          Sie können Ihr Konto jederzeit löschen. Vorher sehen Sie, was dabei gelöscht wird und was die Verwaltung aufbewahren muss.{' '}
          <a href={PATHS.delete}>Konto löschen</a>
        </p>
      </>
    ),
  };
}
