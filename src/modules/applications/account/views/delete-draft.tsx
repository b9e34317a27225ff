import { Button, Form } from '../../../../kernel/views';
import { PATHS } from '../../paths';
import type { ApplicationRow } from '../../repository';

/** Confirmation before deleting a draft that was never sent. */
export function DeleteDraftPage({ draft, serviceName }: { draft: ApplicationRow; serviceName: string }) {
  return (
    <>
      <h1>Möchten Sie diesen Entwurf löschen?</h1>
      <p class="lead">{serviceName}</p>
      <p>Ihre Angaben und hochgeladenen Dateien werden endgültig gelöscht. Der Antrag wurde nie abgeschickt, die Verwaltung hat ihn nicht gesehen.</p>
      <Form action={PATHS.mineDelete(draft.id)}>
        <div class="button-group">
          <Button variant="danger">Entwurf löschen</Button>
          <a href={PATHS.mine}>Nein, zurück zu Meine Anträge</a>
        </div>
      </Form>
    </>
  );
}
