import { formatDateTime } from '../../../../kernel/views';
import type { Dataset } from '../../tables';
import { PUBLISHING_PATHS } from '../paths';
import type { HistoryEntry } from '../use-cases/show-history';

const CHANGE_LABELS: Record<string, string> = {
  created: 'Angelegt',
  updated: 'Beschreibung geändert',
  published: 'Veröffentlicht',
  unpublished: 'Veröffentlichung zurückgenommen',
  deleted: 'Gelöscht',
  harvested: 'Von einer Harvesting-Quelle übernommen',
  resources: 'Dateien und Links geändert',
};

/** "Verlauf": who changed what when, newest first, each change field by field. */
export function HistoryPage({ dataset, mayEdit, entries }: { dataset: Dataset; mayEdit: boolean; entries: HistoryEntry[] }) {
  return (
    <>
      <h1>Verlauf: {dataset.title}</h1>
      {mayEdit && (
        <p>
          <a href={PUBLISHING_PATHS.dataset(dataset.id)}>Zurück zum Datensatz</a>
        </p>
      )}
      <ol class="history" reversed>
        {entries.map((entry) => (
          <li key={entry.revision}>
            <h2>
              {CHANGE_LABELS[entry.change] ?? entry.change} am {formatDateTime(entry.changedAt)}
            </h2>
            <p>
              Von: {entry.author ?? (entry.change === 'harvested' ? 'Harvesting' : 'gelöschtes Konto')} · Version {entry.revision}
            </p>
            {entry.changes.length > 0 ? (
              <div class="table-wrapper">
                <table class="table">
                  <caption class="table__caption visually-hidden">Änderungen in Version {entry.revision}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Angabe</th>
                      <th scope="col">Vorher</th>
                      <th scope="col">Nachher</th>
                    </tr>
                  </thead>
                  <tbody>
                    {entry.changes.map((change) => (
                      <tr key={change.what}>
                        <th scope="row">{change.what}</th>
                        <td>{change.before}</td>
                        <td>{change.after}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p>Keine Änderung der Beschreibung.</p>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
