import { formatDate, Markdown, SummaryList, type SummaryRow } from '../../../../kernel/views';
import type { Dataset } from '../../tables';
import { licenseById } from '../../vocabularies/licenses';

/** The description of a dataset maintained elsewhere (a harvest source, a module) as it was delivered: read, not a form. */
export function ReadOnlyMetadata({ dataset }: { dataset: Dataset }) {
  const rows: SummaryRow[] = [
    { key: 'Titel', value: dataset.title },
    { key: 'Kurzname', value: dataset.name },
    { key: 'Beschreibung', value: dataset.notes ? <Markdown source={dataset.notes} /> : '–' },
    { key: 'Schlagwörter', value: dataset.tags.join(', ') || '–' },
    { key: 'Lizenz', value: licenseById(dataset.licenseId)?.title ?? dataset.licenseId },
    { key: 'Kontakt', value: `${dataset.contactName} (${dataset.contactEmail})` },
    { key: 'Zuletzt geändert an der Quelle', value: dataset.modified ? formatDate(dataset.modified) : '–' },
  ];
  return (
    <>
      <h2>Beschreibung des Datensatzes</h2>
      <SummaryList rows={rows} />
    </>
  );
}
