import type { FieldErrors } from '../../../../kernel/http';
import { Button, CheckboxGroup, ErrorSummary, Form, InsetText, SelectField, StepProgress } from '../../../../kernel/views';
import { PATHS } from '../../paths';
import type { BookingChoices } from '../choices';
import type { ServiceRow } from '../repository';
import { STEP_COUNT } from './step-count';

function minutes(service: ServiceRow): string {
  return `etwa ${service.durationMinutes} Minuten${service.maxQuantity > 1 ? ' je Person' : ''}`;
}

/** Step 1: which services, each for how many persons. */
export function ServicesStep({ services, choices, errors }: { services: readonly ServiceRow[]; choices: BookingChoices; errors?: FieldErrors | undefined }) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <StepProgress current={1} total={STEP_COUNT} />
      {services.length === 0 ? <NothingToBook /> : <ServicesForm services={services} choices={choices} errors={errors} />}
    </>
  );
}

function NothingToBook() {
  return (
    <>
      <h1>Termin buchen</h1>
      <InsetText>Zurzeit können keine Termine online gebucht werden. Bitte rufen Sie das Bürgerbüro an.</InsetText>
    </>
  );
}

function ServicesForm({ services, choices, errors }: { services: readonly ServiceRow[]; choices: BookingChoices; errors?: FieldErrors | undefined }) {
  const chosen = choices.services.map((service) => service.slug);
  const quantityOf = (slug: string) => String(choices.services.find((service) => service.slug === slug)?.quantity ?? 1);
  return (
    <>
      <Form action={PATHS.book} method="get">
        <input type="hidden" name="weiter" value="ja" />
        <CheckboxGroup
          name="dienst"
          legend="Wofür möchten Sie einen Termin?"
          legendIsHeading
          hint="Sie können mehrere Anliegen in einem Termin erledigen. Die Dauer zählt zusammen."
          options={services.map((service) => ({ value: service.slug, label: service.name, hint: minutes(service) }))}
          values={chosen}
          error={errors?.dienst}
        />
        {services
          .filter((service) => service.maxQuantity > 1)
          .map((service) => (
            <SelectField
              name={`anzahl-${service.slug}`}
              label={`${service.name}: für wie viele Personen?`}
              hint="Nur wenn Sie dieses Anliegen oben gewählt haben. Zum Beispiel für Ihre Kinder."
              options={Array.from({ length: service.maxQuantity }, (_, index) => ({ value: String(index + 1), label: String(index + 1) }))}
              value={quantityOf(service.slug)}
              error={errors?.[`anzahl-${service.slug}`]}
            />
          ))}
        <Button>Weiter</Button>
      </Form>
    </>
  );
}
