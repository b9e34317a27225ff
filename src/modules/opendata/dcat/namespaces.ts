/**
 * The vocabularies of the export and the prefixes all three serialisations use (Turtle @prefix,
 * RDF/XML xmlns, JSON-LD @context), so the documents read alike.
 */
import { DataFactory, type NamedNode } from 'n3';

export const PREFIXES = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  dcatde: 'http://dcat-ap.de/def/dcatde/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  spdx: 'http://spdx.org/rdf/terms#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  hydra: 'http://www.w3.org/ns/hydra/core#',
} as const;

type Prefix = keyof typeof PREFIXES;

/** A term of one of our vocabularies: `term('dct', 'title')`. */
export function term(prefix: Prefix, local: string): NamedNode {
  return DataFactory.namedNode(PREFIXES[prefix] + local);
}

export const RDF_TYPE = term('rdf', 'type');
