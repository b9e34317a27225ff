import type { FieldErrors } from '../../../kernel/http';
import { Button, ErrorSummary, Form, TextArea, TextField } from '../../../kernel/views';
import { PATHS } from '../paths';
import { DESCRIPTION_MAX } from '../schemas';

export interface ReportFormProps {
  values?: Record<string, string>;
  errors?: FieldErrors;
  contactEmail: string;
}

/** "Barriere melden": the feedback form of the accessibility statement. Only the description is required. */
export function ReportFormPage({ values = {}, errors, contactEmail }: ReportFormProps) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Barriere melden</h1>
      <p class="lead">
        Ist Ihnen im Stadtportal etwas aufgefallen, das Sie nicht nutzen können? Oder brauchen Sie eine Information in einer anderen Form? Schreiben Sie uns.
      </p>
      <p>
        Sie können uns auch eine E-Mail schreiben: <a href={`mailto:${contactEmail}`}>{contactEmail}</a>
      </p>
      <Form action={PATHS.reportBarrier}>
        <TextField
          name="page"
          label="Auf welcher Seite ist das Problem? (freiwillig)"
          hint="Zum Beispiel der Titel der Seite oder ihre Adresse."
          value={values.page}
          error={errors?.page}
          maxLength={500}
        />
        <TextArea
          name="description"
          label="Beschreiben Sie das Problem"
          hint="Was wollten Sie tun? Was hat nicht funktioniert? Wenn Sie ein Hilfsmittel nutzen, zum Beispiel einen Screenreader oder eine Vergrößerung, nennen Sie es bitte."
          value={values.description}
          error={errors?.description}
          rows={8}
          maxLength={DESCRIPTION_MAX}
        />
        <TextField name="name" label="Ihr Name (freiwillig)" value={values.name} error={errors?.name} autocomplete="name" maxLength={200} />
        <TextField
          name="contact"
          type="email"
          label="Ihre E-Mail-Adresse (freiwillig)"
          hint="Nur wenn Sie eine Antwort möchten. Sie bekommen dann auch eine Eingangsbestätigung."
          value={values.contact}
          error={errors?.contact}
          autocomplete="email"
          spellcheck={false}
          maxLength={254}
        />
        <p>
          Was mit Ihren Angaben geschieht, steht in der <a href={PATHS.privacy}>Datenschutzerklärung</a>.
        </p>
        <Button>Meldung absenden</Button>
      </Form>
    </>
  );
}
