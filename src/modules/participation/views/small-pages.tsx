import type { FieldErrors } from '../../../kernel/http';
import { Button, ButtonLink, ErrorSummary, Form, formatDateTime, SpamFields, TextArea } from '../../../kernel/views';
import { PATHS } from '../paths';
import { COMMENT_MAX, REASON_MAX } from '../schemas';
import { PlainText } from './plain-text';

interface FormState {
  values?: Record<string, string> | undefined;
  errors?: FieldErrors | undefined;
}

/** "Beitrag melden": what is reported, and why. */
export function ReportPage({
  action,
  what,
  text,
  backHref,
  stamp,
  values = {},
  errors,
}: FormState & { action: string; what: string; text: string; backHref: string; stamp: string }) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>{what} melden</h1>
      <p class="lead">
        Verstößt der Beitrag gegen die Regeln, weil er zum Beispiel beleidigt, Werbung macht oder persönliche Daten anderer zeigt? Das Moderationsteam prüft
        Ihre Meldung. Der Beitrag bleibt sichtbar, bis es entschieden hat.
      </p>
      <blockquote class="inset">
        <PlainText text={text} />
      </blockquote>
      <Form action={action}>
        <TextArea name="grund" label="Warum melden Sie den Beitrag?" value={values.grund} error={errors?.grund} rows={4} maxLength={REASON_MAX} />
        <SpamFields stamp={stamp} errors={errors} />
        <Button>Meldung senden</Button>
      </Form>
      <p>
        <a href={backHref}>Zurück zum Vorschlag</a>
      </p>
    </>
  );
}

/** "Kommentar bearbeiten", within 15 minutes of writing. */
export function EditCommentPage({ id, until, backHref, values = {}, errors }: FormState & { id: string; until: Date; backHref: string }) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Kommentar bearbeiten</h1>
      <p class="lead">Sie können Ihren Kommentar bis {formatDateTime(until)} ändern.</p>
      <Form action={PATHS.editComment(id)}>
        <TextArea name="text" label="Ihr Kommentar" value={values.text} error={errors?.text} rows={4} maxLength={COMMENT_MAX} />
        <Button>Änderung speichern</Button>
      </Form>
      <p>
        <a href={backHref}>Zurück zum Vorschlag, ohne zu ändern</a>
      </p>
    </>
  );
}

/** The confirmation before one's own comment is deleted (a page of its own: design.md, destructive actions). */
export function DeleteCommentPage({ id, text, backHref }: { id: string; text: string; backHref: string }) {
  return (
    <>
      <h1>Kommentar löschen?</h1>
      <p class="lead">Der Text wird gelöscht. Antworten anderer bleiben stehen; an der Stelle Ihres Kommentars steht dann, dass Sie ihn gelöscht haben.</p>
      <blockquote class="inset">
        <PlainText text={text} />
      </blockquote>
      <Form action={PATHS.deleteComment(id)}>
        <Button variant="danger">Kommentar endgültig löschen</Button>
      </Form>
      <ButtonLink href={backHref} variant="secondary">
        Nicht löschen
      </ButtonLink>
    </>
  );
}
