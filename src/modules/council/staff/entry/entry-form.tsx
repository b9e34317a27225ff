import type { ComponentChildren } from 'preact';
import { Button, ButtonLink, Form, NotificationBanner } from '../../../../kernel/views';
import { STAFF_ENTRY_PATHS } from '../../paths';
import { READ_ONLY_MESSAGE } from './access';

interface EntryFormProps {
  action: string;
  /** Imported from a council information system: shown, not changeable (the next import would overwrite it). */
  imported: boolean;
  submitLabel?: string;
  multipart?: boolean;
  children: ComponentChildren;
}

/** The form of an object entered here; for an imported one the same fields, disabled, under the reason. */
export function EntryForm({ action, imported, submitLabel = 'Speichern', multipart, children }: EntryFormProps) {
  if (imported) {
    return (
      <>
        <NotificationBanner title="Nur lesbar">
          <p>{READ_ONLY_MESSAGE}</p>
        </NotificationBanner>
        <fieldset class="fieldset" disabled>
          <legend class="visually-hidden">Angaben aus dem Import</legend>
          {children}
        </fieldset>
      </>
    );
  }
  return (
    <Form action={action} multipart={multipart}>
      {children}
      <Button>{submitLabel}</Button>
    </Form>
  );
}

/** The way to the confirmation page of a soft deletion (kind: the URL part, e.g. `gremien`). */
export function DeleteLink({ kind, id, what, imported }: { kind: string; id: string; what: string; imported: boolean }) {
  if (imported) return null;
  return (
    <>
      <h2>Löschen</h2>
      <p>Gelöschte Einträge verschwinden von den Seiten unter „Rat“; die OParl-Schnittstelle meldet sie als gelöscht.</p>
      <ButtonLink href={STAFF_ENTRY_PATHS.deleteObject(kind, id)} variant="secondary">
        {what} löschen
      </ButtonLink>
    </>
  );
}
