/** Every URL of the cockpit module in one place (views link, routes register, tests call). */
export const PATHS = {
  /** The public progress page for citizens and the council: the measures and the live figures at a glance. */
  public: '/digitalisierung',
  /** One area's live figures with their charts and data tables (the area's slug: `online-antraege`). */
  figureArea: (slug: string) => `/digitalisierung/kennzahlen/${encodeURIComponent(slug)}`,
  measure: (slug: string) => `/digitalisierung/massnahmen/${encodeURIComponent(slug)}`,
  /** The published measures as files (also the open dataset's distributions). */
  measuresCsv: '/digitalisierung/massnahmen.csv',
  measuresJson: '/digitalisierung/massnahmen.json',
  /** A quarter's report as PDF (`2026-q4`). */
  report: (quarter: string) => `/digitalisierung/bericht/${encodeURIComponent(quarter)}.pdf`,
  /** The exchange with other towns: the feed of measures and figures and its versioned JSON Schema. */
  feed: '/digitalisierung/austausch/v1/feed.json',
  feedCsv: '/digitalisierung/austausch/v1/kennzahlen.csv',
  feedSchema: '/digitalisierung/austausch/v1/schema.json',
} as const;

/** Staff sections in /verwaltung. */
export const STAFF_PATHS = {
  /** The measures: list with status, owner, progress, next milestone. */
  measures: '/verwaltung/digitalisierung',
  newMeasure: '/verwaltung/digitalisierung/massnahmen/neu',
  measure: (id: string) => `/verwaltung/digitalisierung/massnahmen/${id}`,
  editMeasure: (id: string) => `/verwaltung/digitalisierung/massnahmen/${id}/bearbeiten`,
  milestones: (id: string) => `/verwaltung/digitalisierung/massnahmen/${id}/meilensteine`,
  risks: (id: string) => `/verwaltung/digitalisierung/massnahmen/${id}/risiken`,
  links: (id: string) => `/verwaltung/digitalisierung/massnahmen/${id}/verknuepfungen`,
  history: (id: string) => `/verwaltung/digitalisierung/massnahmen/${id}/verlauf`,
  // measures/: publishing, deleting (a confirmation page first), one milestone, risk or link.
  publishMeasure: (id: string) => `/verwaltung/digitalisierung/massnahmen/${id}/veroeffentlichung`,
  deleteMeasure: (id: string) => `/verwaltung/digitalisierung/massnahmen/${id}/loeschen`,
  milestone: (id: string, milestoneId: string) => `/verwaltung/digitalisierung/massnahmen/${id}/meilensteine/${milestoneId}`,
  milestoneDone: (id: string, milestoneId: string) => `/verwaltung/digitalisierung/massnahmen/${id}/meilensteine/${milestoneId}/erreicht`,
  deleteMilestone: (id: string, milestoneId: string) => `/verwaltung/digitalisierung/massnahmen/${id}/meilensteine/${milestoneId}/loeschen`,
  risk: (id: string, riskId: string) => `/verwaltung/digitalisierung/massnahmen/${id}/risiken/${riskId}`,
  deleteRisk: (id: string, riskId: string) => `/verwaltung/digitalisierung/massnahmen/${id}/risiken/${riskId}/loeschen`,
  removeLink: (id: string) => `/verwaltung/digitalisierung/massnahmen/${id}/verknuepfungen/entfernen`,
  /** The live figures with their trends (the coordinator's view of the whole). */
  figures: '/verwaltung/digitalisierung/kennzahlen',
  /** POST: the coordinator's "Jetzt neu berechnen". */
  recomputeFigures: '/verwaltung/digitalisierung/kennzahlen/neu-berechnen',
  /** Other towns' feeds, imported for the side-by-side comparison. */
  comparison: '/verwaltung/digitalisierung/vergleich',
  /** Upload of a town's feed file (multipart), read again with "Jetzt abrufen", removed from the comparison. */
  comparisonUpload: '/verwaltung/digitalisierung/vergleich/datei',
  refreshPartnerFeed: (id: string) => `/verwaltung/digitalisierung/vergleich/${id}/abrufen`,
  removePartnerFeed: (id: string) => `/verwaltung/digitalisierung/vergleich/${id}/entfernen`,
} as const;
