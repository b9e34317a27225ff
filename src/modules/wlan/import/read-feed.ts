import { open } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { PROJECT_ROOT } from '../../../kernel/config';
import { fetchRemote, RemoteError } from '../../opendata';

/** How much and how long a feed may take: a community's meshviewer.json of 5,000 nodes is about 5 MB. */
export interface FeedLimits {
  maxBytes: number;
  timeoutMs: number;
}

export const FEED_LIMITS: FeedLimits = { maxBytes: 32 * 1024 * 1024, timeoutMs: 30_000 };

/** A feed that could not be read; the message is German and goes into the import log as it is. */
export class FeedError extends Error {
  override name = 'FeedError';
}

export const isHttpLocation = (location: string): boolean => /^https?:\/\//i.test(location);

/** A file location as stored: relative paths are the project's (the demo packs'), so the data directory can move. */
export const feedFilePath = (location: string): string => (isAbsolute(location) ? location : resolve(PROJECT_ROOT, location));

async function readFile(location: string, { maxBytes }: FeedLimits): Promise<string> {
  let file;
  try {
    file = await open(feedFilePath(location), 'r');
  } catch {
    throw new FeedError(`Die Datei „${location}“ lässt sich nicht lesen.`);
  }
  try {
    const stats = await file.stat();
    const size = stats.size;
    if (!stats.isFile()) throw new FeedError(`„${location}“ ist keine Datei.`);
    if (size > maxBytes) throw new FeedError(`Die Datei „${location}“ ist größer als ${maxBytes} Bytes.`);
    // Read no more than the limit, even if the file grows while it is read.
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await file.read(buffer, 0, size, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await file.close();
  }
}

async function readUrl(location: string, limits: FeedLimits): Promise<string> {
  const fetchLimits = { timeoutMs: limits.timeoutMs, maxBytes: limits.maxBytes, maxRedirects: 3 };
  try {
    return (await fetchRemote(location, 'application/json', fetchLimits)).body;
  } catch (first) {
    if (!(first instanceof RemoteError)) throw first;
    // Once more: a community's map server restarting or a dropped connection should not cost a run.
    try {
      return (await fetchRemote(location, 'application/json', fetchLimits)).body;
    } catch (second) {
      throw second instanceof RemoteError ? new FeedError(`${second.message} Zweimal versucht.`) : second;
    }
  }
}

/** The feed's text from an http(s) URL (timeout, size limit, one retry) or a file (size limit). */
export function readFeed(location: string, limits: FeedLimits = FEED_LIMITS): Promise<string> {
  return isHttpLocation(location) ? readUrl(location, limits) : readFile(location, limits);
}
