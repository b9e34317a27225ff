import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../kernel/db';
import { formatDateTime } from '../../../kernel/views';
import { SEARCH_PATHS } from '../paths';
import { germanDay, searchHref } from '../search/presenters';
import { publicPaperIdsOf } from '../search/search-papers';
import type { AlertRow } from './repository';
import type { DigestLine } from './mails';

/** Lines per alert in one digest at most; the rest are counted in a last line. */
const LINES_SHOWN = 25;

interface Window {
  since: Date;
  until: Date;
}

interface PaperRow {
  id: string;
  name: string | null;
  reference: string | null;
  date: string | null;
  isNew: boolean;
}

/** A paper changed in the window: itself, or one of its public files (a new document of it). Public and not deleted only. */
const paperChanged = ({ since, until }: Window) =>
  sql`p.public and not p.deleted and ((p.modified > ${since.toISOString()}::timestamptz and p.modified <= ${until.toISOString()}::timestamptz)
    or exists (select 1 from council_files f where f.public and not f.deleted and f.modified > ${since.toISOString()}::timestamptz and f.modified <= ${until.toISOString()}::timestamptz
      and f.id = any(array(select p.main_file_id union all select pf.file_id from council_paper_files pf where pf.paper_id = p.id))))`;

function paperLine(paper: PaperRow): DigestLine {
  const details = [paper.reference, paper.date ? germanDay(paper.date) : null].filter(Boolean).join(', ');
  return {
    text: `${paper.isNew ? 'Neue Vorlage' : 'Vorlage geändert'}: ${paper.name ?? 'ohne Titel'}${details ? ` (${details})` : ''}`,
    path: SEARCH_PATHS.paper(paper.id),
  };
}

const paperColumns = (since: Date) => sql`p.id, p.name, p.reference, p.date::text as "date", p.created > ${since.toISOString()}::timestamptz as "isNew"`;

async function searchNews(db: Executor, alert: AlertRow, window: Window): Promise<DigestLine[]> {
  const ids = await publicPaperIdsOf(db, alert.search!);
  if (ids.length === 0) return [];
  const rows = await queryRows<PaperRow>(
    db,
    sql`select ${paperColumns(window.since)} from council_papers p
      where p.id = any(array[${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )}]::uuid[]) and ${paperChanged(window)} order by p.date desc nulls last, p.id`,
  );
  return rows.map(paperLine);
}

async function gremiumNews(db: Executor, alert: AlertRow, window: Window): Promise<DigestLine[]> {
  const { since, until } = window;
  const meetings = await queryRows<{ id: string; name: string | null; start: string | null; cancelled: boolean; isNew: boolean }>(
    db,
    sql`select m.id, m.name, m.start::text as "start", m.cancelled, m.created > ${since.toISOString()}::timestamptz as "isNew"
      from council_meetings m join council_meeting_organizations mo on mo.meeting_id = m.id
      where mo.organization_id = ${alert.organizationId} and not m.deleted
        and m.modified > ${since.toISOString()}::timestamptz and m.modified <= ${until.toISOString()}::timestamptz
      order by m.start nulls last, m.id`,
  );
  const papers = await queryRows<PaperRow>(
    db,
    sql`select ${paperColumns(since)} from council_papers p where ${paperChanged(window)} and (
        exists (select 1 from council_consultations c join council_consultation_organizations co on co.consultation_id = c.id
          where c.paper_id = p.id and not c.deleted and co.organization_id = ${alert.organizationId})
        or exists (select 1 from council_paper_organizations po where po.paper_id = p.id and po.role = 'underDirectionOf' and po.organization_id = ${alert.organizationId}))
      order by p.date desc nulls last, p.id`,
  );
  return [
    ...meetings.map((meeting) => {
      const state = meeting.cancelled ? 'Sitzung abgesagt' : meeting.isNew ? 'Neue Sitzung' : 'Sitzung geändert';
      const when = meeting.start ? `, ${formatDateTime(new Date(meeting.start))}` : '';
      return { text: `${state}: ${meeting.name ?? 'Sitzung'}${when}`, path: SEARCH_PATHS.meeting(meeting.id) };
    }),
    ...papers.map(paperLine),
  ];
}

async function paperNews(db: Executor, alert: AlertRow, window: Window): Promise<DigestLine[]> {
  const { since, until } = window;
  const inWindow = (table: string) =>
    sql`${sql.identifier(table)}.modified > ${since.toISOString()}::timestamptz and ${sql.identifier(table)}.modified <= ${until.toISOString()}::timestamptz`;
  const [paper] = await queryRows<{ id: string }>(db, sql`select id from council_papers p where p.id = ${alert.paperId} and p.public and not p.deleted`);
  if (!paper) return [];
  const consultations = await queryRows<{ role: string | null; meeting: string | null; start: string | null; meetingId: string | null }>(
    db,
    sql`select c.role, m.name as "meeting", m.start::text as "start", m.id as "meetingId" from council_consultations c
      left join council_meetings m on m.id = c.meeting_id and not m.deleted
      where c.paper_id = ${paper.id} and not c.deleted and ${inWindow('c')} order by m.start nulls last, c.id`,
  );
  const files = await queryRows<{ id: string; name: string | null; isNew: boolean }>(
    db,
    sql`select f.id, coalesce(f.name, f.file_name) as "name", f.created > ${since.toISOString()}::timestamptz as "isNew" from council_files f
      where f.public and not f.deleted and ${inWindow('f')}
        and f.id = any(array(select main_file_id from council_papers where id = ${paper.id} union all select file_id from council_paper_files where paper_id = ${paper.id}))
      order by f.created, f.id`,
  );
  return [
    ...consultations.map((row) => ({
      text: `Beratung${row.role ? ` (${row.role})` : ''}${row.meeting ? `: ${row.meeting}` : ''}${row.start ? `, ${formatDateTime(new Date(row.start))}` : ''}`,
      path: row.meetingId ? SEARCH_PATHS.meeting(row.meetingId) : SEARCH_PATHS.paper(paper.id),
    })),
    ...files.map((file) => ({ text: `${file.isNew ? 'Neues Dokument' : 'Dokument geändert'}: ${file.name ?? 'Dokument'}`, path: SEARCH_PATHS.file(file.id) })),
  ];
}

/** What is new or changed for one alert between its last digest and `until` (only what everyone may see). */
export async function newsOf(db: Executor, alert: AlertRow, until: Date): Promise<DigestLine[]> {
  const window = { since: alert.reportedUntil ?? until, until };
  const lines =
    alert.kind === 'search'
      ? await searchNews(db, alert, window)
      : alert.kind === 'gremium'
        ? await gremiumNews(db, alert, window)
        : await paperNews(db, alert, window);
  if (lines.length <= LINES_SHOWN) return lines;
  const more = lines.length - LINES_SHOWN;
  const path =
    alert.kind === 'search'
      ? searchHref({ ...alert.search!, sortierung: 'datum' })
      : alert.kind === 'paper'
        ? SEARCH_PATHS.paper(alert.paperId!)
        : SEARCH_PATHS.alerts;
  const rest = { text: `und ${more} weitere`, path };
  return [...lines.slice(0, LINES_SHOWN), rest];
}
