import type { LightMyRequestResponse } from 'fastify';
import type { TestClient } from '../support/test-client';
import { pdfReadableText, pdfText } from '../support/pdf-text';

export interface Fetched {
  url: string;
  kind: 'html' | 'pdf' | 'json' | 'other';
  /** What the test reads: the page, the JSON, or the PDF's text, metadata and streams. */
  text: string;
  /** What a person reads (for PDFs without the font programs). */
  readable: string;
}

/**
 * GET links that change state or end the session, and the catalogues' filter combinations (every
 * facet link of every result page, open data and library alike: the same datasets again, which would use up the crawl before it
 * reaches the PDFs); everything else reachable is crawled.
 */
const SKIP = [/^\/konto\/abmelden/, /\/abmelden$/, /^\/daten\/suche\?/, /^\/bildung\/vhs\?/, /^\/bildung\/buecherei\?/];

function linksIn(html: string, from: string): string[] {
  const links: string[] = [];
  for (const [, href] of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
    const decoded = href!.replace(/&amp;/g, '&');
    if (/^(mailto|tel|javascript):/i.test(decoded) || decoded.startsWith('#')) continue;
    const url = new URL(decoded, `http://portal.test${from}`);
    if (url.host !== 'portal.test') continue;
    links.push(url.pathname + url.search);
  }
  return links;
}

/** The portal's own URLs in a JSON answer (an API's links to its objects, OParl's `body`, `paper`, …). */
function jsonLinksIn(body: string): string[] {
  return [...body.matchAll(/"http:\/\/portal\.test(\/[^"\s]*)"/g)].map(([, path]) => path!.replace(/\\\//g, '/'));
}

function kindOf(response: LightMyRequestResponse): Fetched['kind'] {
  const type = String(response.headers['content-type'] ?? '');
  if (type.includes('text/html')) return 'html';
  if (type.includes('application/pdf')) return 'pdf';
  if (type.includes('json')) return 'json';
  return 'other';
}

/** Every URL the crawl asked for, with its status and, for a redirect, where it led. */
export type Visits = Map<string, { status: number; location?: string }>;

/**
 * Breadth-first over same-origin links from `start`, as `client` (its cookies), at most `limit`
 * URLs; follows redirects within the portal. Returns every fetched response with its text, and
 * records each request's status in `visits`.
 */
export async function crawl(
  client: TestClient,
  start: string[],
  limit: number,
  visits: Visits = new Map(),
  { followJson = false }: { followJson?: boolean } = {},
): Promise<Fetched[]> {
  const seen = new Set<string>(start);
  const queue = [...seen];
  const fetched: Fetched[] = [];
  while (queue.length > 0 && fetched.length < limit) {
    const url = queue.shift()!;
    const response = await client.get(url);
    const location = response.headers.location;
    visits.set(url, { status: response.statusCode, ...(typeof location === 'string' ? { location } : {}) });
    if (response.statusCode >= 300 && response.statusCode < 400 && typeof location === 'string') {
      const next = new URL(location, 'http://portal.test');
      const path = next.pathname + next.search;
      if (next.host === 'portal.test' && !seen.has(path) && !SKIP.some((pattern) => pattern.test(path))) {
        seen.add(path);
        queue.push(path);
      }
      continue;
    }
    const kind = kindOf(response);
    const bytes = response.rawPayload;
    const text = kind === 'pdf' ? pdfText(bytes) : response.body;
    fetched.push({ url, kind, text, readable: kind === 'pdf' ? pdfReadableText(bytes) : response.body });
    const links = kind === 'html' ? linksIn(response.body, url) : kind === 'json' && followJson ? jsonLinksIn(response.body) : [];
    for (const link of links) {
      if (seen.has(link) || SKIP.some((pattern) => pattern.test(link))) continue;
      seen.add(link);
      queue.push(link);
    }
  }
  return fetched;
}
