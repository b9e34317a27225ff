/**
 * For the export's tests: a realistic catalogue and dataset of Iserlohn, and a reader for the
 * JSON-LD we write (no JSON-LD library is in the stack; it reads only the shape json-ld.ts writes).
 */
import { DataFactory, type Quad } from 'n3';
import type { DcatCatalog, DcatDataset, DcatSpatial } from './model';
import { RDF_TYPE } from './namespaces';
import { datasetUri, distributionUri, organisationUri } from './uris';

export const BASE_URL = 'https://www.iserlohn.de';

/** Iserlohn's 12-digit Regionalschlüssel; spatial.ts explains its parts. */
export const ISERLOHN: DcatSpatial = { regionalKey: '059620024024', level: 'municipality', label: 'Iserlohn' };

const publisher = { uri: organisationUri(BASE_URL, 'stadt-iserlohn'), name: 'Stadt Iserlohn', homepage: BASE_URL };

export function iserlohnCatalog(): DcatCatalog {
  return {
    uri: `${BASE_URL}/daten`,
    title: 'Transparenzportal der Stadt Iserlohn',
    description: 'Offene Daten der Stadt Iserlohn: Haushalt, Verkehr, Umwelt und Verwaltung.',
    publisher,
    homepage: `${BASE_URL}/daten`,
    language: 'DEU',
    modified: new Date('2026-11-30T09:15:00Z'),
    spatial: ISERLOHN,
  };
}

export function iserlohnDataset(name = 'haushaltsplan-2026'): DcatDataset {
  const uri = datasetUri(BASE_URL, name);
  return {
    uri,
    name,
    landingPage: uri,
    title: 'Haushaltsplan 2026',
    description:
      'Erträge und Aufwendungen der Stadt Iserlohn nach Produktbereichen, wie der Rat sie am 9. Dezember 2025 beschlossen hat. Beträge in Euro; "n. v." = nicht veranschlagt.',
    keywords: ['Haushalt', 'Finanzen', 'Produktbereiche & Aufwand'],
    themes: ['ECON', 'GOVE'],
    publisher,
    contactPoint: { name: 'Fachbereich Finanzen', email: 'finanzen@iserlohn.de', url: `${BASE_URL}/kontakt` },
    contributorIds: ['http://dcat-ap.de/def/contributors/openNRW'],
    temporal: { start: '2026-01-01', end: '2026-12-31' },
    spatial: ISERLOHN,
    frequency: 'ANNUAL',
    issued: new Date('2025-12-15T08:00:00Z'),
    modified: new Date('2026-03-02T10:30:00Z'),
    legalBasis: 'Informationsfreiheitsgesetz Nordrhein-Westfalen (IFG NRW)',
    version: '2026-1',
    distributions: [
      {
        uri: distributionUri(uri, 'csv'),
        title: 'Haushaltsplan 2026 (CSV)',
        description: 'Eine Zeile je Produktbereich, Trennzeichen Semikolon.',
        format: 'CSV',
        mediaType: 'text/csv',
        byteSize: 48213,
        checksum: { algorithm: 'sha256', value: '91e6dc7866974ec6e089dd8d862a47a0139fb7538efc73189d161cc57a98bc5a' },
        licenseId: 'dl-by-de/2.0',
        licenseAttributionByText: 'Stadt Iserlohn, Haushaltsplan 2026',
        accessUrl: `${uri}/haushaltsplan-2026.csv`,
        downloadUrl: `${uri}/haushaltsplan-2026.csv`,
        issued: new Date('2025-12-15T08:00:00Z'),
        modified: new Date('2026-03-02T10:30:00Z'),
      },
      {
        uri: distributionUri(uri, 'pdf'),
        title: 'Haushaltsplan 2026 (PDF, barrierefrei)',
        format: 'PDF',
        mediaType: 'application/pdf',
        licenseId: 'cc-zero',
        accessUrl: `${uri}/haushaltsplan-2026.pdf`,
      },
    ],
  };
}

type ValueObject = { '@id': string } | { '@value': string; '@language'?: string; '@type'?: string };

/** Our JSON-LD document back to quads: compact IRIs expanded through its inline @context. */
export function readJsonLd(text: string): Quad[] {
  const document = JSON.parse(text) as { '@context': Record<string, string>; '@graph': Array<Record<string, unknown>> };
  const expand = (name: string) => {
    const colon = name.indexOf(':');
    const namespace = colon > 0 ? document['@context'][name.slice(0, colon)] : undefined;
    return namespace === undefined ? name : namespace + name.slice(colon + 1);
  };
  const node = (id: string) => (id.startsWith('_:') ? DataFactory.blankNode(id.slice(2)) : DataFactory.namedNode(id));
  const object = (value: ValueObject) => {
    if ('@id' in value) return node(value['@id']);
    if (value['@language']) return DataFactory.literal(value['@value'], value['@language']);
    return DataFactory.literal(value['@value'], value['@type'] ? DataFactory.namedNode(expand(value['@type'])) : undefined);
  };
  return document['@graph'].flatMap((nodeObject) => {
    const subject = node(nodeObject['@id'] as string);
    return Object.entries(nodeObject).flatMap(([key, values]): Quad[] => {
      if (key === '@id') return [];
      if (key === '@type') return (values as string[]).map((type) => DataFactory.quad(subject, RDF_TYPE, DataFactory.namedNode(expand(type))));
      return (values as ValueObject[]).map((value) => DataFactory.quad(subject, DataFactory.namedNode(expand(key)), object(value)));
    });
  });
}
