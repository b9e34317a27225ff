/** The usage statistics in the staff workspace, beside the publishing section (`/verwaltung/daten`). */
export const USAGE_PATHS = {
  overview: '/verwaltung/daten/nutzung',
  dataset: (id: string) => `/verwaltung/daten/nutzung/${id}`,
} as const;
