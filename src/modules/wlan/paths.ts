/** Every URL of the wlan module in one place (views link, routes register, tests call). */
export const PATHS = {
  public: '/wlan',
  staff: '/verwaltung/wlan',
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
