/**
 * Reading a DCAT catalogue (Turtle, RDF/XML or JSON-LD) page by page along its Hydra paging: `hydra:next`
 * (Hydra core) or the legacy `hydra:nextPage` that ckanext-dcat(de) catalogue endpoints write, as
 * an IRI or as a literal. A catalogue has no "changed since" query, so every run reads it whole,
 * and the refs of all pages together are the listing for deletions.
 */
import { term, RDF_TYPE } from '../dcat/namespaces';
import { fetchRemote, RemoteError, type FetchLimits } from './fetch-remote';
import { datasetRef, remoteFromDcat } from './dcat-dataset';
import { contextLoader, type ContextLoader } from './json-ld';
import { acceptFor, iri, RdfNode, parseRdf, syntaxOf } from './rdf-graph';
import type { RemotePage } from './remote';
import type { SourceReader } from './source-reader';

export interface DcatOptions {
  url: string;
  maxPages: number;
  limits?: FetchLimits;
}

function nextPageOf(store: RdfNode['store'], pageUrl: string): string | null {
  for (const local of ['next', 'nextPage']) {
    const [next] = store.getObjects(null, iri('hydra', local), null);
    if (next?.value.trim()) return new URL(next.value.trim(), pageUrl).href;
  }
  return null;
}

async function readPage(url: string, options: DcatOptions, seen: Set<string>, contexts: ContextLoader): Promise<RemotePage & { next: string | null }> {
  const answer = await fetchRemote(url, acceptFor(url), options.limits);
  const store = await parseRdf(answer.body, syntaxOf(answer.contentType, answer.url, answer.body), answer.url, contexts);
  const page: RemotePage = { datasets: [], unreadable: [] };
  for (const subject of store.getSubjects(RDF_TYPE, term('dcat', 'Dataset'), null)) {
    const node = new RdfNode(store, subject);
    const ref = datasetRef(node);
    if (!ref) {
      page.unreadable.push({ ref: null, message: 'Ein Datensatz hat weder eine Kennung (dct:identifier) noch eine Adresse.' });
      continue;
    }
    if (seen.has(ref)) continue;
    seen.add(ref);
    page.datasets.push(remoteFromDcat(node, ref));
  }
  return { ...page, next: nextPageOf(store, answer.url) };
}

export function dcatReader(options: DcatOptions): SourceReader {
  const refs = new Set<string>();
  let complete = false;
  return {
    async *pages() {
      const visited = new Set<string>();
      const contexts = contextLoader(options.limits);
      for (let url: string | null = options.url; url;) {
        if (visited.has(url)) break;
        if (visited.size >= options.maxPages) throw new RemoteError(`Der Katalog hat mehr als ${options.maxPages} Seiten; die Ernte bricht ab.`);
        visited.add(url);
        const page = await readPage(url, options, refs, contexts);
        yield { datasets: page.datasets, unreadable: page.unreadable };
        url = page.next;
      }
      complete = true;
    },
    async allRefs() {
      if (!complete) throw new RemoteError('Der Katalog wurde nicht vollständig gelesen.');
      return refs;
    },
  };
}
