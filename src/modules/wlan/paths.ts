/** Every URL of the wlan module in one place (views link, routes register, tests call). */
export const PATHS = {
  public: '/wlan',
  staff: '/verwaltung/wlan',
  // wlan-map: the hotspot pages, the exports and the broadband areas' GeoJSON
  hotspot: (slug: string) => `/wlan/hotspots/${encodeURIComponent(slug)}`,
  hotspotsGeoJson: '/wlan/hotspots.geojson',
  hotspotsCsv: '/wlan/hotspots.csv',
  broadbandGeoJson: '/wlan/breitbandausbau.geojson',
  // Coverage gaps and hosting Freifunk (wlan-gaps: gaps/, hosting/).
  reportGap: '/wlan/luecke-melden',
  reportGapConfirmation: '/wlan/luecke-melden/bestaetigung',
  gapMap: '/wlan/luecken',
  hosting: '/wlan/freifunk-anbieten',
  staffGaps: '/verwaltung/wlan/luecken',
  staffGap: (id: string) => `/verwaltung/wlan/luecken/${id}`,
  staffGapState: (id: string) => `/verwaltung/wlan/luecken/${id}/status`,
  staffGapPhoto: (id: string) => `/verwaltung/wlan/luecken/${id}/foto`,
} as const;

/** Import and staff sections (import/, staff/): own hotspots, feed sources, import log; the coverage statistics. */
export const STAFF_PATHS = {
  hotspots: '/verwaltung/wlan/hotspots',
  newHotspot: '/verwaltung/wlan/hotspots/neu',
  hotspot: (id: string) => `/verwaltung/wlan/hotspots/${id}`,
  retireHotspot: (id: string) => `/verwaltung/wlan/hotspots/${id}/ausser-betrieb`,
  deleteHotspot: (id: string) => `/verwaltung/wlan/hotspots/${id}/loeschen`,
  sources: '/verwaltung/wlan/feeds',
  newSource: '/verwaltung/wlan/feeds/neu',
  source: (id: string) => `/verwaltung/wlan/feeds/${id}`,
  toggleSource: (id: string) => `/verwaltung/wlan/feeds/${id}/schalten`,
  importSource: (id: string) => `/verwaltung/wlan/feeds/${id}/importieren`,
  runs: '/verwaltung/wlan/importe',
  run: (id: string) => `/verwaltung/wlan/importe/${id}`,
} as const;

export const STATISTICS_PATH = '/wlan/statistik';
