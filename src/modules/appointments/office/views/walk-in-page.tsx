import type { FieldErrors } from '../../../../kernel/http';
import { Button, CheckboxGroup, ErrorSummary, Form } from '../../../../kernel/views';
import { STAFF_PATHS } from '../../paths';
import type { ServedLocation } from '../repository';

interface Props {
  location: ServedLocation;
  services: Array<{ id: string; name: string }>;
  errors?: FieldErrors | undefined;
  chosen?: readonly string[] | undefined;
  /** Today's plan of the location, to go back to. */
  planHref: string;
}

/** Someone without an appointment: what they came for; they get a call-up number and join the queue. */
export function WalkInPage({ location, services, errors, chosen, planHref }: Props) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Laufkundschaft aufnehmen: {location.name}</h1>
      <Form action={STAFF_PATHS.walkIn(location.slug)}>
        <CheckboxGroup
          name="dienste"
          legend="Wofür ist die Person gekommen?"
          hint="Sie erhält eine Aufrufnummer und wird in die Warteschlange eingereiht. Name und Kontakt werden nicht gebraucht."
          error={errors?.dienste}
          values={chosen}
          options={services.map((service) => ({ value: service.id, label: service.name }))}
        />
        <Button>Aufrufnummer vergeben</Button>
      </Form>
      <p>
        <a href={planHref}>Zurück zum Tagesplan</a>
      </p>
    </>
  );
}
