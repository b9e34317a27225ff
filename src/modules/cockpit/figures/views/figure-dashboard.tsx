import { Button, Form, formatDateTime, Table } from '../../../../kernel/views';
import { PATHS, STAFF_PATHS } from '../../paths';
import type { FigureSourceRow } from '../../tables';
import type { FigureDashboard } from '../use-cases/show-figure-dashboard';
import { FigureAreas } from './figure-areas';

function SourceTable({ sources }: { sources: FigureSourceRow[] }) {
  return (
    <Table
      caption="Letzte Berechnung je Bereich"
      rows={sources}
      empty="Die Kennzahlen wurden noch nicht berechnet."
      columns={[
        { header: 'Bereich', cell: (source) => source.area },
        { header: 'Zuletzt berechnet', cell: (source) => (source.lastSuccessAt ? formatDateTime(source.lastSuccessAt) : 'noch nie') },
        {
          header: 'Fehler',
          cell: (source) =>
            source.lastError && source.lastFailureAt
              ? `${formatDateTime(source.lastFailureAt)}: ${source.lastError} – es gelten die zuletzt berechneten Werte.`
              : 'keiner',
        },
      ]}
    />
  );
}

/** /verwaltung/digitalisierung/kennzahlen: every live figure with its trend, how each area's last computation went. */
export function FigureDashboardPage({ areas, sources, mayRecompute }: FigureDashboard) {
  return (
    <>
      <h1>Kennzahlen der Digitalisierung</h1>
      <p>
        Jede Kennzahl wird aus den Daten des Stadtportals selbst berechnet, alle 15 Minuten. Dieselben Zahlen stehen öffentlich auf{' '}
        <a href={PATHS.public}>der Seite „Digitalisierung“</a>.
      </p>
      <SourceTable sources={sources} />
      {mayRecompute && (
        <Form action={STAFF_PATHS.recomputeFigures} label="Kennzahlen neu berechnen">
          <Button variant="secondary">Jetzt neu berechnen</Button>
        </Form>
      )}
      <FigureAreas areas={areas} level={2} />
    </>
  );
}
