/**
 * The DCAT-AP.de documents: a page of the catalogue (`/catalog.ttl|.rdf|.jsonld?page=…`) and one
 * dataset (`/dataset/{name}.ttl|…`). A page comes out in pieces, one per dataset, so a route can
 * stream it (`Readable.from(catalogPage(…))`) and the whole catalogue is never in memory: the caller
 * loads one page of rows, maps them to the model and hands them over.
 */
import type { Quad } from 'n3';
import { agentQuads, catalogQuads, datasetQuads, locationQuads } from './graph';
import type { DcatAgent, DcatCatalog, DcatDataset, DcatSpatial } from './model';
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

export interface CatalogPageInput extends PageInfo {
  catalog: DcatCatalog;
  /** The datasets of this page only (at most pageSize). */
  datasets: readonly DcatDataset[];
}

/** One page of the catalogue with its Hydra paging block, in pieces (join them or stream them). */
export function* catalogPage(input: CatalogPageInput, format: RdfFormat): Generator<string> {
  const { catalog, datasets } = input;
  const writer = WRITERS[format]();
  yield writer.add([
    ...catalogQuads(
      catalog,
      datasets.map((dataset) => dataset.uri),
    ),
    ...hydraQuads(catalog.uri, input),
    ...sharedQuads([catalog.publisher, ...datasets.map((dataset) => dataset.publisher)], [catalog.spatial, ...datasets.map((dataset) => dataset.spatial)]),
  ]);
  for (const dataset of datasets) yield writer.add(datasetQuads(dataset));
  yield writer.end();
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
