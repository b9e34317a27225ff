import type { FieldErrors } from '../../../../kernel/http';
import { Button, ErrorSummary, Form, InsetText, TextArea } from '../../../../kernel/views';
import type { CourseParticipants } from '../use-cases/staff-participants';
import { BOOKING_PATHS } from '../paths';

/**
 * Calling a course off in two steps: first the reason, then a page that says whom it reaches and
 * asks once more. Nothing changes before the second button.
 */
export function CancelCoursePage({ list, reason, errors, confirm }: { list: CourseParticipants; reason?: string; errors?: FieldErrors; confirm: boolean }) {
  const { course } = list;
  const back = <a href={BOOKING_PATHS.staffCourse(course.id)}>Nein, zurück zum Kurs</a>;
  const paid = list.booked.filter((booking) => booking.paymentState === 'paid' && booking.feeCents > 0).length;
  if (confirm && reason) {
    return (
      <>
        <h1>„{course.title}“ wirklich absagen?</h1>
        <ul>
          <li>
            {list.booked.length} Teilnehmende und {list.waitlisted.length} Personen auf der Warteliste bekommen eine E-Mail mit diesem Grund:
          </li>
        </ul>
        <InsetText>{reason}</InsetText>
        <p>Es werden keine Gebühren erhoben. Die Absage lässt sich nicht rückgängig machen.</p>
        {paid > 0 && <p>{paid} Teilnehmende haben schon bezahlt: ihre Gebühren kommen auf die Liste „Erstattungen“ zum Überweisen.</p>}
        <Form action={BOOKING_PATHS.staffCancelCourse(course.id)}>
          <input type="hidden" name="grund" value={reason} />
          <input type="hidden" name="bestaetigt" value="ja" />
          <div class="button-group">
            <Button variant="danger">Kurs jetzt absagen</Button>
            {back}
          </div>
        </Form>
      </>
    );
  }
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>„{course.title}“ absagen</h1>
      <p>
        Zum Beispiel, wenn sich zu wenige angemeldet haben (mindestens {course.minParticipants}, angemeldet {list.booked.length}).
      </p>
      <Form action={BOOKING_PATHS.staffCancelCourse(course.id)}>
        <TextArea
          name="grund"
          label="Grund der Absage"
          hint="Steht in der E-Mail an alle Teilnehmenden und auf der Kursseite."
          value={reason}
          error={errors?.grund}
        />
        <div class="button-group">
          <Button>Weiter</Button>
          {back}
        </div>
      </Form>
    </>
  );
}
