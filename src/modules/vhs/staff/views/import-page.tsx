import type { FieldErrors } from '../../../../kernel/http';
import { Button, ErrorSummary, FileField, Form } from '../../../../kernel/views';
import { VHS_STAFF_PATHS } from '../../paths';

/** Upload of a programme file, and (after a refused file) every problem in it. */
export function ImportPage({ errors, problems = [] }: { errors?: FieldErrors; problems?: string[] }) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Kursprogramm importieren</h1>
      <p>
        Eine Datei aus dem Verwaltungssystem der Volkshochschule, als CSV (eine Zeile je Termin) oder JSON. Kurse werden an der Kursnummer erkannt: neue werden
        angelegt, vorhandene geändert. Termine mit erfasster Anwesenheit bleiben unverändert. Enthält die Datei einen Fehler, wird nichts gespeichert. Bankdaten
        (SEPA) werden nie übernommen.
      </p>
      <Form action={VHS_STAFF_PATHS.import} multipart>
        <FileField
          name="file"
          label="Programmdatei (CSV oder JSON)"
          hint="Zum Beispiel programm-2027-2.csv; höchstens 5 MB."
          accept=".csv,.json,text/csv,application/json"
          error={errors?.file}
        />
        {problems.length > 0 && (
          <div class="form-group">
            <h2>Fehler in der Datei</h2>
            <ul class="list">
              {problems.map((problem) => (
                <li>{problem}</li>
              ))}
            </ul>
          </div>
        )}
        <Button>Importieren</Button>
      </Form>
    </>
  );
}
