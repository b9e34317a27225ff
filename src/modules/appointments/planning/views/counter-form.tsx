import type { FieldErrors } from '../../../../kernel/http';
import { Button, Checkbox, CheckboxGroup, ErrorSummary, Form, TextField } from '../../../../kernel/views';
import { STAFF_PATHS } from '../../paths';
import type { openCounterForm } from '../use-cases/counters';

type CounterFormProps = Awaited<ReturnType<typeof openCounterForm>> & {
  values?: { name?: string; active?: string; services: string[] } | undefined;
  errors?: FieldErrors | undefined;
};

/** Add a counter or change one: its name as the call-up display shows it, the services it offers, in service or not. */
export function CounterFormPage({ location, counter, services, values, errors }: CounterFormProps) {
  return (
    <>
      <h1>{counter ? `${counter.name} (${location.name})` : `Platz hinzufügen (${location.name})`}</h1>
      <ErrorSummary errors={errors} />
      <Form action={counter ? STAFF_PATHS.planningCounter(location.id, counter.id) : STAFF_PATHS.planningNewCounter(location.id)}>
        <TextField
          name="name"
          label="Name des Platzes"
          hint="Wie die Aufrufanzeige ihn nennt, zum Beispiel „Platz 3“."
          width="medium"
          value={values ? values.name : counter?.name}
          error={errors?.name}
        />
        <CheckboxGroup
          name="services"
          legend="Dienstleistungen an diesem Platz"
          hint="Ein Termin wird nur an einem Platz gebucht, der alle gewählten Dienstleistungen anbietet."
          options={services.map((service) => ({ value: service.id, label: service.active ? service.name : `${service.name} (nicht buchbar)` }))}
          values={values ? values.services : (counter?.serviceIds ?? services.filter((service) => service.active).map((service) => service.id))}
          error={errors?.services}
        />
        {counter && (
          <Checkbox
            name="active"
            label="In Betrieb"
            hint="Ein Platz außer Betrieb hat keine freien Zeiten mehr; schon gebuchte Termine bleiben und stehen im Tagesplan."
            checked={values ? values.active === 'ja' : counter.active}
          />
        )}
        <Button>Speichern</Button>
      </Form>
      <p>
        <a href={STAFF_PATHS.planningLocation(location.id)}>Zurück zu {location.name}</a>
      </p>
    </>
  );
}
