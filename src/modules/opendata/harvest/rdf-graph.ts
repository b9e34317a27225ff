/**
 * A fetched RDF document as a graph to read from: Turtle through n3, RDF/XML through
 * rdfxml-streaming-parser, JSON-LD through jsonld-streaming-parser (json-ld.ts). A syntax error
 * becomes a `RemoteError` naming the address.
 */
import { DataFactory, Parser, Store, type Quad, type Term } from 'n3';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { PREFIXES } from '../dcat/namespaces';
import { RemoteError } from './fetch-remote';
import { contextLoader, jsonLdParser, type ContextLoader } from './json-ld';

export type RdfSyntax = 'turtle' | 'rdfxml' | 'jsonld';

/** By the content type the server answered with, else by the address's extension, else by the first character. */
export function syntaxOf(contentType: string, url: string, body: string): RdfSyntax {
  if (/ld\+json|^\s*application\/json/i.test(contentType)) return 'jsonld';
  if (/turtle|n3/i.test(contentType)) return 'turtle';
  if (/xml/i.test(contentType)) return 'rdfxml';
  const path = new URL(url).pathname;
  if (/\.(ttl|n3)$/i.test(path)) return 'turtle';
  if (/\.(rdf|xml)$/i.test(path)) return 'rdfxml';
  if (/\.(jsonld|json)$/i.test(path) || /^[{[]/.test(body.trimStart())) return 'jsonld';
  return body.trimStart().startsWith('<') && !body.trimStart().startsWith('<http') ? 'rdfxml' : 'turtle';
}

/** What to ask for: the address's own format when its extension names one, else Turtle before RDF/XML before JSON-LD. */
export function acceptFor(url: string): string {
  const path = new URL(url).pathname;
  if (/\.ttl$/i.test(path)) return 'text/turtle';
  if (/\.(rdf|xml)$/i.test(path)) return 'application/rdf+xml';
  if (/\.jsonld$/i.test(path)) return 'application/ld+json';
  return 'text/turtle, application/rdf+xml;q=0.9, application/ld+json;q=0.8, application/xml;q=0.5';
}

/** The streaming parsers (RDF/XML, JSON-LD) read the whole body into the store; a syntax error rejects. */
function streamInto(parser: RdfXmlParser | ReturnType<typeof jsonLdParser>, body: string, store: Store): Promise<void> {
  return new Promise((resolve, reject) => {
    parser.on('data', (quad: Quad) => store.addQuad(quad));
    parser.on('error', reject);
    parser.on('end', () => resolve());
    parser.write(body);
    parser.end();
  });
}

/** `contexts`: the run's loader of JSON-LD contexts (json-ld.ts), shared by its pages. */
export async function parseRdf(body: string, syntax: RdfSyntax, url: string, contexts: ContextLoader = contextLoader()): Promise<Store> {
  const store = new Store();
  try {
    if (syntax === 'turtle') store.addQuads(new Parser({ baseIRI: url, format: 'text/turtle' }).parse(body));
    else if (syntax === 'jsonld') await streamInto(jsonLdParser(url, contexts), body, store);
    else await streamInto(new RdfXmlParser({ baseIRI: url, dataFactory: DataFactory }), body, store);
  } catch (error) {
    if (error instanceof RemoteError) throw error;
    throw new RemoteError(`${url} ist kein gültiges RDF (${(error as Error).message.slice(0, 200)}).`);
  }
  return store;
}

export type Prefix = keyof typeof PREFIXES | 'locn' | 'owl' | 'schema';
const MORE: Record<string, string> = { locn: 'http://www.w3.org/ns/locn#', owl: 'http://www.w3.org/2002/07/owl#', schema: 'http://schema.org/' };

export function iri(prefix: Prefix, local: string): string {
  return ((PREFIXES as Record<string, string>)[prefix] ?? MORE[prefix]) + local;
}

/** Reading statements about one node: objects of a predicate, as terms or as text. */
export class RdfNode {
  constructor(
    readonly store: Store,
    readonly term: Term,
  ) {}

  objects(prefix: Prefix, local: string): Term[] {
    return this.store.getObjects(this.term, iri(prefix, local), null);
  }

  nodes(prefix: Prefix, local: string): RdfNode[] {
    return this.objects(prefix, local).map((object) => new RdfNode(this.store, object));
  }

  /** Every value as text: literals by their value, IRIs as they are. */
  values(prefix: Prefix, local: string): string[] {
    return this.objects(prefix, local)
      .map((object) => object.value.trim())
      .filter(Boolean);
  }

  /** One value, a German literal before others (DCAT-AP.de catalogues may be multilingual). */
  value(prefix: Prefix, local: string): string | null {
    const objects = this.objects(prefix, local).filter((object) => object.value.trim());
    const german = objects.find((object) => object.termType === 'Literal' && object.language.startsWith('de'));
    const plain = objects.find((object) => object.termType !== 'Literal' || !object.language);
    return (german ?? plain ?? objects[0])?.value.trim() ?? null;
  }

  /** The first value of the first predicate that has one. */
  firstOf(...predicates: Array<[Prefix, string]>): string | null {
    for (const [prefix, local] of predicates) {
      const value = this.value(prefix, local);
      if (value) return value;
    }
    return null;
  }
}
