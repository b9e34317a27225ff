/** The staff pages' queries: sources with their latest run, runs with their source's name. */
import { desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { councilImportRuns, councilSources } from '../tables';
import type { CouncilSource, ImportRun } from '../import/run-repository';

export interface RunRow {
  run: ImportRun;
  sourceName: string;
}

export async function listSources(db: Executor): Promise<{ source: CouncilSource; lastRun: RunRow['run'] | null }[]> {
  const sources = await db
    .select()
    .from(councilSources)
    .orderBy(sql`${councilSources.name} collate "und-x-icu"`);
  const runs = await listRuns(db, 500);
  return sources.map((source) => ({ source, lastRun: runs.find((row) => row.run.sourceId === source.id)?.run ?? null }));
}

/** The latest runs, newest first; the skipped lists stay out (the run's page shows them). */
export async function listRuns(db: Executor, limit: number, sourceId?: string): Promise<RunRow[]> {
  return db
    .select({
      run: { ...getTableColumns(councilImportRuns), skipped: sql<ImportRun['skipped']>`'[]'::jsonb`, lists: sql<ImportRun['lists']>`'[]'::jsonb` },
      sourceName: councilSources.name,
    })
    .from(councilImportRuns)
    .innerJoin(councilSources, eq(councilSources.id, councilImportRuns.sourceId))
    .where(sourceId ? eq(councilImportRuns.sourceId, sourceId) : undefined)
    .orderBy(desc(councilImportRuns.startedAt))
    .limit(limit);
}

export async function findRun(db: Executor, id: string): Promise<RunRow | undefined> {
  const [row] = await db
    .select({ run: councilImportRuns, sourceName: councilSources.name })
    .from(councilImportRuns)
    .innerJoin(councilSources, eq(councilSources.id, councilImportRuns.sourceId))
    .where(eq(councilImportRuns.id, id));
  return row;
}

export type SourceFields = Pick<typeof councilSources.$inferInsert, 'name' | 'url' | 'enabled' | 'intervalMinutes'>;

export async function insertSource(db: Executor, fields: SourceFields): Promise<string> {
  const [row] = await db.insert(councilSources).values(fields).returning({ id: councilSources.id });
  return row!.id;
}

export async function updateSource(db: Executor, id: string, fields: Partial<SourceFields>): Promise<void> {
  await db.update(councilSources).set(fields).where(eq(councilSources.id, id));
}
