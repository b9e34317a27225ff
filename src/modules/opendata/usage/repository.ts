import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../kernel/db';

/** What one flush adds to one dataset's day. */
export interface UsageIncrement {
  datasetName: string;
  /** `YYYY-MM-DD`, Europe/Berlin. */
  day: string;
  pageViews: number;
  downloads: number;
  apiCalls: number;
}

/**
 * Adds the counts in one atomic statement: several processes flush into the same rows, so the
 * figures are added where they are stored (`x = x + excluded.x`), never read and written back.
 * Names that no longer exist (a dataset renamed or removed since) are dropped by the join.
 */
export async function addUsage(db: Executor, increments: readonly UsageIncrement[]): Promise<void> {
  if (increments.length === 0) return;
  await db.execute(sql`
    insert into opendata_usage_daily as u (dataset_id, day, page_views, downloads, api_calls)
    select d.id, v.day, sum(v.page_views)::int, sum(v.downloads)::int, sum(v.api_calls)::int
    from jsonb_to_recordset(${JSON.stringify(increments.map(toRecord))}::jsonb)
      as v(name text, day date, page_views int, downloads int, api_calls int)
    join opendata_datasets d on d.name = v.name
    group by d.id, v.day
    on conflict (dataset_id, day) do update set
      page_views = u.page_views + excluded.page_views,
      downloads = u.downloads + excluded.downloads,
      api_calls = u.api_calls + excluded.api_calls`);
}

const toRecord = (increment: UsageIncrement) => ({
  name: increment.datasetName,
  day: increment.day,
  page_views: increment.pageViews,
  downloads: increment.downloads,
  api_calls: increment.apiCalls,
});

interface UsageFigures {
  pageViews: number;
  downloads: number;
  apiCalls: number;
}

export interface DatasetUsage {
  id: string;
  name: string;
  title: string;
  state: 'draft' | 'active' | 'deleted';
  recent: UsageFigures;
  total: UsageFigures;
}

export const USAGE_SORTS = { aufrufe: 'page_views', downloads: 'downloads', api: 'api_calls' } as const;
export type UsageSort = keyof typeof USAGE_SORTS;

interface OverviewRow {
  id: string;
  name: string;
  title: string;
  state: DatasetUsage['state'];
  recent_page_views: number;
  recent_downloads: number;
  recent_api_calls: number;
  total_page_views: number;
  total_downloads: number;
  total_api_calls: number;
}

const sumSince = (column: string, since: string) =>
  sql`coalesce(sum(${sql.raw(`u.${column}`)}) filter (where u.day >= ${since}::date), 0)::int as ${sql.raw(`recent_${column}`)}`;
const sumAll = (column: string) => sql`coalesce(sum(${sql.raw(`u.${column}`)}), 0)::int as ${sql.raw(`total_${column}`)}`;

/** An organisation's datasets (deleted ones left out) with their figures since `since` and in total, most used first by `sort`. */
export async function organizationUsage(db: Executor, organizationId: string, since: string, sort: UsageSort): Promise<DatasetUsage[]> {
  const columns = Object.values(USAGE_SORTS);
  const rows = await queryRows<OverviewRow>(
    db,
    sql`select d.id, d.name, d.title, d.state,
          ${sql.join([...columns.map((column) => sumSince(column, since)), ...columns.map(sumAll)], sql`, `)}
        from opendata_datasets d
        left join opendata_usage_daily u on u.dataset_id = d.id
        where d.organization_id = ${organizationId} and d.state <> 'deleted'
        group by d.id
        order by ${sql.raw(`recent_${USAGE_SORTS[sort]}`)} desc, ${sql.raw(`total_${USAGE_SORTS[sort]}`)} desc, d.title collate "und-x-icu", d.id`,
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    title: row.title,
    state: row.state,
    recent: { pageViews: row.recent_page_views, downloads: row.recent_downloads, apiCalls: row.recent_api_calls },
    total: { pageViews: row.total_page_views, downloads: row.total_downloads, apiCalls: row.total_api_calls },
  }));
}

export interface DailyUsage extends UsageFigures {
  day: string;
}

/** One dataset's figures per day from `from` on (days without any use have no row). */
export async function dailyUsage(db: Executor, datasetId: string, from: string): Promise<DailyUsage[]> {
  return queryRows<DailyUsage>(
    db,
    sql`select to_char(day, 'YYYY-MM-DD') as day, page_views as "pageViews", downloads, api_calls as "apiCalls"
        from opendata_usage_daily where dataset_id = ${datasetId} and day >= ${from}::date order by day`,
  );
}

const PUBLIC = sql`d.state = 'active' and not d.private`;

/** The public datasets most used since `since` (views, downloads and API calls together), most first. */
export async function mostUsedDatasetIds(db: Executor, since: string, limit: number): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select d.id from opendata_usage_daily u join opendata_datasets d on d.id = u.dataset_id
        where ${PUBLIC} and u.day >= ${since}::date
        group by d.id
        having sum(u.page_views + u.downloads + u.api_calls) > 0
        order by sum(u.page_views + u.downloads + u.api_calls) desc, d.id
        limit ${limit}`,
  );
  return rows.map((row) => row.id);
}

/** Daily figures of the public datasets before `until` (complete days only), for the open dataset. */
export async function publicDailyUsage(db: Executor, until: string): Promise<Array<DailyUsage & { name: string }>> {
  return queryRows(
    db,
    sql`select to_char(u.day, 'YYYY-MM-DD') as day, d.name, u.page_views as "pageViews", u.downloads, u.api_calls as "apiCalls"
        from opendata_usage_daily u join opendata_datasets d on d.id = u.dataset_id
        where ${PUBLIC} and u.day < ${until}::date
        order by u.day, d.name`,
  );
}
