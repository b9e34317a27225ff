import type { FieldErrors } from '../../../../kernel/http';
import { Button, ErrorSummary, Form, SelectField, TextArea, TextField } from '../../../../kernel/views';
import { MEASURE_STATUS_LABELS } from '../../policies';
import { STAFF_PATHS } from '../../paths';
import { MEASURE_STATUSES, type Measure } from '../../tables';
import { eurosForForm, germanDay } from '../values';
import { DayField } from './day-field';

export interface MeasureFormProps {
  /** The stored measure when changing one. */
  measure?: Measure;
  departments: Array<{ id: string; name: string }>;
  values: Record<string, string>;
  errors?: FieldErrors | undefined;
}

/** A stored measure as the form's strings. */
export function measureFormValues(measure: Measure): Record<string, string> {
  return {
    titel: measure.title,
    adresse: measure.slug,
    ziel: measure.goal,
    beschreibung: measure.description,
    fachbereich: measure.ownerDepartmentId,
    status: measure.status,
    fortschritt: String(measure.progressPercent),
    beginn: germanDay(measure.startsOn),
    ende: measure.endsOn ? germanDay(measure.endsOn) : '',
    budget: measure.budgetCents === null ? '' : eurosForForm(measure.budgetCents),
    finanzierung: measure.fundingSource,
    programm: measure.programReference,
    version: String(measure.version),
  };
}

const DAY_HINT = 'Tag.Monat.Jahr, zum Beispiel 31.03.2027';

/** New measure or change one; an edit carries the version it was drawn from. */
export function MeasureFormPage({ measure, departments, values, errors }: MeasureFormProps) {
  const field = (name: string) => ({ name, value: values[name], error: errors?.[name] });
  return (
    <>
      <ErrorSummary errors={errors} anchors={{ version: 'titel' }} />
      <h1>{measure ? `Maßnahme ändern: ${measure.title}` : 'Neue Maßnahme'}</h1>
      <Form action={measure ? STAFF_PATHS.editMeasure(measure.id) : STAFF_PATHS.newMeasure} label="Maßnahme">
        {measure && <input type="hidden" name="version" value={values.version ?? String(measure.version)} />}
        <TextField {...field('titel')} label="Titel" maxLength={160} />
        <TextField
          {...field('adresse')}
          label="Adresse der öffentlichen Seite (freiwillig)"
          hint="Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel freies-wlan. Leer lassen: aus dem Titel gebildet."
          width="medium"
          maxLength={80}
        />
        <TextArea {...field('ziel')} label="Ziel" hint="Was erreicht werden soll, in ein oder zwei Sätzen." rows={3} maxLength={600} />
        <TextArea {...field('beschreibung')} label="Beschreibung (freiwillig)" hint="Absätze durch eine Leerzeile trennen; Markdown ist möglich." rows={8} />
        <SelectField
          {...field('fachbereich')}
          label="Verantwortlicher Fachbereich"
          placeholder="Bitte wählen"
          options={departments.map((department) => ({ value: department.id, label: department.name }))}
        />
        <SelectField {...field('status')} label="Stand" options={MEASURE_STATUSES.map((status) => ({ value: status, label: MEASURE_STATUS_LABELS[status] }))} />
        <TextField {...field('fortschritt')} label="Fortschritt in Prozent" hint="Ganze Zahl von 0 bis 100" width="short" inputMode="numeric" maxLength={3} />
        <DayField {...field('beginn')} label="Beginn" hint={DAY_HINT} />
        <DayField {...field('ende')} label="Geplantes Ende (freiwillig)" hint={`${DAY_HINT}. Leer lassen, wenn die Maßnahme dauerhaft ist.`} />
        <TextField
          {...field('budget')}
          label="Budget in Euro (freiwillig)"
          hint="Zum Beispiel 250.000 oder 1.234,56"
          width="medium"
          inputMode="decimal"
          maxLength={40}
        />
        <TextField
          {...field('finanzierung')}
          label="Finanzierung (freiwillig)"
          hint="Zum Beispiel „Eigenmittel“ oder „Förderprogramm WiFi4EU“."
          maxLength={300}
        />
        <TextField {...field('programm')} label="Abschnitt des Ratsprogramms (freiwillig)" hint="Zum Beispiel „§ 3“." width="medium" maxLength={100} />
        <Button>{measure ? 'Änderungen speichern' : 'Maßnahme anlegen'}</Button>
      </Form>
      {measure && (
        <p>
          <a href={STAFF_PATHS.measure(measure.id)}>Zurück zur Maßnahme, ohne zu speichern</a>
        </p>
      )}
    </>
  );
}
