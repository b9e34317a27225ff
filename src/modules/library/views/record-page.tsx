import type { ComponentChildren } from 'preact';
import { ButtonLink, SummaryList, type SummaryRow } from '../../../kernel/views';
import { catalogueHref, languageLabel, MEDIA_TYPE_LABELS } from '../presenters';
import type { RecordView } from '../use-cases/show-record';
import { CopiesByBranch, type CopyAvailability } from './copies-table';

export interface RecordPageProps extends RecordView {
  /** Per copy (by barcode), from the lending system; left out until it answers. */
  availability?: ReadonlyMap<string, CopyAvailability>;
  /** "Vormerken" when no copy stands on the shelf (the lending part's form). */
  holdForm?: ComponentChildren;
}

/** ISBN-13 as printed (978-3-…): grouping needs the range tables, so only the prefix is split off. */
function isbnText(isbn: string): string {
  return isbn.length === 13 ? `${isbn.slice(0, 3)}-${isbn.slice(3)}` : isbn;
}

/** A title's page: every detail, then where to get it: the Onleihe for e-media, the copies per branch otherwise. */
export function RecordPage({ record, copies, availability, holdForm }: RecordPageProps) {
  const rows: SummaryRow[] = [
    { key: 'Medienart', value: MEDIA_TYPE_LABELS[record.mediaType] },
    ...(record.authors.length > 0 ? [{ key: record.authors.length === 1 ? 'Person' : 'Personen', value: record.authors.join('; ') }] : []),
    ...(record.edition ? [{ key: 'Ausgabe', value: record.edition }] : []),
    ...(record.publisher || record.year ? [{ key: 'Verlag und Jahr', value: [record.publisher, record.year].filter(Boolean).join(', ') }] : []),
    ...(record.extent ? [{ key: 'Umfang', value: record.extent }] : []),
    ...(record.series ? [{ key: 'Reihe', value: record.series }] : []),
    ...(record.language ? [{ key: 'Sprache', value: languageLabel(record.language) }] : []),
    ...(record.isbns.length > 0 ? [{ key: 'ISBN', value: record.isbns.map(isbnText).join(', ') }] : []),
    ...(record.subjects.length > 0
      ? [
          {
            key: 'Themen',
            value: (
              <ul>
                {record.subjects.map((subject) => (
                  <li key={subject}>
                    <a href={catalogueHref({ thema: subject })}>{subject}</a>
                  </li>
                ))}
              </ul>
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      <h1>{record.title}</h1>
      {record.subtitle && <p class="lead">{record.subtitle}</p>}
      {record.summary && record.summary.split('\n\n').map((paragraph) => <p>{paragraph}</p>)}
      <SummaryList rows={rows} />
      <h2>So bekommen Sie den Titel</h2>
      {record.onleiheUrl && (
        <>
          <p>Diesen Titel leihen Sie digital über die Onleihe aus. Dafür brauchen Sie Ihren Büchereiausweis.</p>
          <ButtonLink href={record.onleiheUrl}>In der Onleihe ansehen</ButtonLink>
        </>
      )}
      {copies.length > 0 ? (
        <>
          <CopiesByBranch copies={copies} availability={availability} />
          {holdForm}
        </>
      ) : (
        !record.onleiheUrl && <p>Von diesem Titel gibt es zurzeit kein Exemplar im Regal. Fragen Sie an der Ausleihe nach einer Fernleihe.</p>
      )}
    </>
  );
}
