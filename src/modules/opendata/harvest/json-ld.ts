/**
 * JSON-LD catalogues into the same n3 store as Turtle and RDF/XML (jsonld-streaming-parser).
 * A JSON-LD document may name its `@context` by URL. Those a DCAT catalogue uses (Hydra, schema.org,
 * our own prefixes) are answered from here without the network; any other is read through the
 * harvest's own `fetchRemote` with tighter limits, each once per run and at most MAX_REMOTE_CONTEXTS,
 * so a catalogue cannot make a run fetch without end or wait on a slow context server.
 */
import { JsonLdParser, type IJsonLdParserOptions } from 'jsonld-streaming-parser';
import { PREFIXES } from '../dcat/namespaces';
import { fetchRemote, RemoteError, type FetchLimits } from './fetch-remote';

export type ContextLoader = NonNullable<IJsonLdParserOptions['documentLoader']>;
type ContextDocument = Awaited<ReturnType<ContextLoader['load']>>;

/** Remote contexts one run may fetch (all its pages together); real catalogues name one or two. */
const MAX_REMOTE_CONTEXTS = 4;
/** A context is a small document: these limits hold for each one, within the run's own. */
const CONTEXT_LIMITS: FetchLimits = { timeoutMs: 10_000, maxBytes: 512 * 1024, maxRedirects: 3 };

const hydra = PREFIXES.hydra;
/** Hydra core's context (www.w3.org/ns/hydra/context.jsonld), its terms for collections and paging: links are IRIs. */
const HYDRA_CONTEXT: ContextDocument = {
  '@context': {
    hydra,
    ...Object.fromEntries(
      ['view', 'member', 'first', 'last', 'next', 'previous', 'firstPage', 'lastPage', 'nextPage', 'previousPage'].map((name) => [
        name,
        { '@id': `${hydra}${name}`, '@type': '@id' },
      ]),
    ),
    ...Object.fromEntries(['Collection', 'PagedCollection', 'PartialCollectionView', 'totalItems', 'itemsPerPage'].map((name) => [name, `${hydra}${name}`])),
  },
};

/** schema.org's context maps its terms into its vocabulary; `@vocab` does the same for every term. */
const SCHEMA_ORG_CONTEXT: ContextDocument = { '@context': { '@vocab': 'http://schema.org/', schema: 'http://schema.org/' } };

const KNOWN_CONTEXTS = new Map<string, ContextDocument>([
  ...['http', 'https'].flatMap((scheme) => [
    [`${scheme}://www.w3.org/ns/hydra/context.jsonld`, HYDRA_CONTEXT] as const,
    [`${scheme}://schema.org`, SCHEMA_ORG_CONTEXT] as const,
    [`${scheme}://schema.org/`, SCHEMA_ORG_CONTEXT] as const,
    [`${scheme}://schema.org/docs/jsonldcontext.json`, SCHEMA_ORG_CONTEXT] as const,
    [`${scheme}://schema.org/docs/jsonldcontext.jsonld`, SCHEMA_ORG_CONTEXT] as const,
  ]),
]);

/** Known contexts from memory; others through fetchRemote, each once, and only a few. One loader serves one run. */
export function contextLoader(limits: FetchLimits = CONTEXT_LIMITS): ContextLoader {
  const fetched = new Map<string, Promise<ContextDocument>>();
  const bounded: FetchLimits = {
    timeoutMs: Math.min(limits.timeoutMs, CONTEXT_LIMITS.timeoutMs),
    maxBytes: Math.min(limits.maxBytes, CONTEXT_LIMITS.maxBytes),
    maxRedirects: Math.min(limits.maxRedirects, CONTEXT_LIMITS.maxRedirects),
  };
  return {
    load(url) {
      const known = KNOWN_CONTEXTS.get(url);
      if (known) return Promise.resolve(known);
      const loading = fetched.get(url);
      if (loading) return loading;
      if (fetched.size >= MAX_REMOTE_CONTEXTS) {
        return Promise.reject(new RemoteError(`Der Katalog nennt mehr als ${MAX_REMOTE_CONTEXTS} entfernte JSON-LD-Kontexte.`));
      }
      const load = fetchRemote(url, 'application/ld+json, application/json;q=0.9', bounded).then((answer) => {
        try {
          return JSON.parse(answer.body) as ContextDocument;
        } catch {
          throw new RemoteError(`Der JSON-LD-Kontext ${url} ist kein JSON.`);
        }
      });
      fetched.set(url, load);
      return load;
    },
  };
}

/**
 * A JSON-LD parser that resolves contexts through the run's loader. It keeps its own term factory:
 * with n3's DataFactory it fails on a null graph term, and the n3 store re-creates the terms anyway.
 */
export function jsonLdParser(baseIRI: string, contexts: ContextLoader): JsonLdParser {
  return new JsonLdParser({ baseIRI, documentLoader: contexts });
}
