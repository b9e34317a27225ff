/** Every URL of the site module in one place; the kernel's footer links to the public ones. */
export const PATHS = {
  home: '/',
  imprint: '/impressum',
  privacy: '/datenschutz',
  accessibility: '/barrierefreiheit',
  reportBarrier: '/barrierefreiheit/barriere-melden',
  reportConfirmation: '/barrierefreiheit/barriere-melden/bestaetigung',
  easyLanguage: '/leichte-sprache',
  signLanguage: '/gebaerdensprache',
  contact: '/kontakt',
  reports: '/verwaltung/barrieren',
  report: (id: string) => `/verwaltung/barrieren/${id}`,
  reportStatus: (id: string) => `/verwaltung/barrieren/${id}/status`,
} as const;
