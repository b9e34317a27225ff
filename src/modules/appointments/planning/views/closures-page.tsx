import type { FieldErrors } from '../../../../kernel/http';
import { Button, ErrorSummary, Form, NotificationBanner, SelectField, Table, TextField } from '../../../../kernel/views';
import { STAFF_PATHS } from '../../paths';
import type { ClosureRow } from '../repository';
import { closureWhen } from './plan-presenters';

/** The closures not yet over, each with its button to lift it. */
export function ClosureTable({ closures, withActions = false }: { closures: ClosureRow[]; withActions?: boolean }) {
  return (
    <Table
      caption={`Kommende Schließtage (${closures.length})`}
      columns={[
        { header: 'Wann', cell: (row) => closureWhen(row) },
        { header: 'Was', cell: (row) => (row.counterName ? `${row.locationName}: ${row.counterName}` : row.locationName) },
        { header: 'Grund', cell: (row) => row.reason },
        ...(withActions
          ? [
              {
                header: 'Aktion',
                cell: (row: ClosureRow) => (
                  <Form action={STAFF_PATHS.planningClosureDelete(row.id)}>
                    <Button variant="secondary">
                      Aufheben<span class="visually-hidden"> ({closureWhen(row)})</span>
                    </Button>
                  </Form>
                ),
              },
            ]
          : []),
      ]}
      rows={closures}
      empty="Es sind keine Schließtage eingetragen."
    />
  );
}

interface ClosuresPageProps {
  closures: ClosureRow[];
  places: Array<{ value: string; label: string }>;
  values?: Record<string, string> | undefined;
  errors?: FieldErrors | undefined;
  /** The closure would cancel this many booked appointments: the form asks to confirm. */
  confirm?: number | undefined;
}

/**
 * Closures: the list, and the form to close a location or a counter for days or hours. When booked
 * appointments fall into that time, the form is shown again with their number and a confirmation
 * button; only then are they cancelled and the people told.
 */
export function ClosuresPage({ closures, places, values = {}, errors, confirm }: ClosuresPageProps) {
  return (
    <>
      <h1>Schließtage</h1>
      <p class="lead">
        Tage oder Stunden, an denen ein Standort oder ein Platz über die Feiertage hinaus geschlossen ist, etwa für eine Betriebsversammlung. In dieser Zeit
        gibt es keine buchbaren Termine.
      </p>
      <ClosureTable closures={closures} withActions />
      <h2>Schließtag eintragen</h2>
      {confirm !== undefined && (
        <NotificationBanner kind="warning" title={confirm === 1 ? 'In dieser Zeit ist 1 Termin gebucht' : `In dieser Zeit sind ${confirm} Termine gebucht`}>
          <p>
            Wenn Sie den Schließtag eintragen, werden {confirm === 1 ? 'dieser Termin' : 'diese Termine'} abgesagt. Jede Person bekommt eine E-Mail mit dem
            Grund und dem Link, über den sie einen neuen Termin wählt.
          </p>
        </NotificationBanner>
      )}
      <ErrorSummary errors={errors} />
      <Form action={STAFF_PATHS.planningClosures}>
        <SelectField name="place" label="Was ist geschlossen?" options={places} value={values.place} error={errors?.place} placeholder="Bitte wählen" />
        <TextField name="firstDay" label="Erster Tag" hint="Zum Beispiel 24.12.2026." width="medium" value={values.firstDay} error={errors?.firstDay} />
        <TextField
          name="lastDay"
          label="Letzter Tag (optional)"
          hint="Zum Beispiel 31.12.2026. Leer lassen, wenn nur ein Tag geschlossen ist."
          width="medium"
          value={values.lastDay}
          error={errors?.lastDay}
        />
        <TextField
          name="fromTime"
          label="Geschlossen ab (optional)"
          hint="Nur für einen Teil des Tages, zum Beispiel 10:00. Leer lassen für ganze Tage."
          width="short"
          value={values.fromTime}
          error={errors?.fromTime}
        />
        <TextField
          name="untilTime"
          label="Geschlossen bis (optional)"
          hint="Zum Beispiel 12:00."
          width="short"
          value={values.untilTime}
          error={errors?.untilTime}
        />
        <TextField
          name="reason"
          label="Grund"
          hint="Die Bürgerinnen und Bürger lesen ihn, zum Beispiel „Betriebsversammlung“."
          value={values.reason}
          error={errors?.reason}
        />
        {confirm !== undefined && <input type="hidden" name="confirmedCancellations" value={String(confirm)} />}
        <Button variant={confirm ? 'danger' : 'primary'}>
          {confirm === undefined
            ? 'Schließtag eintragen'
            : confirm === 1
              ? 'Schließtag eintragen und 1 Termin absagen'
              : `Schließtag eintragen und ${confirm} Termine absagen`}
        </Button>
      </Form>
    </>
  );
}
