import type { FieldErrors } from '../../../../kernel/http';
import { Button, ButtonLink, Checkbox, ErrorSummary, Form, StatusTag, Table, TextArea, TextField } from '../../../../kernel/views';
import { STAFF_PATHS } from '../../paths';
import type { PlannedService } from '../access';
import type { ServiceRow } from '../repository';

/** Every service one can book, with its duration and at how many counters it is offered. */
export function ServicesPage({ services }: { services: ServiceRow[] }) {
  return (
    <>
      <h1>Dienstleistungen</h1>
      <p class="lead">Was man als Termin buchen kann, mit der Dauer für eine Person. Welche Plätze sie anbieten, steht bei den Plätzen der Standorte.</p>
      <ButtonLink href={STAFF_PATHS.planningNewService}>Dienstleistung anlegen</ButtonLink>
      <Table
        caption={`Dienstleistungen (${services.length})`}
        columns={[
          { header: 'Dienstleistung', cell: (row) => <a href={STAFF_PATHS.planningService(row.id)}>{row.name}</a> },
          { header: 'Dauer (Minuten)', numeric: true, cell: (row) => String(row.durationMinutes) },
          { header: 'Personen höchstens', numeric: true, cell: (row) => String(row.maxQuantity) },
          { header: 'Plätze', numeric: true, cell: (row) => String(row.counters) },
          { header: 'Zustand', cell: (row) => <StatusTag kind={row.active ? 'success' : 'neutral'}>{row.active ? 'buchbar' : 'nicht buchbar'}</StatusTag> },
        ]}
        rows={services}
        empty="Es ist noch keine Dienstleistung angelegt."
      />
    </>
  );
}

interface ServiceFormProps {
  service: PlannedService | undefined;
  values?: Record<string, string> | undefined;
  errors?: FieldErrors | undefined;
}

export function ServiceFormPage({ service, values, errors }: ServiceFormProps) {
  const value = (name: string, stored: string | undefined) => (values ? values[name] : stored);
  return (
    <>
      <h1>{service ? `${service.name} bearbeiten` : 'Dienstleistung anlegen'}</h1>
      <ErrorSummary errors={errors} />
      <Form action={service ? STAFF_PATHS.planningService(service.id) : STAFF_PATHS.planningNewService}>
        <TextField name="name" label="Name" hint="Zum Beispiel „Personalausweis beantragen“." value={value('name', service?.name)} error={errors?.name} />
        <TextField
          name="slug"
          label="Kurzbezeichnung"
          hint="Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel personalausweis. Leistungen verweisen mit ihr auf die Terminbuchung: wer sie ändert, ändert auch die Leistung."
          width="medium"
          value={value('slug', service?.slug)}
          error={errors?.slug}
        />
        <TextField
          name="durationMinutes"
          label="Dauer für eine Person in Minuten"
          inputMode="numeric"
          width="short"
          value={value('durationMinutes', service ? String(service.durationMinutes) : undefined)}
          error={errors?.durationMinutes}
        />
        <TextField
          name="maxQuantity"
          label="Für wie viele Personen höchstens in einem Termin"
          hint="Zum Beispiel 4 für eine Familie beim Personalausweis; 1 bis 10."
          inputMode="numeric"
          width="short"
          value={value('maxQuantity', String(service?.maxQuantity ?? 1))}
          error={errors?.maxQuantity}
        />
        <TextArea
          name="bring"
          label="Bitte mitbringen (optional)"
          hint="Eine Sache je Zeile. Die Bestätigung und die Erinnerung nennen sie."
          rows={5}
          value={value('bring', service?.bring.join('\n'))}
          error={errors?.bring}
        />
        <TextArea
          name="note"
          label="Hinweis (optional)"
          hint="Gebühren, wer persönlich kommen muss."
          rows={3}
          value={value('note', service?.note)}
          error={errors?.note}
        />
        <Checkbox name="active" label="Buchbar" checked={values ? values.active === 'ja' : (service?.active ?? true)} error={errors?.active} />
        <Button>Speichern</Button>
      </Form>
    </>
  );
}
