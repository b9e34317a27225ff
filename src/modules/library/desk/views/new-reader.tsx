import type { FieldErrors } from '../../../../kernel/http';
import { Button, ErrorSummary, Form, TextField } from '../../../../kernel/views';
import { LENDING_PATHS } from '../../paths';

/** Issues a card: name, optional e-mail for reminders, validity. The PIN letter follows on the reader's page. */
export function NewReaderPage({ errors = {}, values = {} }: { errors?: FieldErrors; values?: Record<string, string | undefined> }) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Ausweis ausstellen</h1>
      <Form action={LENDING_PATHS.newReader}>
        <TextField name="name" label="Name" value={values.name} error={errors.name} autocomplete="off" />
        <TextField
          name="email"
          label="E-Mail-Adresse (freiwillig)"
          hint="Für Erinnerungen an Rückgabetermine und Nachrichten zu Vormerkungen."
          value={values.email}
          error={errors.email}
          type="email"
          autocomplete="off"
          spellcheck={false}
        />
        <TextField
          name="expiresOn"
          label="Gültig bis"
          hint="Als JJJJ-MM-TT, zum Beispiel 2027-12-31."
          value={values.expiresOn}
          error={errors.expiresOn}
          width="medium"
        />
        <Button>Ausweis ausstellen</Button>
      </Form>
      <p>Die Ausweisnummer vergibt das System. Den PIN-Brief drucken Sie danach auf der Seite des Ausweises.</p>
    </>
  );
}
