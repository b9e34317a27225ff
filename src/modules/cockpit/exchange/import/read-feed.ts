import { fetchRemote, RemoteError } from '../../../opendata';

/** How much and how long another town's feed may take: ours with 50 measures and 40 figures is about 100 KB. */
export interface FeedLimits {
  maxBytes: number;
  timeoutMs: number;
}

export const FEED_LIMITS: FeedLimits = { maxBytes: 5 * 1024 * 1024, timeoutMs: 20_000 };

/** A feed that could not be read; the message is German and is shown as it is. */
export class FeedReadError extends Error {
  override name = 'FeedReadError';
}

const looksLikeHtml = (contentType: string, body: string) =>
  /^(text\/html|application\/xhtml\+xml)/i.test(contentType.trim()) || /^\s*</.test(body.slice(0, 200));

/**
 * The feed's text from an http(s) URL, read with the harvester's caution (opendata's fetchRemote: no
 * other scheme, a timeout for the whole answer, a few redirects, the size limit while reading). An HTML
 * page (a portal's start page, an error page) is refused: a feed is JSON.
 */
export async function readFeedUrl(url: string, limits: FeedLimits = FEED_LIMITS): Promise<string> {
  try {
    const answer = await fetchRemote(url, 'application/json', { timeoutMs: limits.timeoutMs, maxBytes: limits.maxBytes, maxRedirects: 3 });
    if (looksLikeHtml(answer.contentType, answer.body)) {
      throw new FeedReadError(`${url} liefert eine Webseite (HTML), keinen Feed. Geben Sie die Adresse der feed.json an.`);
    }
    return answer.body;
  } catch (error) {
    if (error instanceof RemoteError) throw new FeedReadError(error.message);
    throw error;
  }
}

/** An uploaded file's text; HTML is refused as from a URL. */
export function readFeedFile(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  if (looksLikeHtml('', text)) throw new FeedReadError('Die Datei ist eine Webseite (HTML), kein Feed.');
  return text;
}
