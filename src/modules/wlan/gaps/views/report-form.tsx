import type { Place } from '../../../../kernel/geo';
import type { FieldErrors } from '../../../../kernel/http';
import { Button, ErrorSummary, FileField, Form, InsetText, RadioGroup, SpamFields, TextArea, TextField } from '../../../../kernel/views';
import { PATHS } from '../../paths';
import { DESCRIPTION_MAX } from '../schemas';

export interface GapFormProps {
  values?: Record<string, string>;
  errors?: FieldErrors | undefined;
  /** "Meinten Sie …": the places that matched what was typed. */
  choices?: readonly Place[] | undefined;
  /** A photo was sent with a form that came back: the browser forgets the chosen file. */
  photoDropped?: boolean;
  stamp: string;
  town: string;
  photoHint: string;
  retentionDays: number;
}

/** "WLAN-Lücke melden": where, what, optionally a photo and an e-mail address; no account needed. */
export function GapReportFormPage({ values = {}, errors, choices, photoDropped, stamp, town, photoHint, retentionDays }: GapFormProps) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>WLAN-Lücke melden</h1>
      <p class="lead">Wo in {town} fehlt freies WLAN? Nennen Sie uns den Ort, zum Beispiel eine Bushaltestelle, einen Platz oder einen Jugendtreff.</p>
      <p>
        Sie brauchen dafür kein Konto. Bestätigte Orte zeigen wir ohne Ihre Angaben auf der <a href={PATHS.gapMap}>Karte der WLAN-Lücken</a>.
      </p>
      <Form action={PATHS.reportGap} multipart>
        <TextField
          name="ort"
          label="Wo fehlt WLAN?"
          hint="Straße und Hausnummer oder ein Platz, zum Beispiel „Schillerplatz 7“."
          value={values.ort}
          error={errors?.ort}
          autocomplete="off"
          maxLength={200}
        />
        {choices && choices.length > 0 && (
          <RadioGroup
            name="ortswahl"
            legend="Meinten Sie …"
            hint="Mehrere Orte passen zu Ihrer Angabe."
            options={choices.map((place) => ({ value: place.label, label: place.label }))}
            value={values.ortswahl}
            error={errors?.ortswahl}
          />
        )}
        <TextArea
          name="beschreibung"
          label="Was ist an diesem Ort?"
          hint="Zum Beispiel „Bushaltestelle“, „Jugendtreff“ oder „Spielplatz mit Bänken“. Wer ist dort und braucht WLAN?"
          value={values.beschreibung}
          error={errors?.beschreibung}
          rows={4}
          maxLength={DESCRIPTION_MAX}
        />
        {photoDropped && <InsetText>Sie hatten ein Foto ausgewählt. Wählen Sie es bitte noch einmal aus, wenn Sie es mitschicken möchten.</InsetText>}
        <FileField name="foto" label="Foto des Ortes (freiwillig)" hint={photoHint} error={errors?.foto} accept="image/jpeg,image/png" />
        <TextField
          name="email"
          type="email"
          label="Ihre E-Mail-Adresse (freiwillig)"
          hint="Nur wenn Sie eine Bestätigung und Nachricht bekommen möchten, wenn sich der Stand Ihrer Meldung ändert."
          value={values.email}
          error={errors?.email}
          autocomplete="email"
          spellcheck={false}
          maxLength={254}
        />
        <h2>Was mit Ihren Angaben geschieht</h2>
        <p>
          Ihre Beschreibung, Ihr Foto und Ihre E-Mail-Adresse sehen nur die Mitarbeitenden der Stadt. Öffentlich zeigen wir nur ungefähr, wo Lücken gemeldet
          wurden, und den Stand. Ihre E-Mail-Adresse und das Foto löschen wir {retentionDays} Tage nachdem die Meldung abgeschlossen ist.
        </p>
        <SpamFields stamp={stamp} errors={errors} />
        <Button>Meldung absenden</Button>
      </Form>
    </>
  );
}
