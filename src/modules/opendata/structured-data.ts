import type { DatasetWithParts } from './repository/dataset-page';
import { OPENDATA_PATHS } from './paths';
import { licenseById } from './vocabularies/licenses';
import { markdownToText } from '../../kernel/views';

/** Where a distribution is read: the portal's download of an uploaded file, or the publisher's link. */
export function distributionHref(baseUrl: string, datasetName: string, resource: { id: string; url: string | null }): string {
  return resource.url ?? `${baseUrl}${OPENDATA_PATHS.resourceDownload(datasetName, resource.id)}`;
}

/**
 * schema.org `Dataset` for search engines (Google Dataset Search reads it from the page): name,
 * description, licence, publisher, coverage, and each distribution as a `DataDownload`.
 */
export function datasetStructuredData({ dataset, organization, resources }: DatasetWithParts, baseUrl: string, placeName: string): object {
  const url = `${baseUrl}${OPENDATA_PATHS.dataset(dataset.name)}`;
  const license = licenseById(dataset.licenseId);
  const temporal = dataset.temporalStart || dataset.temporalEnd ? `${dataset.temporalStart ?? '..'}/${dataset.temporalEnd ?? '..'}` : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': url,
    url,
    name: dataset.title,
    description: markdownToText(dataset.notes) || dataset.title,
    identifier: dataset.id,
    keywords: dataset.tags,
    isAccessibleForFree: true,
    license: license?.textUrl ?? license?.uri,
    publisher: { '@type': 'Organization', name: organization.title, ...(organization.homepage ? { url: organization.homepage } : {}) },
    creator: { '@type': 'Organization', name: organization.title },
    datePublished: (dataset.issued ?? dataset.metadataCreated).toISOString(),
    dateModified: (dataset.modified ?? dataset.metadataModified).toISOString(),
    ...(temporal ? { temporalCoverage: temporal } : {}),
    spatialCoverage: { '@type': 'Place', name: placeName },
    distribution: resources.map((resource) => ({
      '@type': 'DataDownload',
      name: resource.name,
      encodingFormat: resource.mediaType ?? resource.format,
      contentUrl: distributionHref(baseUrl, dataset.name, resource),
      ...(resource.byteSize ? { contentSize: `${resource.byteSize} B` } : {}),
    })),
  };
}
