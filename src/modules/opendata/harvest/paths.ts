/** The back office of harvesting, a part of the staff section `/verwaltung/daten`. */
export const HARVEST_PATHS = {
  sources: '/verwaltung/daten/harvest',
  newSource: '/verwaltung/daten/harvest/neu',
  source: (id: string) => `/verwaltung/daten/harvest/${id}`,
  editSource: (id: string) => `/verwaltung/daten/harvest/${id}/bearbeiten`,
  harvestNow: (id: string) => `/verwaltung/daten/harvest/${id}/ernten`,
  run: (sourceId: string, runId: string) => `/verwaltung/daten/harvest/${sourceId}/laeufe/${runId}`,
} as const;
