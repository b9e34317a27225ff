import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../../../kernel/db';
import { harvestRuns, harvestSources } from '../../tables';

export interface HarvestOrigin {
  sourceTitle: string;
  /** When the source's last run ended; null before the first one has. */
  lastHarvestedAt: Date | null;
}

/** The source a harvested dataset comes from and when it was last read, for the read-only note. */
export async function findHarvestOrigin(db: Executor, sourceId: string): Promise<HarvestOrigin | undefined> {
  const [source] = await db.select({ title: harvestSources.title }).from(harvestSources).where(eq(harvestSources.id, sourceId));
  if (!source) return undefined;
  const [run] = await db
    .select({ finishedAt: harvestRuns.finishedAt })
    .from(harvestRuns)
    .where(and(eq(harvestRuns.sourceId, sourceId), isNotNull(harvestRuns.finishedAt)))
    .orderBy(desc(harvestRuns.finishedAt))
    .limit(1);
  return { sourceTitle: source.title, lastHarvestedAt: run?.finishedAt ?? null };
}
