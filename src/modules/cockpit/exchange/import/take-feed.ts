import type { Config } from '../../../../kernel/config';
import type { ExchangeFeed } from '../feed-types';
import { FEED_LIMITS, FeedReadError, readFeedFile, readFeedUrl, type FeedLimits } from './read-feed';
import { checkFeed } from './validate-feed';

/** A feed read and valid, or why not: a German message and the feed's problems (empty when it could not be read at all). */
export type TakenFeed = { ok: true; feed: ExchangeFeed } | { ok: false; message: string; problems: string[] };

function checked(text: string, config: Config): TakenFeed {
  const check = checkFeed(text, config.municipality.gemeindeschluessel);
  if (check.ok) return check;
  return {
    ok: false,
    message: `Der Feed entspricht nicht dem Schema (Version 1): ${check.problems.length === 1 ? 'ein Problem' : 'mehrere Probleme'}, siehe unten.`,
    problems: check.problems,
  };
}

function unreadable(error: unknown): TakenFeed {
  if (error instanceof FeedReadError) return { ok: false, message: error.message, problems: [] };
  throw error;
}

/** Another town's feed from its URL: read with the limits, checked against the schema. */
export async function takeFeedFromUrl(url: string, config: Config, limits: FeedLimits = FEED_LIMITS): Promise<TakenFeed> {
  try {
    return checked(await readFeedUrl(url, limits), config);
  } catch (error) {
    return unreadable(error);
  }
}

/** An uploaded feed file (already within the route's upload limit), checked as from a URL. */
export function takeFeedFromFile(bytes: Buffer, config: Config): TakenFeed {
  try {
    return checked(readFeedFile(bytes), config);
  } catch (error) {
    return unreadable(error);
  }
}
