/** Every URL of the admin module in one place (views link, routes register, tests call). */
export const ADMIN_PATHS = {
  /** The staff workspace's start page ("Meine Aufgaben"), served by the workspace. */
  workspace: '/verwaltung',
  users: '/verwaltung/benutzer',
  newUser: '/verwaltung/benutzer/neu',
  user: (id: string) => `/verwaltung/benutzer/${id}`,
  userAction: (id: string, action: 'sperren' | 'entsperren' | 'passwort-link') => `/verwaltung/benutzer/${id}/${action}`,
  departments: '/verwaltung/fachbereiche',
  audit: '/verwaltung/protokoll',
  outbox: '/verwaltung/postausgang',
  mail: (id: number | string) => `/verwaltung/postausgang/${id}`,
  /** The SMS outbox (kernel/sms), linked from the mail outbox. */
  smsOutbox: '/verwaltung/postausgang/sms',
  apiTokens: '/verwaltung/api-zugaenge',
  newApiToken: '/verwaltung/api-zugaenge/neu',
  revokeApiToken: (id: string) => `/verwaltung/api-zugaenge/${id}/widerrufen`,
} as const;

/**
 * Where the pages lived before the staff workspace; the old URLs answer with a permanent redirect
 * (see kernel/http/redirects.ts), so bookmarks and links in old mails keep working.
 */
export const OLD_ADMIN_PATHS = [
  { from: '/admin', to: ADMIN_PATHS.workspace },
  { from: '/admin/benutzer/*', to: ADMIN_PATHS.users },
  { from: '/admin/bereiche/*', to: ADMIN_PATHS.departments },
  { from: '/admin/protokoll/*', to: ADMIN_PATHS.audit },
  { from: '/admin/outbox/*', to: ADMIN_PATHS.outbox },
] as const;
