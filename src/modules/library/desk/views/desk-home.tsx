import type { FieldErrors } from '../../../../kernel/http';
import { ButtonLink, ErrorSummary } from '../../../../kernel/views';
import { LENDING_PATHS } from '../../paths';
import { ScanForm } from './scan-form';

interface DeskHomeProps {
  errors?: FieldErrors | undefined;
  values?: Record<string, string>;
}

/** The lending desk's start: find a reader by card, take a copy back, issue a new card. */
export function DeskHomePage({ errors = {}, values = {} }: DeskHomeProps) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Ausleihtheke</h1>
      <h2>Leserin oder Leser aufrufen</h2>
      <ScanForm
        action={LENDING_PATHS.desk}
        method="get"
        name="ausweis"
        label="Ausweisnummer"
        hint="Scannen oder tippen Sie die Nummer vom Ausweis."
        value={values.ausweis}
        error={errors.ausweis}
        button="Aufrufen"
      />
      <h2>Rückgabe</h2>
      <ScanForm
        action={LENDING_PATHS.deskReturn}
        name="barcode"
        label="Mediennummer"
        hint="Die Nummer auf dem Etikett des Exemplars."
        value={values.barcode}
        error={errors.barcode}
        button="Rückgabe buchen"
      />
      <h2>Neuer Ausweis</h2>
      <p>
        <ButtonLink href={LENDING_PATHS.newReader} variant="secondary">
          Ausweis ausstellen
        </ButtonLink>
      </p>
    </>
  );
}
