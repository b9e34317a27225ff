/** Every URL of the applications module, in one place (views link, routes register, tests call). */
export const PATHS = {
  /** Start of an Antrag for a Leistung (intro, log in or continue as guest). */
  start: (serviceSlug: string) => `/leistungen/${serviceSlug}/antrag`,
  page: (id: string, pageId: string) => `/antraege/${id}/seite/${pageId}`,
  check: (id: string) => `/antraege/${id}/pruefen`,
  submit: (id: string) => `/antraege/${id}/absenden`,
  confirmation: (id: string) => `/antraege/${id}/bestaetigung`,
  receipt: (id: string) => `/antraege/${id}/eingangsbestaetigung.pdf`,
  file: (id: string, fileId: string) => `/antraege/${id}/dateien/${fileId}`,
  /** Guests: the link from the e-mail that opens their draft again. */
  resume: (token: string) => `/antraege/fortsetzen/${token}`,
  /** Guests: the submitted application with status, messages and documents (guest cookie). */
  guestStatus: (id: string) => `/antraege/${id}/stand`,
  guestMessage: (id: string) => `/antraege/${id}/stand/nachricht`,
  pay: (id: string) => `/antraege/${id}/bezahlen`,
  paymentReturn: (id: string, paymentId: string) => `/antraege/${id}/bezahlung/${paymentId}`,
  testProvider: (transactionId: string) => `/testbezahldienst/${transactionId}`,

  mine: '/konto/antraege',
  mineDetail: (id: string) => `/konto/antraege/${id}`,
  mineMessage: (id: string) => `/konto/antraege/${id}/nachricht`,
  mineWithdraw: (id: string) => `/konto/antraege/${id}/zurueckziehen`,
  mineDelete: (id: string) => `/konto/antraege/${id}/entwurf-loeschen`,
  personalData: '/konto/antraege/meine-daten.json',

  inbox: '/verwaltung/antraege',
  staffDetail: (id: string) => `/verwaltung/antraege/${id}`,
  staffAction: (id: string, action: 'zuweisen' | 'status' | 'notiz' | 'nachricht' | 'bescheid' | 'zahlung') => `/verwaltung/antraege/${id}/${action}`,
  staffExportJson: (id: string) => `/verwaltung/antraege/${id}/export.json`,
  staffExportPdf: (id: string) => `/verwaltung/antraege/${id}/export.pdf`,
  staffFile: (id: string, fileId: string) => `/verwaltung/antraege/${id}/dateien/${fileId}`,
  /** Webhooks of the departments (workspace section; the CLI manages the same ones). */
  staffWebhooks: '/verwaltung/webhooks',
  staffWebhookNew: '/verwaltung/webhooks/neu',
  staffWebhookDisable: (id: string) => `/verwaltung/webhooks/${id}/abschalten`,

  apiApplications: '/api/v1/applications',
  apiApplication: (id: string) => `/api/v1/applications/${id}`,
  apiFile: (id: string, fileId: string) => `/api/v1/applications/${id}/files/${fileId}`,
  apiOpenApi: '/api/v1/openapi.json',
} as const;
