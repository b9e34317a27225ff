/**
 * An external list, page by page along `links.next` (spec 2.5). A hostile or broken server cannot keep
 * the importer forever: a page URL seen twice in the list ends it, and so does `maxPagesPerList`.
 */
import { getJson, SourceError } from './http-get';
import type { ImportLimits } from './limits';
import { httpUrlOf, isObject } from './normalize';

export interface ListPage {
  url: string;
  items: unknown[];
  /** The next page, or null at the end. */
  next: string | null;
}

/** The list's first page asked for what changed since then (OParl's filter `modified_since`). */
export function firstPageUrl(listUrl: string, modifiedSince: Date | null): string {
  if (!modifiedSince) return listUrl;
  const url = new URL(listUrl);
  url.searchParams.set('modified_since', modifiedSince.toISOString());
  return url.href;
}

export async function* listPages(startUrl: string, limits: ImportLimits, beforePage: (url: string) => Promise<void>): AsyncGenerator<ListPage> {
  const seen = new Set<string>();
  for (let url: string | null = startUrl; url !== null;) {
    if (seen.has(url)) throw new SourceError(`Die Liste verweist mit „next“ auf eine schon gelesene Seite (${url}); sie wurde dort beendet.`, false);
    if (seen.size >= limits.maxPagesPerList) {
      throw new SourceError(`Die Liste hat mehr als ${limits.maxPagesPerList} Seiten; sie wurde bei ${url} beendet.`, false);
    }
    seen.add(url);
    await beforePage(url);
    const page = await getJson(url, limits);
    if (!Array.isArray(page.data)) throw new SourceError(`${url} ist keine OParl-Listenseite (es fehlt „data“).`, false);
    const links = isObject(page.links) ? page.links : {};
    const next = links.next === undefined || links.next === null ? null : httpUrlOf(links.next);
    if (next === undefined) throw new SourceError(`${url} nennt als nächste Seite keine http(s)-Adresse.`, false);
    yield { url, items: page.data, next };
    url = next;
  }
}
