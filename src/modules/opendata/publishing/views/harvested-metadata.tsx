import { formatDate, Markdown, SummaryList, type SummaryRow } from '../../../../kernel/views';
import type { Dataset } from '../../tables';
import { licenseById } from '../../vocabularies/licenses';

/** A harvested dataset's description as the source delivered it: read, not a form (its source is where it changes). */
export function HarvestedMetadata({ dataset }: { dataset: Dataset }) {
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
