/**
 * Our stable URIs. They are identifiers for other catalogues (GovData harvests by them), so they
 * follow the portal's public pages and never a database id that a re-import could change.
 */

/** The dataset, which is also its landing page: `${baseUrl}/daten/datensatz/${name}`. */
export function datasetUri(baseUrl: string, name: string): string {
  return `${baseUrl}/daten/datensatz/${encodeURIComponent(name)}`;
}

/** A distribution of the dataset: a fragment of the dataset's page, by the resource's id. */
export function distributionUri(datasetUri: string, resourceId: string): string {
  return `${datasetUri}#distribution-${encodeURIComponent(resourceId)}`;
}

/** The publishing organisation's page: `${baseUrl}/daten/organisation/${orgName}`. */
export function organisationUri(baseUrl: string, orgName: string): string {
  return `${baseUrl}/daten/organisation/${encodeURIComponent(orgName)}`;
}
