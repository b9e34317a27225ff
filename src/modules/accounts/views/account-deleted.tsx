import type { ErasureNote } from '../../../kernel/module';
import type { PageOptions } from '../../../kernel/views';
import { Table } from '../../../kernel/views';
import { PATHS } from '../paths';
import { HOME_CRUMB } from './page';

const OUTCOME_LABELS: Record<ErasureNote['outcome'], string> = {
  deleted: 'Gelöscht',
  pseudonymised: 'Aufbewahrt, ohne Bezug zu Ihnen',
  kept: 'Aufbewahrt',
};

/**
 * The confirmation after the deletion: what every module deleted, pseudonymised or kept, and why.
 * Without notes (the page opened later or in another browser) it says only that an account is gone.
 */
export function accountDeletedPage({ notes, mailRetentionDays }: { notes: ErasureNote[] | undefined; mailRetentionDays: number }): PageOptions {
  const removed = notes?.filter((note) => note.outcome === 'deleted') ?? [];
  const kept = notes?.filter((note) => note.outcome !== 'deleted') ?? [];
  return {
    title: 'Ihr Konto ist gelöscht',
    breadcrumbs: [HOME_CRUMB],
    body: (
      <>
        <h1>Ihr Konto ist gelöscht</h1>
        <p class="lead">
          Sie sind abgemeldet. Wir haben Ihnen eine Bestätigung per E-Mail geschickt. Ihre Kopie im Postausgang des Portals löschen wir nach{' '}
          {mailRetentionDays === 1 ? 'einem Tag' : `${mailRetentionDays} Tagen`}.
        </p>
        {removed.length > 0 && (
          <Table
            caption="Das haben wir gelöscht"
            columns={[
              { header: 'Daten', cell: (note: ErasureNote) => note.what },
              { header: 'Anzahl', cell: (note: ErasureNote) => String(note.count), numeric: true },
            ]}
            rows={removed}
          />
        )}
        {kept.length > 0 && (
          <section aria-labelledby="kept-title">
            <h2 id="kept-title">Das bewahrt die Verwaltung auf, und warum</h2>
            <ul>
              {kept.map((note) => (
                <li>
                  <strong>
                    {note.what} ({note.count}): {OUTCOME_LABELS[note.outcome]}.
                  </strong>{' '}
                  {note.reason}
                </li>
              ))}
            </ul>
          </section>
        )}
        <p>
          Sie können jederzeit ein neues Konto anlegen: <a href={PATHS.register}>Konto anlegen</a>
        </p>
      </>
    ),
  };
}
