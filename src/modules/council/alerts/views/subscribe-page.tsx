import type { FieldErrors } from '../../../../kernel/http';
import { Button, ErrorSummary, Form, InsetText, SpamFields, TextField } from '../../../../kernel/views';
import { SEARCH_PATHS } from '../../paths';
import { UNCONFIRMED_DAYS } from '../mails';

export interface SubscribeProps {
  label: string;
  kindText: string;
  hidden: Record<string, string>;
  email?: string | undefined;
  errors?: FieldErrors | undefined;
  stamp: string;
}

/** "Benachrichtigung einrichten": what the alert follows, the address, and what happens with it. */
export function SubscribePage({ label, kindText, hidden, email, errors, stamp }: SubscribeProps) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Benachrichtigung per E-Mail einrichten</h1>
      <p class="lead">
        Wir schreiben Ihnen einmal am Tag, wenn es Neues gibt zu {kindText}: <strong>{label}</strong>
      </p>
      <Form action={SEARCH_PATHS.newAlert} label="Benachrichtigung einrichten">
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <TextField
          name="email"
          type="email"
          label="Ihre E-Mail-Adresse"
          hint="Sie brauchen kein Konto. Wir schicken Ihnen zuerst eine E-Mail mit einem Link zur Bestätigung."
          value={email}
          error={errors?.email}
          autocomplete="email"
          spellcheck={false}
        />
        <SpamFields stamp={stamp} errors={errors} />
        <Button>Benachrichtigung anfordern</Button>
      </Form>
      <InsetText>
        Ihre Adresse nutzen wir nur für diese Benachrichtigungen. Bestätigen Sie nicht, löschen wir sie nach {UNCONFIRMED_DAYS} Tagen. Jede E-Mail enthält einen
        Link zum Abbestellen; damit löschen wir Ihre Adresse sofort.
      </InsetText>
    </>
  );
}

/** After the form: the mail is on its way (the same words whether the address had the alert or not). */
export function RequestedPage() {
  return (
    <>
      <h1>Bitte bestätigen Sie Ihre E-Mail-Adresse</h1>
      <p class="lead">Wir haben Ihnen eine E-Mail geschickt. Öffnen Sie den Link darin und bestätigen Sie die Benachrichtigung.</p>
      <p>Erst danach schicken wir Ihnen Neuigkeiten. Kommt keine E-Mail an, sehen Sie bitte auch im Spam-Ordner nach.</p>
      <p>
        <a href={SEARCH_PATHS.search}>Zurück zur Suche in den Vorlagen</a>
      </p>
    </>
  );
}
