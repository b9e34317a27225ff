import type { FieldErrors } from '../../../../kernel/http';
import { ErrorSummary, formatDateTime, SummaryList } from '../../../../kernel/views';
import { STAFF_PATHS } from '../../paths';
import { commentAuthorLabel, VISIBILITY_LABELS } from '../../presenters';
import type { StaffCommentView } from '../../use-cases/moderation';
import { PlainText } from '../plain-text';
import { ModerationForm } from './moderation-form';
import { OpenReports } from './open-reports';

/** One comment for the moderators: text, where it stands, open reports, the decision. */
export function StaffCommentPage({
  view,
  values,
  errors,
}: {
  view: StaffCommentView;
  values?: Record<string, string> | undefined;
  errors?: FieldErrors | undefined;
}) {
  const { comment, idea, reports } = view;
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Kommentar prüfen</h1>
      <SummaryList
        rows={[
          { key: 'Zum Vorschlag', value: <a href={STAFF_PATHS.idea(idea.id)}>{idea.title}</a> },
          { key: 'Von', value: commentAuthorLabel(comment) },
          { key: 'Geschrieben', value: formatDateTime(comment.createdAt) + (comment.editedAt ? `, bearbeitet ${formatDateTime(comment.editedAt)}` : '') },
          {
            key: 'Sichtbarkeit',
            value: comment.deletedAt
              ? 'Von der Person gelöscht'
              : VISIBILITY_LABELS[comment.visibility] + (comment.hiddenReason ? ` (Grund: ${comment.hiddenReason})` : ''),
          },
        ]}
      />
      <h2>Text</h2>
      {comment.deletedAt ? <p>Der Text wurde gelöscht.</p> : <PlainText text={comment.body} />}
      <OpenReports reports={reports} />
      <h2>Freigeben oder ausblenden</h2>
      <ModerationForm action={STAFF_PATHS.moderateComment(comment.id)} values={values} errors={errors} />
      <p>
        <a href={STAFF_PATHS.queue}>Zurück zur Warteschlange</a>
      </p>
    </>
  );
}
