/**
 * Reading a CKAN portal through its Action API, as ckanext-harvest's CKAN harvester does:
 * `package_search` page by page in a stable order (`sort=id asc`), incremental with
 * `fq=metadata_modified:[<start of the last successful run> TO *]`, and a listing of every id
 * (`fl=id`) for deletions. Each answer is checked (zod) before anything is used: a malformed page
 * ends the run, a malformed package is reported on its own.
 */
import { z } from 'zod';
import { ckanPackageSchema, remoteFromCkan } from './ckan-package';
import { fetchRemote, RemoteError, type FetchLimits } from './fetch-remote';
import type { RemotePage } from './remote';
import type { SourceReader } from './source-reader';

export interface CkanOptions {
  /** The API base, e.g. https://daten.stadtwerke.example/api/3 (with or without /action). */
  url: string;
  /** Only what changed since then; null for a full harvest. */
  modifiedSince: Date | null;
  rows: number;
  maxPages: number;
  limits?: FetchLimits;
}

const searchAnswerSchema = z.object({
  success: z.literal(true),
  result: z.object({ count: z.number().int().nonnegative(), results: z.array(z.unknown()) }),
});

const idListSchema = z.array(z.object({ id: z.string().min(1) }).loose());

/** `…/api/3` and `…/api/3/action` both name the API; a portal's start page names its default API. */
export function actionUrl(base: string, action: string, query: Record<string, string>): string {
  const trimmed = base.replace(/\/+$/, '');
  const api = /\/api\/\d+\/action$/.test(trimmed) ? trimmed : /\/api\/\d+$/.test(trimmed) ? `${trimmed}/action` : `${trimmed}/api/3/action`;
  return `${api}/${action}?${new URLSearchParams(query).toString()}`;
}

async function searchPage(options: CkanOptions, query: Record<string, string>) {
  const address = actionUrl(options.url, 'package_search', query);
  const answer = await fetchRemote(address, 'application/json', options.limits);
  let json: unknown;
  try {
    json = JSON.parse(answer.body);
  } catch {
    throw new RemoteError(`${address} antwortet nicht mit JSON.`);
  }
  const parsed = searchAnswerSchema.safeParse(json);
  if (!parsed.success) throw new RemoteError(`${address} antwortet nicht wie die CKAN-API (package_search).`);
  return parsed.data.result;
}

/** Pages through a search until `count` is reached; a page beyond `maxPages` stops the run. */
async function* pagesOf(options: CkanOptions, query: Record<string, string>) {
  for (let page = 0, start = 0; ; page++) {
    if (page >= options.maxPages) throw new RemoteError(`Die Quelle hat mehr als ${options.maxPages} Seiten; die Ernte bricht ab.`);
    const result = await searchPage(options, { ...query, rows: String(options.rows), start: String(start) });
    yield result.results;
    start += result.results.length;
    if (result.results.length === 0 || start >= result.count) return;
  }
}

function readPackages(results: unknown[]): RemotePage {
  const page: RemotePage = { datasets: [], unreadable: [] };
  for (const result of results) {
    const parsed = ckanPackageSchema.safeParse(result);
    if (parsed.success) page.datasets.push(remoteFromCkan(parsed.data));
    else {
      const id = (result as { id?: unknown } | null)?.id;
      page.unreadable.push({ ref: typeof id === 'string' ? id : null, message: 'Der Datensatz hat nicht die Form eines CKAN-Datensatzes.' });
    }
  }
  return page;
}

export function ckanReader(options: CkanOptions): SourceReader {
  const fq = options.modifiedSince ? `metadata_modified:[${options.modifiedSince.toISOString()} TO *]` : '';
  return {
    async *pages() {
      for await (const results of pagesOf(options, { q: '*:*', sort: 'id asc', ...(fq ? { fq } : {}) })) yield readPackages(results);
    },
    async allRefs() {
      const refs = new Set<string>();
      for await (const results of pagesOf({ ...options, rows: 1000 }, { q: '*:*', sort: 'id asc', fl: 'id' })) {
        const parsed = idListSchema.safeParse(results);
        if (!parsed.success) throw new RemoteError('Die Liste aller Datensätze der Quelle ist unvollständig.');
        for (const row of parsed.data) refs.add(row.id);
      }
      return refs;
    },
  };
}
