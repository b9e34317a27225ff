import type { FieldErrors } from '../../../../kernel/http';
import { Button, ErrorSummary, Form, formatDateTime, RadioGroup, SummaryList, TextArea } from '../../../../kernel/views';
import { PATHS, STAFF_PATHS } from '../../paths';
import { IDEA_STATUS_LABELS, ideaAuthorLabel, supportLabel, VISIBILITY_LABELS } from '../../presenters';
import { ANSWER_MAX } from '../../schemas';
import { IDEA_STATUSES } from '../../tables';
import type { StaffIdeaView } from '../../use-cases/moderation';
import { MeasureSelect } from '../measure-select';
import { PlainText } from '../plain-text';
import { ModerationForm } from './moderation-form';
import { OpenReports } from './open-reports';

export interface StaffIdeaPageProps {
  view: StaffIdeaView;
  values?: Record<string, string> | undefined;
  errors?: FieldErrors | undefined;
}

/** One idea for the moderators: the text, open reports, the decision (approve/hide), and status, answer and measure. */
export function StaffIdeaPage({ view, values, errors }: StaffIdeaPageProps) {
  const { idea, reports, measures } = view;
  // Each form keeps what was sent to it; the other shows the stored values.
  const answer = { status: values?.status ?? idea.status, antwort: values?.antwort ?? idea.answer, massnahme: values?.massnahme ?? idea.measureId ?? '' };
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>{idea.title}</h1>
      <SummaryList
        rows={[
          { key: 'Sichtbarkeit', value: VISIBILITY_LABELS[idea.visibility] + (idea.hiddenReason ? ` (Grund: ${idea.hiddenReason})` : '') },
          { key: 'Stand', value: IDEA_STATUS_LABELS[idea.status] },
          { key: 'Von', value: ideaAuthorLabel(idea) },
          { key: 'Eingereicht', value: formatDateTime(idea.createdAt) },
          { key: 'Unterstützung', value: supportLabel(idea.supportCount) },
          { key: 'Geprüft', value: idea.reviewedAt ? formatDateTime(idea.reviewedAt) : 'noch nicht' },
        ]}
      />
      <h2>Text</h2>
      <PlainText text={idea.body} />
      {idea.visibility !== 'pending' && (
        <p>
          <a href={PATHS.idea(idea.id)}>Öffentliche Seite des Vorschlags</a>
        </p>
      )}
      <OpenReports reports={reports} />
      <h2>Freigeben oder ausblenden</h2>
      <ModerationForm action={STAFF_PATHS.moderateIdea(idea.id)} values={values} errors={errors} />
      <h2>Stand und Antwort der Stadt</h2>
      <Form action={STAFF_PATHS.answerIdea(idea.id)}>
        <RadioGroup
          name="status"
          legend="Stand"
          value={answer.status}
          error={errors?.status}
          options={IDEA_STATUSES.map((status) => ({ value: status, label: IDEA_STATUS_LABELS[status] }))}
        />
        <TextArea
          name="antwort"
          label="Öffentliche Antwort"
          hint="Erscheint beim Vorschlag. Bei „Abgelehnt“ ist sie die Begründung und nötig."
          value={answer.antwort}
          error={errors?.antwort}
          rows={6}
          maxLength={ANSWER_MAX}
        />
        <MeasureSelect
          label="Maßnahme"
          hint="Bei „Aufgegriffen“ die Maßnahme, in der der Vorschlag umgesetzt wird."
          value={answer.massnahme}
          error={errors?.massnahme}
          measures={measures}
        />
        <Button>Stand und Antwort speichern</Button>
      </Form>
      <p>
        <a href={STAFF_PATHS.queue}>Zurück zur Warteschlange</a>
      </p>
    </>
  );
}
