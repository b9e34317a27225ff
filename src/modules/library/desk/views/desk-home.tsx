import type { FieldErrors } from '../../../../kernel/http';
import { ButtonLink, ErrorSummary, Table } from '../../../../kernel/views';
import { LENDING_PATHS } from '../../paths';
import { germanDay } from '../../presenters';
import type { LibraryReader } from '../../tables/lending';
import { ScanForm } from './scan-form';

interface DeskHomeProps {
  errors?: FieldErrors | undefined;
  values?: Record<string, string>;
  /** Readers whose name matched the search. */
  matches?: LibraryReader[] | undefined;
}

/** The lending desk's start: find a reader by card, take a copy back, issue a new card. */
export function DeskHomePage({ errors = {}, values = {}, matches }: DeskHomeProps) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Ausleihtheke</h1>
      <h2>Leserin oder Leser aufrufen</h2>
      <ScanForm
        action={LENDING_PATHS.desk}
        method="get"
        name="suche"
        label="Ausweisnummer oder Name"
        hint="Scannen Sie den Ausweis oder tippen Sie einen Teil des Namens."
        value={values.suche}
        error={errors.suche}
        button="Aufrufen"
      />
      {matches && (
        <Table<LibraryReader>
          caption={`Gefundene Ausweise (${matches.length}${matches.length === 20 ? ', die ersten 20' : ''})`}
          columns={[
            { header: 'Name', cell: (reader) => <a href={LENDING_PATHS.reader(reader.id)}>{reader.name}</a> },
            { header: 'Ausweisnummer', cell: (reader) => reader.cardNumber },
            { header: 'Gültig bis', cell: (reader) => germanDay(reader.expiresOn) },
          ]}
          rows={matches}
        />
      )}
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
