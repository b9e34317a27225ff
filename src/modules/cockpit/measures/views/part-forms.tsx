import type { FieldErrors } from '../../../../kernel/http';
import { Button, ErrorSummary, Form, RadioGroup, TextArea, TextField } from '../../../../kernel/views';
import { RISK_LEVEL_LABELS } from '../../policies';
import { STAFF_PATHS } from '../../paths';
import { RISK_LEVELS, type Measure, type Milestone, type Risk } from '../../tables';
import { germanDay } from '../values';
import { DayField } from './day-field';

interface PartFormProps<T> {
  measure: Measure;
  /** The stored milestone or risk when changing one. */
  part?: T | undefined;
  values: Record<string, string>;
  errors?: FieldErrors | undefined;
}

function BackLink({ measure }: { measure: Measure }) {
  return (
    <p>
      <a href={STAFF_PATHS.measure(measure.id)}>Zurück zur Maßnahme „{measure.title}“</a>
    </p>
  );
}

export function milestoneFormValues(milestone: Milestone): Record<string, string> {
  return { titel: milestone.title, termin: germanDay(milestone.dueOn), erreicht: milestone.doneOn ? germanDay(milestone.doneOn) : '' };
}

/** Add or change a milestone; the rule on its date is said before it is broken. */
export function MilestoneFormPage({ measure, part, values, errors }: PartFormProps<Milestone>) {
  const field = (name: string) => ({ name, value: values[name], error: errors?.[name] });
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>{part ? 'Meilenstein ändern' : 'Meilenstein hinzufügen'}</h1>
      <p>{`Maßnahme „${measure.title}“, Beginn ${germanDay(measure.startsOn)}${measure.endsOn ? `, geplantes Ende ${germanDay(measure.endsOn)}` : ''}.`}</p>
      <Form action={part ? STAFF_PATHS.milestone(measure.id, part.id) : STAFF_PATHS.milestones(measure.id)} label="Meilenstein">
        <TextField {...field('titel')} label="Meilenstein" maxLength={200} />
        <DayField
          {...field('termin')}
          label="Termin"
          hint="Tag.Monat.Jahr, nicht vor dem Beginn der Maßnahme. Liegt er nach dem geplanten Ende, wird er markiert."
        />
        <DayField {...field('erreicht')} label="Erreicht am (freiwillig)" hint="Tag.Monat.Jahr. Leer lassen, solange er offen ist." />
        <Button>{part ? 'Änderungen speichern' : 'Meilenstein hinzufügen'}</Button>
      </Form>
      <BackLink measure={measure} />
    </>
  );
}

export function riskFormValues(risk: Risk): Record<string, string> {
  return { titel: risk.title, wahrscheinlichkeit: risk.likelihood, auswirkung: risk.impact, gegenmassnahme: risk.mitigation };
}

const LEVEL_OPTIONS = RISK_LEVELS.map((level) => ({ value: level, label: RISK_LEVEL_LABELS[level] }));

/** Add or change a risk (internal: risks are not shown on the public page). */
export function RiskFormPage({ measure, part, values, errors }: PartFormProps<Risk>) {
  const field = (name: string) => ({ name, value: values[name], error: errors?.[name] });
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>{part ? 'Risiko ändern' : 'Risiko hinzufügen'}</h1>
      <p>{`Maßnahme „${measure.title}“. Risiken sind nur in der Verwaltung sichtbar.`}</p>
      <Form action={part ? STAFF_PATHS.risk(measure.id, part.id) : STAFF_PATHS.risks(measure.id)} label="Risiko">
        <TextField {...field('titel')} label="Risiko" hint="Was die Maßnahme aufhalten könnte." maxLength={200} />
        <RadioGroup {...field('wahrscheinlichkeit')} legend="Wahrscheinlichkeit" options={LEVEL_OPTIONS} />
        <RadioGroup {...field('auswirkung')} legend="Auswirkung" options={LEVEL_OPTIONS} />
        <TextArea {...field('gegenmassnahme')} label="Gegenmaßnahme (freiwillig)" rows={3} maxLength={1000} />
        <Button>{part ? 'Änderungen speichern' : 'Risiko hinzufügen'}</Button>
      </Form>
      <BackLink measure={measure} />
    </>
  );
}
