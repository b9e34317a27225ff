import { formatDate, StatusTag, Table } from '../../../kernel/views';
import { PATHS } from '../paths';
import { IDEA_STATUS_LABELS, IDEA_STATUS_TAGS, supportLabel, VISIBILITY_LABELS } from '../presenters';
import type { MyContributions } from '../use-cases/my-contributions';

const EXCERPT = 120;

/** The person's ideas and comments with their state; a hidden one shows the moderation's reason. */
export function MinePage({ ideas, comments }: MyContributions) {
  return (
    <>
      <h1>Meine Vorschläge und Kommentare</h1>
      <p class="lead">
        Hier sehen Sie, was Sie bei <a href={PATHS.public}>Mitmachen</a> geschrieben haben und wie es steht.
      </p>
      <Table
        caption="Meine Vorschläge"
        columns={[
          { header: 'Vorschlag', cell: (idea) => <a href={PATHS.idea(idea.id)}>{idea.title}</a> },
          { header: 'Stand', cell: (idea) => <StatusTag kind={IDEA_STATUS_TAGS[idea.status]}>{IDEA_STATUS_LABELS[idea.status]}</StatusTag> },
          {
            header: 'Sichtbarkeit',
            cell: (idea) => VISIBILITY_LABELS[idea.visibility] + (idea.visibility === 'hidden' && idea.hiddenReason ? ` (Grund: ${idea.hiddenReason})` : ''),
          },
          { header: 'Unterstützung', cell: (idea) => supportLabel(idea.supportCount) },
          { header: 'Eingereicht', cell: (idea) => formatDate(idea.createdAt) },
        ]}
        rows={ideas}
        empty="Sie haben noch keinen Vorschlag eingereicht."
      />
      <Table
        caption="Meine Kommentare"
        columns={[
          { header: 'Zum Vorschlag', cell: (comment) => <a href={`${PATHS.idea(comment.ideaId)}#kommentar-${comment.id}`}>{comment.ideaTitle}</a> },
          { header: 'Kommentar', cell: (comment) => (comment.body.length > EXCERPT ? `${comment.body.slice(0, EXCERPT)} …` : comment.body) },
          {
            header: 'Sichtbarkeit',
            cell: (comment) =>
              VISIBILITY_LABELS[comment.visibility] + (comment.visibility === 'hidden' && comment.hiddenReason ? ` (Grund: ${comment.hiddenReason})` : ''),
          },
          { header: 'Geschrieben', cell: (comment) => formatDate(comment.createdAt) },
        ]}
        rows={comments}
        empty="Sie haben noch keinen Kommentar geschrieben."
      />
    </>
  );
}
