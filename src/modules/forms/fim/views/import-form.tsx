import type { FieldErrors } from '../../../../kernel/http/errors';
import { Button, ErrorSummary, FileField, Form, TextField } from '../../../../kernel/views';
import { EDITOR_PATHS } from '../../paths';

export function FimImportForm({ errors, formKey }: { errors?: FieldErrors; formKey?: string }) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>FIM-Stammdatenschema importieren</h1>
      <p>
        Aus einem Stammdatenschema des Föderalen Informationsmanagements (FIM) im Format XDatenfelder 2.0 oder 3.0.0 entsteht ein Entwurf des Formulars. Was
        sich nicht übernehmen lässt, etwa Regeln in Freitext, wird Ihnen danach aufgelistet, damit Sie es im Editor ergänzen können. Veröffentlichte Versionen
        bleiben unverändert.
      </p>
      <Form action={EDITOR_PATHS.fimImport} multipart>
        <FileField
          accept=".xml,application/xml,text/xml"
          name="schema"
          label="Stammdatenschema (XML-Datei)"
          hint="Die Nachricht „xdatenfelder.stammdatenschema.0102“, zum Beispiel S05000058V1.0_xdf2.xml."
          error={errors?.schema}
        />
        <FileField
          accept=".xml,application/xml,text/xml"
          name="codeLists"
          label="Codelisten (freiwillig)"
          hint="Nur für XDatenfelder 2.0: die genericode-Dateien der Codelisten, auf die das Schema verweist. Sie können mehrere Dateien auswählen. Fehlt eine Codeliste, wird aus der Auswahl ein Textfeld."
          error={errors?.codeLists}
          multiple
        />
        <TextField
          name="formKey"
          label="Formularschlüssel (freiwillig)"
          hint="Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel bewohnerparkausweis. Ohne Angabe wird er aus dem Namen des Schemas gebildet. Einen vorhandenen Entwurf mit diesem Schlüssel ersetzt der Import."
          error={errors?.formKey}
          value={formKey}
          width="medium"
          spellcheck={false}
        />
        <Button>Schema importieren</Button>
      </Form>
    </>
  );
}
