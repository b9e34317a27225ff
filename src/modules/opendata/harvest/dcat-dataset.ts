/**
 * One `dcat:Dataset` of a harvested catalogue with its distributions, read into a `RemoteDataset`
 * (the same properties our own DCAT-AP.de writer produces, plus the older spellings real catalogues
 * still send: `schema:startDate`, `owl:versionInfo`, `locn:adminUnitL2` inside `dct:spatial`).
 */
import type { RdfNode } from './rdf-graph';
import { regionalKeyOf, remoteDate, remoteDay, type RemoteDataset, type RemoteResource } from './remote';

function mailbox(value: string | null): string | null {
  return value ? value.replace(/^mailto:/i, '').trim() || null : null;
}

function spatialKey(dataset: RdfNode): string | null {
  const candidates = [
    ...dataset.values('dcatde', 'politicalGeocodingURI'),
    ...dataset.values('dct', 'spatial'),
    ...dataset.nodes('dct', 'spatial').flatMap((spatial) => spatial.values('locn', 'adminUnitL2')),
  ];
  return candidates.map(regionalKeyOf).find((key) => key !== null) ?? null;
}

function checksumOf(distribution: RdfNode): { algorithm: string | null; value: string | null } {
  const [checksum] = distribution.nodes('spdx', 'checksum');
  if (!checksum) return { algorithm: null, value: null };
  const algorithm = checksum.value('spdx', 'algorithm')?.replace(/^.*checksumAlgorithm_/, '') ?? null;
  return { algorithm, value: checksum.value('spdx', 'checksumValue') };
}

function distributionOf(distribution: RdfNode): RemoteResource {
  const size = Number(distribution.value('dcat', 'byteSize'));
  const checksum = checksumOf(distribution);
  return {
    name: distribution.value('dct', 'title') ?? '',
    description: distribution.value('dct', 'description') ?? '',
    url: distribution.firstOf(['dcat', 'downloadURL'], ['dcat', 'accessURL']),
    format: distribution.firstOf(['dct', 'format'], ['dcat', 'mediaType']),
    mediaType: distribution.value('dcat', 'mediaType'),
    byteSize: Number.isSafeInteger(size) && size >= 0 && distribution.value('dcat', 'byteSize') !== null ? size : null,
    checksumAlgorithm: checksum.value ? checksum.algorithm : null,
    checksum: checksum.value,
    license: distribution.value('dct', 'license'),
  };
}

/** `ref`: the dataset's `dct:identifier`, else its URI; a blank node without identifier has none (null). */
export function datasetRef(dataset: RdfNode): string | null {
  return dataset.value('dct', 'identifier') ?? (dataset.term.termType === 'NamedNode' ? dataset.term.value : null);
}

export function remoteFromDcat(dataset: RdfNode, ref: string): RemoteDataset {
  const [contact] = dataset.nodes('dcat', 'contactPoint');
  const [temporal] = dataset.nodes('dct', 'temporal');
  const resources = dataset.nodes('dcat', 'distribution').map(distributionOf);
  return {
    ref,
    name: null,
    title: dataset.value('dct', 'title') ?? '',
    notes: dataset.value('dct', 'description') ?? '',
    license: dataset.value('dct', 'license') ?? resources.find((resource) => resource.license)?.license ?? null,
    tags: dataset.values('dcat', 'keyword'),
    themes: dataset.values('dcat', 'theme'),
    contactName: contact?.firstOf(['vcard', 'fn'], ['foaf', 'name']) ?? null,
    contactEmail: mailbox(contact?.firstOf(['vcard', 'hasEmail'], ['foaf', 'mbox']) ?? null),
    contactUrl: contact?.value('vcard', 'hasURL') ?? null,
    temporalStart: remoteDay(temporal?.firstOf(['dcat', 'startDate'], ['schema', 'startDate']) ?? null),
    temporalEnd: remoteDay(temporal?.firstOf(['dcat', 'endDate'], ['schema', 'endDate']) ?? null),
    spatialKey: spatialKey(dataset),
    frequency: dataset.value('dct', 'accrualPeriodicity'),
    legalBasis: dataset.firstOf(['dcatde', 'legalBasis'], ['dcatde', 'legalbasisText']),
    landingPage: dataset.value('dcat', 'landingPage'),
    version: dataset.firstOf(['dcat', 'version'], ['owl', 'versionInfo']),
    issued: remoteDate(dataset.value('dct', 'issued')),
    modified: remoteDate(dataset.value('dct', 'modified')),
    resources,
  };
}
