import type { LonLat } from '../../../kernel/geo';
import type { ModuleDeps } from '../../../kernel/module';
import { berlinDay } from '../../../kernel/time';
import type { WlanFeedSource } from '../tables';
import { parseFeed, type SkippedNode } from './parse-feed';
import { FEED_LIMITS, FeedError, readFeed, type FeedLimits } from './read-feed';
import { finishRun, lastGoodCount, markRemoved, markSourceSucceeded, recordFeedDay, startRun, upsertNodes, type RunResult } from './repository';

export interface ImportReport extends RunResult {
  runId: string;
  /** Of the nodes taken: inside the municipality's outline and outside it. */
  inside: number;
  outside: number;
  /** Nodes of the source that left the feed with this run. */
  removed: number;
}

/** Below this share of the last good count a feed is taken for broken, not for a network that shrank. */
const COLLAPSE_SHARE = 0.2;
/** Small feeds may halve without anything being wrong. */
const COLLAPSE_MIN_LAST = 10;

function collapseError(taken: number, lastGood: number | undefined): string | null {
  if (taken === 0) return 'Der Feed enthält keinen verwendbaren Knoten.';
  if (lastGood !== undefined && lastGood >= COLLAPSE_MIN_LAST && taken < lastGood * COLLAPSE_SHARE) {
    return `Der Feed enthält nur ${taken} verwendbare Knoten, beim letzten erfolgreichen Import waren es ${lastGood}. Das sieht nach einem Fehler des Feeds aus.`;
  }
  return null;
}

export interface ImportOptions {
  limits?: FeedLimits;
  now?: Date;
}

/**
 * Imports one feed source: reads it, checks every node and, only if the feed as a whole is good,
 * updates the source's hotspots, marks those gone from the feed and writes the day's history, all in
 * one transaction. A feed that cannot be read, is not JSON, is too large, or suddenly holds (almost)
 * no usable node fails the run and changes no hotspot: the last good state stays. Either way the run
 * is recorded with its counts and reasons.
 */
export async function runImport(source: WlanFeedSource, deps: Pick<ModuleDeps, 'db' | 'config'>, options: ImportOptions = {}): Promise<ImportReport> {
  const { db, config } = deps;
  const now = options.now ?? new Date();
  const runId = await startRun(db, source, now);
  const fail = async (error: string, partial: Partial<RunResult> = {}): Promise<ImportReport> => {
    const result: RunResult = { outcome: 'failed', format: source.format, read: 0, taken: 0, skipped: [], ...partial, error };
    await finishRun(db, runId, result);
    return { ...result, runId, inside: 0, outside: 0, removed: 0 };
  };
  let text: string;
  try {
    text = await readFeed(source.url, options.limits ?? FEED_LIMITS);
  } catch (error) {
    if (error instanceof FeedError) return fail(error.message);
    throw error;
  }
  const boundary = config.municipality.map?.boundary as readonly LonLat[] | undefined;
  const parsed = parseFeed(text, source.format, boundary);
  if (!parsed.ok) return fail(parsed.error, { format: parsed.format });
  const skipped: SkippedNode[] = parsed.skipped;
  const counts = { format: parsed.format, read: parsed.read, taken: parsed.nodes.length, skipped };
  const collapse = collapseError(parsed.nodes.length, await lastGoodCount(db, source.id));
  if (collapse) return fail(collapse, counts);
  let removed: number;
  try {
    removed = await db.transaction(async (tx) => {
      await upsertNodes(tx, source.id, source.name, parsed.nodes, now);
      const gone = await markRemoved(tx, source.id, now);
      await recordFeedDay(tx, source.id, berlinDay(now));
      await markSourceSucceeded(tx, source.id, now);
      await finishRun(tx, runId, { outcome: 'succeeded', ...counts, error: null });
      return gone;
    });
  } catch (error) {
    // The transaction rolled back: no hotspot changed. The run says so; the log (job worker, CLI) gets the error.
    await fail('Der Import ist an einem unerwarteten Fehler beim Speichern gescheitert; die Hotspots sind unverändert.', counts);
    throw error;
  }
  const inside = parsed.nodes.filter((node) => node.insideArea).length;
  return { outcome: 'succeeded', ...counts, error: null, runId, inside, outside: parsed.nodes.length - inside, removed };
}
