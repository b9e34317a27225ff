import { Button, Form } from '../../../../kernel/views';
import { STAFF_PATHS } from '../../paths';
import type { Measure } from '../../tables';
import { HistoryTable, type ChangeRow } from './history-table';

/** Deleting is confirmed on a page of its own; it says what goes with the measure. */
export function DeleteMeasurePage({ measure }: { measure: Measure }) {
  return (
    <>
      <h1>Maßnahme „{measure.title}“ löschen?</h1>
      <p>Mit der Maßnahme werden ihre Meilensteine, Risiken, Verknüpfungen und ihr Verlauf gelöscht. Das lässt sich nicht rückgängig machen.</p>
      {measure.published && <p>Die Maßnahme ist veröffentlicht: Ihre öffentliche Seite ist danach nicht mehr erreichbar.</p>}
      <Form action={STAFF_PATHS.deleteMeasure(measure.id)} label="Löschen bestätigen">
        <Button variant="danger">Ja, Maßnahme löschen</Button>
      </Form>
      <p>
        <a href={STAFF_PATHS.measure(measure.id)}>Nein, zurück zur Maßnahme</a>
      </p>
    </>
  );
}

export function HistoryPage({ measure, changes }: { measure: Measure; changes: ChangeRow[] }) {
  return (
    <>
      <h1>Verlauf: {measure.title}</h1>
      <HistoryTable changes={changes} caption={`${changes.length} ${changes.length === 1 ? 'Änderung' : 'Änderungen'}, die neueste zuerst`} />
      <p>
        <a href={STAFF_PATHS.measure(measure.id)}>Zurück zur Maßnahme</a>
      </p>
    </>
  );
}
