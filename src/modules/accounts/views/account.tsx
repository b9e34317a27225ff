import type { CurrentUser } from '../../../kernel/auth';
import type { PageOptions } from '../../../kernel/views';
import { SummaryList, Table, formatDateTime } from '../../../kernel/views';
import { ROLE_LABELS, activityLabel } from '../presenters';
import type { ActivityEntry } from '../repository';
import { HOME_CRUMB } from './page';

export function accountPage({ user, activity }: { user: CurrentUser; activity: ActivityEntry[] }): PageOptions {
  return {
    title: 'Mein Konto',
    breadcrumbs: [HOME_CRUMB],
    body: (
      <>
        <h1>Mein Konto</h1>
        <p class="lead">Guten Tag, {user.displayName}.</p>
        <h2>Ihre Angaben</h2>
        <SummaryList
          rows={[
            { key: 'Name', value: user.displayName },
            { key: 'E-Mail-Adresse', value: user.email, changeHref: '/konto/email-aendern' },
            { key: 'Passwort', value: 'Aus Sicherheitsgründen nicht angezeigt', changeHref: '/konto/passwort-aendern' },
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
        <h2>Konto löschen</h2>
        <p>
          Sie können Ihr Konto jederzeit löschen. <a href="/konto/loeschen">Konto löschen</a>
        </p>
      </>
    ),
  };
}
