/** The publishing section of the staff workspace (`/verwaltung/daten`): every URL of it in one place. */
const BASE = '/verwaltung/daten';

export const PUBLISHING_PATHS = {
  overview: BASE,
  datasets: `${BASE}/datensaetze`,
  newDataset: `${BASE}/datensaetze/neu`,
  dataset: (id: string) => `${BASE}/datensaetze/${id}`,
  datasetState: (id: string, action: string) => `${BASE}/datensaetze/${id}/${action}`,
  history: (id: string) => `${BASE}/datensaetze/${id}/verlauf`,
  newUpload: (id: string) => `${BASE}/datensaetze/${id}/dateien/hochladen`,
  newLink: (id: string) => `${BASE}/datensaetze/${id}/dateien/verlinken`,
  resource: (id: string, resourceId: string) => `${BASE}/datensaetze/${id}/dateien/${resourceId}`,
  removeResource: (id: string, resourceId: string) => `${BASE}/datensaetze/${id}/dateien/${resourceId}/entfernen`,
  moveResource: (id: string, resourceId: string) => `${BASE}/datensaetze/${id}/dateien/${resourceId}/verschieben`,
  datastoreColumns: (id: string, resourceId: string) => `${BASE}/datensaetze/${id}/dateien/${resourceId}/spalten`,
  datastoreStatus: (id: string, resourceId: string) => `${BASE}/datensaetze/${id}/dateien/${resourceId}/datastore.json`,
  organizations: `${BASE}/organisationen`,
  newOrganization: `${BASE}/organisationen/neu`,
  organization: (id: string) => `${BASE}/organisationen/${id}`,
  member: (id: string, userId: string) => `${BASE}/organisationen/${id}/mitglieder/${userId}`,
  removeMember: (id: string, userId: string) => `${BASE}/organisationen/${id}/mitglieder/${userId}/entfernen`,
  tokens: `${BASE}/api-schluessel`,
  newToken: `${BASE}/api-schluessel/neu`,
  revokeToken: (id: string) => `${BASE}/api-schluessel/${id}/widerrufen`,
} as const;

/** The state changes a dataset's page offers, as they appear in the URL. */
export const STATE_ACTIONS = { veroeffentlichen: 'publish', zuruecknehmen: 'unpublish', loeschen: 'delete' } as const;
export type StateActionSlug = keyof typeof STATE_ACTIONS;
export type StateAction = (typeof STATE_ACTIONS)[StateActionSlug];
