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
