import type { FieldErrors } from '../../../../kernel/http';
import { Button, ErrorSummary, Form, InsetText } from '../../../../kernel/views';
import { BackLink } from '../../booking/views/hidden-choices';
import { visitTimeText } from '../../mails/booking-facts';
import { PATHS } from '../../paths';
import type { ManagedBookingView } from '../use-cases/open-managed-booking';

/** "Termin absagen": asked once more before anything happens (a destructive action, docs/design.md). */
export function CancelPage({ view, errors }: { view: ManagedBookingView; errors?: FieldErrors | undefined }) {
  const { facts, secret, locked } = view;
  return (
    <>
      <BackLink href={PATHS.manage(secret)} />
      <ErrorSummary errors={errors} />
      <h1 id="absagen">Termin {facts.reference} absagen?</h1>
      <p>
        {visitTimeText(facts)} im {facts.location.name}.
      </p>
      {locked ? (
        <InsetText>{locked}</InsetText>
      ) : (
        <>
          <p>Die Zeit wird sofort für andere frei. Sie bekommen eine kurze Bestätigung per E-Mail.</p>
          <Form action={PATHS.manageCancel(secret)}>
            <Button variant="danger">Termin absagen</Button>
          </Form>
        </>
      )}
      <p>
        <a href={PATHS.manage(secret)}>Termin behalten</a>
      </p>
    </>
  );
}
