import type { Config } from '../../../kernel/config';
import { markdownToText } from '../../../kernel/views';
import type { DcatAgent, DcatCatalog, DcatDataset, DcatDistribution, DcatEntry, DcatSpatial } from '../dcat/model';
import { datasetUri, distributionUri, organisationUri } from '../dcat/uris';
import { OPENDATA_PATHS } from '../paths';
import { distributionHref } from '../structured-data';
import type { Organization, Resource } from '../tables';
import { formatOf, isFormatCode } from '../vocabularies/formats';
import { isFrequencyCode } from '../vocabularies/frequencies';
import { licenseById } from '../vocabularies/licenses';
import { isThemeCode } from '../vocabularies/themes';
import type { ExportRow } from './rows';

type Settings = Pick<Config, 'baseUrl' | 'municipality'>;

/** The catalogue itself: the municipality's open-data portal, published by the municipality. */
export function dcatCatalog(config: Settings, modified: Date): DcatCatalog {
  return {
    uri: `${config.baseUrl}${OPENDATA_PATHS.catalogue}`,
    title: `Offene Daten: ${config.municipality.officialName}`,
    description: `Die offenen Daten der ${config.municipality.officialName}, ihrer Unternehmen und Einrichtungen.`,
    publisher: { uri: config.baseUrl, name: config.municipality.officialName, homepage: config.baseUrl },
    homepage: `${config.baseUrl}${OPENDATA_PATHS.catalogue}`,
    language: 'DEU',
    modified,
    spatial: { regionalKey: config.municipality.regionalschluessel, level: 'municipality', label: config.municipality.name },
  };
}

function distribution(config: Settings, row: ExportRow, resource: Resource, uri: string): DcatDistribution {
  const format = isFormatCode(resource.format) ? resource.format : 'BIN';
  const licenseId = resource.licenseId ?? row.dataset.licenseId;
  const href = new URL(distributionHref(config.baseUrl, row.dataset.name, resource)).href;
  return {
    uri: distributionUri(uri, resource.id),
    title: resource.name,
    ...(resource.description ? { description: resource.description } : {}),
    format,
    mediaType: resource.mediaType ?? formatOf(format).mediaType,
    ...(resource.byteSize !== null ? { byteSize: resource.byteSize } : {}),
    ...(resource.checksum && resource.checksumAlgorithm === 'sha256' ? { checksum: { algorithm: 'sha256' as const, value: resource.checksum } } : {}),
    licenseId,
    // GovData asks for the text to cite wherever the licence requires naming the source.
    ...(licenseById(licenseId)?.attribution ? { licenseAttributionByText: row.organization.title } : {}),
    accessUrl: href,
    ...(resource.fileKey ? { downloadUrl: href } : {}),
    issued: resource.createdAt,
    modified: resource.modifiedAt,
  };
}

function publisher(config: Settings, organization: Organization): DcatAgent {
  return {
    uri: organisationUri(config.baseUrl, organization.name),
    name: organization.title,
    ...(organization.homepage ? { homepage: organization.homepage } : {}),
  };
}

/** The area a dataset covers: its own regional key, else the municipality's. */
function spatial(config: Settings, spatialKey: string | null): DcatSpatial {
  return { regionalKey: spatialKey ?? config.municipality.regionalschluessel, level: 'municipality', label: config.municipality.name };
}

/** What a catalogue page's head says about a dataset, the same as dcatDataset says about it, without mapping the rest. */
export function dcatEntry(config: Settings, { dataset, organization }: ExportRow): DcatEntry {
  return { uri: datasetUri(config.baseUrl, dataset.name), publisher: publisher(config, organization), spatial: spatial(config, dataset.spatialKey) };
}

/** A published dataset as DCAT-AP.de describes it; codes the vocabularies do not know are left out, never invented. */
export function dcatDataset(config: Settings, contributorIds: readonly string[], row: ExportRow): DcatDataset {
  const { dataset } = row;
  const uri = datasetUri(config.baseUrl, dataset.name);
  const temporal =
    dataset.temporalStart || dataset.temporalEnd
      ? { ...(dataset.temporalStart ? { start: dataset.temporalStart } : {}), ...(dataset.temporalEnd ? { end: dataset.temporalEnd } : {}) }
      : undefined;
  return {
    uri,
    name: dataset.name,
    landingPage: dataset.landingPage ? new URL(dataset.landingPage).href : uri,
    title: dataset.title,
    description: markdownToText(dataset.notes) || dataset.title,
    keywords: dataset.tags,
    themes: dataset.themes.filter(isThemeCode),
    publisher: publisher(config, row.organization),
    contactPoint: { name: dataset.contactName, email: dataset.contactEmail, ...(dataset.contactUrl ? { url: dataset.contactUrl } : {}) },
    contributorIds: dataset.contributorIds.length > 0 ? dataset.contributorIds : [...contributorIds],
    ...(temporal ? { temporal } : {}),
    spatial: spatial(config, dataset.spatialKey),
    ...(dataset.frequency && isFrequencyCode(dataset.frequency) ? { frequency: dataset.frequency } : {}),
    issued: dataset.issued ?? dataset.metadataCreated,
    modified: dataset.modified ?? dataset.metadataModified,
    ...(dataset.legalBasis ? { legalBasis: dataset.legalBasis } : {}),
    ...(dataset.version ? { version: dataset.version } : {}),
    distributions: row.resources.map((resource) => distribution(config, row, resource, uri)),
  };
}
