/**
 * The model as RDF (DCAT-AP.de 3.0 with the GovData 2.0 conventions still in use), one function per
 * class. The nodes a dataset owns (contact point, period, checksum) get URIs below the dataset's or
 * distribution's URI instead of blank nodes, so every serialisation names them the same way.
 */
import { DataFactory, type NamedNode, type Quad, type Quad_Object } from 'n3';
import { formatOf, mediaTypeUri } from '../vocabularies/formats';
import { frequencyUri } from '../vocabularies/frequencies';
import { licenseById } from '../vocabularies/licenses';
import { themeUri } from '../vocabularies/themes';
import type { DcatAgent, DcatCatalog, DcatChecksum, DcatContactPoint, DcatDataset, DcatDistribution, DcatSpatial, DcatTemporal } from './model';
import { RDF_TYPE, term } from './namespaces';
import { geocodingLevelUri, locationUri } from './spatial';

const { namedNode, literal, quad } = DataFactory;
const EU_AUTHORITY = 'http://publications.europa.eu/resource/authority/';

type Add = (predicate: NamedNode, object: Quad_Object | undefined) => void;

/** Collects the statements about one subject; an undefined object (an empty optional field) is left out. */
function statementsAbout(subject: NamedNode, type: NamedNode, quads: Quad[]): Add {
  quads.push(quad(subject, RDF_TYPE, type));
  return (predicate, object) => {
    if (object) quads.push(quad(subject, predicate, object));
  };
}

const german = (value: string | undefined) => (value === undefined ? undefined : literal(value, 'de'));
const iri = (value: string | undefined) => (value === undefined ? undefined : namedNode(value));
const typed = (value: string, type: string) => literal(value, term('xsd', type));
const dateTime = (value: Date | undefined) => (value === undefined ? undefined : typed(value.toISOString(), 'dateTime'));
const date = (value: string | undefined) => (value === undefined ? undefined : typed(value, 'date'));

export function agentQuads(agent: DcatAgent): Quad[] {
  const quads: Quad[] = [];
  const add = statementsAbout(namedNode(agent.uri), term('foaf', 'Organization'), quads);
  add(term('foaf', 'name'), literal(agent.name));
  add(term('foaf', 'homepage'), iri(agent.homepage));
  return quads;
}

/** The covered area as a `dct:Location`, named by its dcat-ap.de political geocoding URI. */
export function locationQuads(spatial: DcatSpatial): Quad[] {
  const quads: Quad[] = [];
  const add = statementsAbout(namedNode(locationUri(spatial)), term('dct', 'Location'), quads);
  add(term('skos', 'prefLabel'), german(spatial.label));
  return quads;
}

function contactPointQuads(subject: NamedNode, contact: DcatContactPoint): Quad[] {
  const quads: Quad[] = [];
  const add = statementsAbout(subject, term('vcard', 'Organization'), quads);
  add(term('vcard', 'fn'), literal(contact.name));
  add(term('vcard', 'hasEmail'), namedNode(`mailto:${encodeURI(contact.email)}`));
  add(term('vcard', 'hasURL'), iri(contact.url));
  return quads;
}

function periodQuads(subject: NamedNode, temporal: DcatTemporal): Quad[] {
  const quads: Quad[] = [];
  const add = statementsAbout(subject, term('dct', 'PeriodOfTime'), quads);
  add(term('dcat', 'startDate'), date(temporal.start));
  add(term('dcat', 'endDate'), date(temporal.end));
  return quads;
}

function checksumQuads(subject: NamedNode, checksum: DcatChecksum): Quad[] {
  const quads: Quad[] = [];
  const add = statementsAbout(subject, term('spdx', 'Checksum'), quads);
  add(term('spdx', 'algorithm'), term('spdx', `checksumAlgorithm_${checksum.algorithm}`));
  add(term('spdx', 'checksumValue'), typed(checksum.value.toLowerCase(), 'hexBinary'));
  return quads;
}

export function distributionQuads(distribution: DcatDistribution): Quad[] {
  const license = licenseById(distribution.licenseId);
  if (!license) throw new Error(`Unknown dcat-ap.de licence id ${distribution.licenseId}`);
  const quads: Quad[] = [];
  const subject = namedNode(distribution.uri);
  const add = statementsAbout(subject, term('dcat', 'Distribution'), quads);
  add(term('dct', 'title'), german(distribution.title));
  add(term('dct', 'description'), german(distribution.description));
  add(term('dct', 'format'), namedNode(formatOf(distribution.format).uri));
  add(term('dcat', 'mediaType'), namedNode(mediaTypeUri(distribution.mediaType)));
  add(term('dcat', 'byteSize'), distribution.byteSize === undefined ? undefined : typed(String(distribution.byteSize), 'nonNegativeInteger'));
  add(term('dct', 'license'), namedNode(license.uri));
  add(term('dcatde', 'licenseAttributionByText'), german(distribution.licenseAttributionByText));
  add(term('dcat', 'accessURL'), namedNode(distribution.accessUrl));
  add(term('dcat', 'downloadURL'), iri(distribution.downloadUrl));
  add(term('dct', 'issued'), dateTime(distribution.issued));
  add(term('dct', 'modified'), dateTime(distribution.modified));
  if (!distribution.checksum) return quads;
  const checksum = namedNode(`${distribution.uri}-checksum`);
  add(term('spdx', 'checksum'), checksum);
  return [...quads, ...checksumQuads(checksum, distribution.checksum)];
}

/** The dataset with its contact point, period and distributions; its publisher and location come once per document (agentQuads, locationQuads). */
export function datasetQuads(dataset: DcatDataset): Quad[] {
  const quads: Quad[] = [];
  const subject = namedNode(dataset.uri);
  const add = statementsAbout(subject, term('dcat', 'Dataset'), quads);
  add(term('dct', 'identifier'), literal(dataset.name));
  add(term('dct', 'title'), german(dataset.title));
  add(term('dct', 'description'), german(dataset.description));
  for (const keyword of dataset.keywords) add(term('dcat', 'keyword'), german(keyword));
  for (const theme of dataset.themes) add(term('dcat', 'theme'), namedNode(themeUri(theme)));
  add(term('dct', 'publisher'), namedNode(dataset.publisher.uri));
  for (const contributor of dataset.contributorIds) add(term('dcatde', 'contributorID'), namedNode(contributor));
  add(term('dct', 'spatial'), namedNode(locationUri(dataset.spatial)));
  // Deprecated in DCAT-AP.de 3.0 but still what GovData's 2.0 conventions (Konvention 8) ask for.
  add(term('dcatde', 'politicalGeocodingURI'), namedNode(locationUri(dataset.spatial)));
  add(term('dcatde', 'politicalGeocodingLevelURI'), namedNode(geocodingLevelUri(dataset.spatial.level)));
  add(term('dct', 'accrualPeriodicity'), dataset.frequency && namedNode(frequencyUri(dataset.frequency)));
  add(term('dct', 'accessRights'), namedNode(`${EU_AUTHORITY}access-right/PUBLIC`));
  add(term('dct', 'issued'), dateTime(dataset.issued));
  add(term('dct', 'modified'), dateTime(dataset.modified));
  add(term('dcatde', 'legalBasis'), german(dataset.legalBasis));
  add(term('dct', 'conformsTo'), iri(dataset.conformsTo));
  add(term('dcat', 'version'), dataset.version === undefined ? undefined : literal(dataset.version));
  add(term('dcat', 'landingPage'), namedNode(dataset.landingPage));
  // The nodes the dataset owns follow its own statements, so Turtle writes each subject in one block.
  const owned: Quad[] = [];
  const contact = namedNode(`${dataset.uri}#contact`);
  add(term('dcat', 'contactPoint'), contact);
  owned.push(...contactPointQuads(contact, dataset.contactPoint));
  if (dataset.temporal && (dataset.temporal.start || dataset.temporal.end)) {
    const period = namedNode(`${dataset.uri}#period`);
    add(term('dct', 'temporal'), period);
    owned.push(...periodQuads(period, dataset.temporal));
  }
  for (const distribution of dataset.distributions) {
    add(term('dcat', 'distribution'), namedNode(distribution.uri));
    owned.push(...distributionQuads(distribution));
  }
  return [...quads, ...owned];
}

/** The catalogue and its link to each dataset of this document (all of them, or one page). */
export function catalogQuads(catalog: DcatCatalog, datasetUris: readonly string[]): Quad[] {
  const quads: Quad[] = [];
  const add = statementsAbout(namedNode(catalog.uri), term('dcat', 'Catalog'), quads);
  add(term('dct', 'title'), german(catalog.title));
  add(term('dct', 'description'), german(catalog.description));
  add(term('dct', 'publisher'), namedNode(catalog.publisher.uri));
  add(term('foaf', 'homepage'), namedNode(catalog.homepage));
  add(term('dct', 'language'), namedNode(`${EU_AUTHORITY}language/${catalog.language}`));
  add(term('dct', 'modified'), dateTime(catalog.modified));
  add(term('dct', 'spatial'), namedNode(locationUri(catalog.spatial)));
  add(term('dcat', 'themeTaxonomy'), namedNode(`${EU_AUTHORITY}data-theme`));
  for (const uri of datasetUris) add(term('dcat', 'dataset'), namedNode(uri));
  return quads;
}
