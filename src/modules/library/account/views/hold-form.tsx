import { Button, Form } from '../../../../kernel/views';
import { LENDING_PATHS } from '../../paths';

/**
 * "Vormerken" for a record page (the catalogue renders it when no copy stands on the shelf). The
 * route asks visitors without a card to log in first and comes back to the record.
 */
export function HoldForm({ recordId, title }: { recordId: string; title: string }) {
  return (
    <Form action={LENDING_PATHS.placeHold(recordId)} class="hold-form">
      <p>Alle Exemplare sind ausgeliehen. Merken Sie den Titel vor: Sobald ein Exemplar zurückkommt, bekommen Sie eine E-Mail.</p>
      <Button>
        Vormerken<span class="visually-hidden"> – {title}</span>
      </Button>
    </Form>
  );
}
