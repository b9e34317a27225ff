/** Every URL of the wlan module in one place (views link, routes register, tests call). */
export const PATHS = {
  public: '/wlan',
  staff: '/verwaltung/wlan',
} as const;
