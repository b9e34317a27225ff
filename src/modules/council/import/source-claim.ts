/**
 * One run per source at a time (the schedule, "Jetzt importieren", the CLI, several processes): a run
 * claims the source's row in one atomic statement and clears the claim at its end, also on failure.
 * Two runs at once would both read the same pages and mark each other's runs abandoned.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { formatDateTime } from '../../../kernel/views';
import { councilSources } from '../tables';
import { SourceError } from './http-get';

/**
 * A claim older than this belongs to a run whose process ended without clearing it: the next run takes
 * it over. Generous, because a first import of a large council with its files can take hours.
 */
export const CLAIM_TIMEOUT_HOURS = 6;

/** Whether a run holds the source now (a claim past the timeout is a dead run's, and the next run takes it). */
export function heldClaim(runningSince: Date | null, now = new Date()): runningSince is Date {
  return runningSince !== null && runningSince.getTime() > now.getTime() - CLAIM_TIMEOUT_HOURS * 3_600_000;
}

/** The second run of a source: it ended at once and changed nothing. */
export class ImportAlreadyRunning extends SourceError {
  override name = 'ImportAlreadyRunning';
  constructor(readonly runningSince: Date | null) {
    super(
      `Für diese Quelle läuft bereits ein Import${runningSince ? ` (seit ${formatDateTime(runningSince)})` : ''}. Dieser Lauf hat nichts geändert; der laufende liest alles.`,
      true,
    );
  }
}

/**
 * Claims the source, or says who holds it. The claim is the database's time to the millisecond, so the
 * run can clear exactly its own claim (a later run may have taken over a claim that timed out).
 */
export async function claimSource(db: Executor, sourceId: string): Promise<{ claimed: true; since: Date } | { claimed: false; since: Date | null }> {
  const [claimed] = await db
    .update(councilSources)
    .set({ runningSince: sql`date_trunc('milliseconds', now())` })
    .where(
      and(
        eq(councilSources.id, sourceId),
        sql`(${councilSources.runningSince} is null or ${councilSources.runningSince} < now() - make_interval(hours => ${CLAIM_TIMEOUT_HOURS}))`,
      ),
    )
    .returning({ since: councilSources.runningSince });
  if (claimed?.since) return { claimed: true, since: claimed.since };
  const [holder] = await db.select({ since: councilSources.runningSince }).from(councilSources).where(eq(councilSources.id, sourceId));
  return { claimed: false, since: holder?.since ?? null };
}

/** Clears the run's own claim (not one a later run took over after the timeout). */
export async function releaseSource(db: Executor, sourceId: string, since: Date): Promise<void> {
  await db
    .update(councilSources)
    .set({ runningSince: null })
    .where(and(eq(councilSources.id, sourceId), eq(councilSources.runningSince, since)));
}
