/**
 * The DCAT-AP.de documents: a page of the catalogue (`/catalog.ttl|.rdf|.jsonld?page=…`) and one
 * dataset (`/dataset/{name}.ttl|…`). A page comes out in pieces, one per dataset, so a route can
 * stream it and the whole catalogue is never in memory: the caller reads a page of rows, writes the
 * head from their entries (catalogPageWriter), then maps and writes one dataset at a time.
 */
import type { Quad } from 'n3';
import { agentQuads, catalogQuads, datasetQuads, locationQuads } from './graph';
import type { DcatAgent, DcatCatalog, DcatDataset, DcatEntry, DcatSpatial } from './model';
import { hydraQuads, type PageInfo } from './paging';
import { locationUri } from './spatial';
import type { DocumentWriter } from './writers/document-writer';
import { jsonLdWriter } from './writers/json-ld';
import { rdfXmlWriter } from './writers/rdf-xml';
import { turtleWriter } from './writers/turtle';

export type RdfFormat = 'ttl' | 'rdf' | 'jsonld';

/** The extension of each format (as in `/catalog.ttl`) and its content type. */
export const CONTENT_TYPES: Readonly<Record<RdfFormat, string>> = {
  ttl: 'text/turtle; charset=utf-8',
  rdf: 'application/rdf+xml; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
};

export function isRdfFormat(extension: string): extension is RdfFormat {
  return Object.hasOwn(CONTENT_TYPES, extension);
}

const WRITERS: Record<RdfFormat, () => DocumentWriter> = { ttl: turtleWriter, rdf: rdfXmlWriter, jsonld: jsonLdWriter };

/** Each publisher and each location once, however many of the datasets share them. */
function sharedQuads(agents: DcatAgent[], places: DcatSpatial[]): Quad[] {
  const agentsByUri = new Map(agents.map((agent) => [agent.uri, agent]));
  const placesByUri = new Map(places.map((place) => [locationUri(place), place]));
  return [...[...agentsByUri.values()].flatMap(agentQuads), ...[...placesByUri.values()].flatMap(locationQuads)];
}

export interface CatalogPageHead extends PageInfo {
  catalog: DcatCatalog;
  /** Each dataset of this page only (at most pageSize), in order: what the head links and shares. */
  entries: readonly DcatEntry[];
}

export interface CatalogPageWriter {
  /** The catalogue, its paging block, and each publisher and location of the page once. */
  head: string;
  /** One dataset of the page with its distributions, in the order of the entries. */
  dataset(dataset: DcatDataset): string;
  end(): string;
}

/**
 * Writes one page of the catalogue piece by piece. The head is written at once from the page's
 * entries, so the caller need not map a dataset before the stream asks for it, and can let each
 * one go once written.
 */
export function catalogPageWriter(input: CatalogPageHead, format: RdfFormat): CatalogPageWriter {
  const { catalog, entries } = input;
  const writer = WRITERS[format]();
  return {
    head: writer.add([
      ...catalogQuads(
        catalog,
        entries.map((entry) => entry.uri),
      ),
      ...hydraQuads(catalog.uri, input),
      ...sharedQuads([catalog.publisher, ...entries.map((entry) => entry.publisher)], [catalog.spatial, ...entries.map((entry) => entry.spatial)]),
    ]),
    dataset: (dataset) => writer.add(datasetQuads(dataset)),
    end: () => writer.end(),
  };
}

export interface CatalogPageInput extends PageInfo {
  catalog: DcatCatalog;
  /** The datasets of this page only (at most pageSize). */
  datasets: readonly DcatDataset[];
}

/** One page of the catalogue whose datasets are all at hand, in pieces (join them or stream them). */
export function* catalogPage(input: CatalogPageInput, format: RdfFormat): Generator<string> {
  const page = catalogPageWriter({ ...input, entries: input.datasets }, format);
  yield page.head;
  for (const dataset of input.datasets) yield page.dataset(dataset);
  yield page.end();
}

/** One dataset with its distributions, and the catalogue it belongs to. */
export function datasetDocument(dataset: DcatDataset, catalog: DcatCatalog, format: RdfFormat): string {
  const writer = WRITERS[format]();
  const head = writer.add([
    ...catalogQuads(catalog, [dataset.uri]),
    ...sharedQuads([catalog.publisher, dataset.publisher], [catalog.spatial, dataset.spatial]),
    ...datasetQuads(dataset),
  ]);
  return head + writer.end();
}
