import { formatDateTime, StatusTag, Table } from '../../../../kernel/views';
import { STAFF_PATHS } from '../../paths';
import { VISIBILITY_LABELS } from '../../presenters';
import type { QueueItem } from '../../repository/queue';

const EXCERPT = 160;

function excerpt(text: string): string {
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT)} …` : text;
}

/** "Ideen moderieren": everything nobody has looked at yet, and what was reported, oldest first. */
export function QueuePage({ items, preModeration }: { items: QueueItem[]; preModeration: { ideas: boolean; comments: boolean } }) {
  return (
    <>
      <h1>Ideen moderieren</h1>
      <p class="lead">
        {items.length === 1 ? '1 Beitrag wartet' : `${items.length} Beiträge warten`} auf das Moderationsteam: neue Vorschläge und Kommentare und gemeldete
        Beiträge.
      </p>
      <p>
        Neue Vorschläge erscheinen {preModeration.ideas ? 'erst nach der Freigabe' : 'sofort'}, neue Kommentare{' '}
        {preModeration.comments ? 'erst nach der Freigabe' : 'sofort'} (Einstellung <code>participation.preModeration</code> der Gemeindedatei).
      </p>
      <Table
        caption="Warteschlange"
        columns={[
          { header: 'Art', cell: (item) => (item.kind === 'idea' ? 'Vorschlag' : 'Kommentar') },
          {
            header: 'Beitrag',
            cell: (item) => (
              <>
                <a href={item.kind === 'idea' ? STAFF_PATHS.idea(item.id) : STAFF_PATHS.moderateComment(item.id)}>
                  {item.kind === 'idea' ? item.ideaTitle : `Kommentar zu „${item.ideaTitle}“`}
                </a>
                <br />
                {excerpt(item.text)}
              </>
            ),
          },
          { header: 'Von', cell: (item) => item.authorName ?? 'anonym' },
          {
            header: 'Stand',
            cell: (item) => <StatusTag kind={item.visibility === 'pending' ? 'warning' : 'neutral'}>{VISIBILITY_LABELS[item.visibility]}</StatusTag>,
          },
          { header: 'Meldungen', numeric: true, cell: (item) => String(item.openReports) },
          { header: 'Eingegangen', cell: (item) => formatDateTime(item.createdAt) },
        ]}
        rows={items}
        empty="Nichts zu tun: Alle Beiträge sind geprüft."
      />
    </>
  );
}
