/** URLs of the library's events (public page, staff section). */
export const EVENT_PATHS = {
  event: (id: string) => `/bildung/buecherei/veranstaltungen/${id}`,
  staffList: '/verwaltung/buecherei/veranstaltungen',
  staffNew: '/verwaltung/buecherei/veranstaltungen/neu',
  staffEdit: (id: string) => `/verwaltung/buecherei/veranstaltungen/${id}`,
  staffCancel: (id: string) => `/verwaltung/buecherei/veranstaltungen/${id}/absagen`,
} as const;
