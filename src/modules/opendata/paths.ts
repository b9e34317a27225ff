/** Every URL of the Transparenzportal in one place (views link, routes register, tests call). */
export const OPENDATA_PATHS = {
  catalogue: '/daten',
  search: '/daten/suche',
  dataset: (name: string) => `/daten/datensatz/${name}`,
  resourceDownload: (datasetName: string, resourceId: string) => `/daten/datensatz/${datasetName}/ressource/${resourceId}/download`,
  /** A distribution's DataStore table, as CSV (UTF-8) or JSON. */
  resourceTable: (datasetName: string, resourceId: string, format: 'csv' | 'json') =>
    `/daten/datensatz/${datasetName}/ressource/${resourceId}/tabelle.${format}`,
  organizations: '/daten/organisationen',
  organization: (name: string) => `/daten/organisation/${name}`,
  feed: '/daten/feed.atom',
  sitemap: '/daten/sitemap.xml',
  /** DCAT-AP.de export, at the addresses harvesters (GovData, Open.NRW) look for. */
  catalog: (format: RdfFormat) => `/catalog.${format}`,
  datasetRdf: (name: string, format: RdfFormat) => `/dataset/${name}.${format}`,
  staff: '/verwaltung/daten',
  staffDataset: (id: string) => `/verwaltung/daten/datensaetze/${id}`,
} as const;

export const RDF_FORMATS = ['ttl', 'rdf', 'jsonld'] as const;
export type RdfFormat = (typeof RDF_FORMATS)[number];

/** CKAN's rule for names of datasets and organisations: 2–100 characters, lower case, digits, `-` and `_`. */
export const CKAN_NAME = /^[a-z0-9_-]{2,100}$/;
