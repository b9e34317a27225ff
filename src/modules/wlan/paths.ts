/** Every URL of the wlan module in one place (views link, routes register, tests call). */
export const PATHS = {
  public: '/wlan',
  staff: '/verwaltung/wlan',
  // wlan-map: the hotspot pages, the exports and the broadband areas' GeoJSON
  hotspot: (slug: string) => `/wlan/hotspots/${encodeURIComponent(slug)}`,
  hotspotsGeoJson: '/wlan/hotspots.geojson',
  hotspotsCsv: '/wlan/hotspots.csv',
  broadbandGeoJson: '/wlan/breitbandausbau.geojson',
} as const;
