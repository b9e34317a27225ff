import { Button, Form, formatDateTime, StatusTag, SummaryList, Table } from '../../../../kernel/views';
import { MEASURE_STATUS_LABELS } from '../../policies';
import { STAFF_PATHS } from '../../paths';
import type { PartnerFeed } from '../../tables';
import type { FeedMeasure } from '../feed-types';

const germanDay = (day: string | null) => (day ? day.split('-').reverse().join('.') : 'offen');

/** One imported town: where its feed comes from and how current it is, its buttons, its measures. */
export function PartnerSection({ partner, index }: { partner: PartnerFeed; index: number }) {
  const { feed } = partner;
  const headingId = `stadt-${index}`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>
        {partner.townName} <span class="hint">(Gemeindeschlüssel {partner.ags})</span>
      </h3>
      <SummaryList
        rows={[
          { key: 'Quelle', value: partner.sourceUrl ?? 'hochgeladene Datei' },
          { key: 'Stand des Feeds', value: formatDateTime(new Date(feed.generatedAt)) },
          { key: 'Zuletzt gelesen', value: formatDateTime(partner.fetchedAt) },
          { key: 'Maßnahmen, Kennzahlen', value: `${feed.measures.length} Maßnahmen, ${feed.figures.length} Kennzahlen` },
        ]}
      />
      {partner.lastError && (
        <div class="inset">
          <p>
            <StatusTag kind="warning">Letzter Abruf fehlgeschlagen</StatusTag> {partner.lastAttemptAt ? `am ${formatDateTime(partner.lastAttemptAt)}: ` : ''}
            {partner.lastError} Gezeigt wird der letzte gültige Stand.
          </p>
          {partner.problems.length > 0 && (
            <ul class="list">
              {partner.problems.map((problem) => (
                <li>{problem}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div class="button-group">
        {partner.sourceUrl && (
          <Form action={STAFF_PATHS.refreshPartnerFeed(partner.id)}>
            <Button variant="secondary">Feed von {partner.townName} jetzt abrufen</Button>
          </Form>
        )}
        <Form action={STAFF_PATHS.removePartnerFeed(partner.id)}>
          <Button variant="secondary">{partner.townName} aus dem Vergleich entfernen</Button>
        </Form>
      </div>
      <Table<FeedMeasure>
        caption={`Maßnahmen von ${partner.townName}`}
        empty="Der Feed enthält keine Maßnahmen."
        rows={feed.measures}
        columns={[
          { header: 'Maßnahme', cell: (measure) => measure.title },
          { header: 'Status', cell: (measure) => MEASURE_STATUS_LABELS[measure.status] },
          { header: 'Fortschritt', cell: (measure) => `${measure.progressPercent} %`, numeric: true },
          { header: 'Geplantes Ende', cell: (measure) => germanDay(measure.endsOn) },
          {
            header: 'Meilensteine erreicht',
            cell: (measure) => `${measure.milestones.filter((m) => m.doneOn !== null).length} von ${measure.milestones.length}`,
            numeric: true,
          },
        ]}
      />
    </section>
  );
}
