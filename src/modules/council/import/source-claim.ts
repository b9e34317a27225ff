/**
 * One run per source at a time (the schedule, "Jetzt importieren", the CLI, several processes): a run
 * claims the source's row in one atomic statement, renews the claim as it goes and clears it at its
 * end, also on failure. Two runs at once would both read the same pages and mark each other's runs
 * abandoned.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { formatDateTime } from '../../../kernel/views';
import { councilSources } from '../tables';
import { SourceError } from './http-get';

/**
 * A claim not renewed for this long belongs to a run whose process ended: the next run takes it over.
 * A live run renews it before each list page and each file, which take a few minutes at most (a
 * request's timeout with its retries, a PDF's text); storing what waited at the end takes longer for a
 * large council, hence the margin.
 */
export const CLAIM_TIMEOUT_MINUTES = 30;

const NOW_MS = sql`date_trunc('milliseconds', now())`;

/** Whether a run holds the source now (a claim silent past the timeout is a dead run's, and the next run takes it). */
export function heldClaim(source: { runningSince: Date | null; runningRenewedAt: Date | null }, now = new Date()): boolean {
  const lastSign = source.runningRenewedAt ?? source.runningSince;
  return source.runningSince !== null && lastSign !== null && lastSign.getTime() > now.getTime() - CLAIM_TIMEOUT_MINUTES * 60_000;
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

/** A run's hold on its source. `since` (the database's time to the millisecond) tells its claim from a later run's. */
export class SourceClaim {
  constructor(
    private readonly db: Executor,
    readonly sourceId: string,
    readonly since: Date,
  ) {}

  /**
   * A sign of life. A run silent past the timeout may find its claim taken by another: it stops there
   * (a transient SourceError: the run is recorded as stopped, and the next one continues from its place).
   */
  async renew(): Promise<void> {
    const renewed = await this.db.update(councilSources).set({ runningRenewedAt: NOW_MS }).where(this.mine()).returning({ id: councilSources.id });
    if (renewed.length === 0) throw new SourceError('Der Lauf war zu lange still, ein anderer hat die Quelle übernommen; dieser endet hier.', true);
  }

  /** Clears the run's own claim (not one a later run took over after the timeout). */
  async release(): Promise<void> {
    await this.db.update(councilSources).set({ runningSince: null, runningRenewedAt: null }).where(this.mine());
  }

  private mine() {
    return and(eq(councilSources.id, this.sourceId), eq(councilSources.runningSince, this.since));
  }
}

/** Claims the source, or says since when another run holds it. */
export async function claimSource(db: Executor, sourceId: string): Promise<{ claim: SourceClaim } | { heldSince: Date | null }> {
  const [claimed] = await db
    .update(councilSources)
    .set({ runningSince: NOW_MS, runningRenewedAt: NOW_MS })
    .where(
      and(
        eq(councilSources.id, sourceId),
        sql`(${councilSources.runningSince} is null
          or coalesce(${councilSources.runningRenewedAt}, ${councilSources.runningSince}) < now() - make_interval(mins => ${CLAIM_TIMEOUT_MINUTES}))`,
      ),
    )
    .returning({ since: councilSources.runningSince });
  if (claimed?.since) return { claim: new SourceClaim(db, sourceId, claimed.since) };
  const [holder] = await db.select({ since: councilSources.runningSince }).from(councilSources).where(eq(councilSources.id, sourceId));
  return { heldSince: holder?.since ?? null };
}
