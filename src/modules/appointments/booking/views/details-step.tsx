import type { FieldErrors } from '../../../../kernel/http';
import { ACCOUNT_PATHS } from '../../../accounts';
import { Button, Checkbox, ErrorSummary, Form, InsetText, SpamFields, StepProgress, SummaryList, TextField, type SummaryRow } from '../../../../kernel/views';
import { PATHS } from '../../paths';
import type { BookingChoices } from '../choices';
import { BackLink, HiddenChoices } from './hidden-choices';
import { STEP_COUNT } from './step-count';

export interface DetailsStepProps {
  choices: BookingChoices;
  /** The choices so far, each with its "Ändern" link. */
  rows: SummaryRow[];
  backHref: string;
  /** Logged in: the account's name and address (not asked again). */
  account: { name: string; email: string } | null;
  values?: Record<string, string> | undefined;
  errors?: FieldErrors | undefined;
  /** After missed appointments: booking needs a confirmed account until this day (in words). */
  accountRequiredUntil?: string | undefined;
  stamp: string;
  /** Until when the chosen time is held for the person (`HH:MM`), when it is. */
  heldUntil?: string | undefined;
}

/** Step 5: check the choices, give name and address (guests), optionally the SMS reminder, and book. */
export function DetailsStep({ choices, rows, backHref, account, values = {}, errors, accountRequiredUntil, stamp, heldUntil }: DetailsStepProps) {
  return (
    <>
      <BackLink href={backHref} />
      <ErrorSummary errors={errors} />
      <StepProgress current={5} total={STEP_COUNT} />
      <h1>Ihre Angaben und Ihr Termin</h1>
      <SummaryList rows={rows} />
      {heldUntil && <InsetText>Wir halten diese Uhrzeit bis {heldUntil} Uhr für Sie frei. Danach kann sie auch jemand anderes buchen.</InsetText>}
      {accountRequiredUntil && (
        <InsetText>
          <a href={ACCOUNT_PATHS.login}>Anmelden</a> oder <a href={ACCOUNT_PATHS.register}>ein Bürgerkonto anlegen</a>. Danach buchen Sie den Termin mit Ihrem
          Konto.
        </InsetText>
      )}
      <Form action={PATHS.bookDetails}>
        <HiddenChoices choices={choices} />
        {account ? (
          <p id="buchung">
            Sie buchen mit Ihrem Bürgerkonto als <strong>{account.name}</strong>. Die Bestätigung geht an <strong>{account.email}</strong>.
          </p>
        ) : (
          <>
            <TextField name="name" label="Ihr Name" value={values.name} error={errors?.name} autocomplete="name" maxLength={120} />
            <TextField
              name="email"
              type="email"
              label="Ihre E-Mail-Adresse"
              hint="Dorthin schicken wir die Bestätigung mit dem Link, über den Sie den Termin absagen oder verschieben können."
              value={values.email}
              error={errors?.email}
              autocomplete="email"
              spellcheck={false}
              maxLength={254}
            />
          </>
        )}
        <Checkbox name="erinnerung" label="Erinnerung per SMS am Tag vor dem Termin" checked={values.erinnerung === 'ja'} error={errors?.erinnerung} />
        <TextField
          name="telefon"
          type="tel"
          label="Ihre Mobilfunknummer (nur für die SMS-Erinnerung)"
          hint="Zum Beispiel 0170 1234567. Wir nutzen sie nur für die Erinnerung und löschen sie nach dem Termin."
          value={values.telefon}
          error={errors?.telefon}
          autocomplete="tel"
          width="medium"
          maxLength={40}
        />
        <SpamFields stamp={stamp} errors={errors} />
        <Button>Termin verbindlich buchen</Button>
      </Form>
    </>
  );
}
