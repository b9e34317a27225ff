/** Every URL of the accounts module, in one place (views link, routes register, tests call). */
export const PATHS = {
  account: '/konto',
  register: '/konto/registrieren',
  registered: '/konto/registrieren/bestaetigung',
  confirm: (token: string) => `/konto/bestaetigen/${token}`,
  resendConfirmation: '/konto/bestaetigung-erneut',
  login: '/konto/anmelden',
  logout: '/konto/abmelden',
  extendSession: '/konto/sitzung-verlaengern',
  forgotPassword: '/konto/passwort-vergessen',
  forgotPasswordSent: '/konto/passwort-vergessen/gesendet',
  newPassword: (token: string) => `/konto/passwort-neu/${token}`,
  changePassword: '/konto/passwort-aendern',
  changeEmail: '/konto/email-aendern',
  confirmEmailChange: (token: string) => `/konto/email-bestaetigen/${token}`,
  /** DSGVO Art. 15/20: the one archive of everything the portal holds about the person. */
  myData: '/konto/meine-daten.json',
  delete: '/konto/loeschen',
  /** What the deletion did (deleted, pseudonymised, kept and why), shown once after it. */
  deleted: '/konto/geloescht',
} as const;
