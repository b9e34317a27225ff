import { Button, ButtonLink, Form } from '../../../../kernel/views';
import { STAFF_ENTRY_PATHS } from '../../paths';
import type { DeletionPage } from './delete-entry';

/** Destructive actions are confirmed on a page of their own (docs/design.md). */
export function DeletionConfirmPage({ kind, id, what, name, back }: DeletionPage) {
  return (
    <>
      <h1>Wirklich {what} löschen?</h1>
      <p class="lead">{name}</p>
      <p>
        Der Eintrag verschwindet aus der Verwaltung und von den Seiten unter „Rat“. Wer die Daten über die OParl-Schnittstelle abgleicht, erfährt, dass er
        gelöscht wurde.
      </p>
      <Form action={STAFF_ENTRY_PATHS.deleteObject(kind, id)}>
        <Button variant="danger">Ja, {what} löschen</Button>
      </Form>
      <p>
        <ButtonLink href={back} variant="secondary">
          Abbrechen
        </ButtonLink>
      </p>
    </>
  );
}
