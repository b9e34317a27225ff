import type { Mail } from '../../kernel/mail';

/** What every account mail needs: where links point and who signs. */
export interface MailSite {
  baseUrl: string;
  /** "Stadt Iserlohn" */
  sender: string;
}

/**
 * Plain-text mails of the account journeys. They never contain the display name: whoever
 * registers chooses it, and it must not become a way to put text into someone else's inbox.
 */
function compose(site: MailSite, to: string, subject: string, paragraphs: string[]): Mail {
  const text = [
    'Guten Tag,',
    ...paragraphs,
    `Mit freundlichen Grüßen\nIhre ${site.sender}`,
    'Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.',
  ].join('\n\n');
  return { to, subject, text };
}

const IGNORE = 'Falls Sie das nicht waren, müssen Sie nichts tun. Ihre Daten bleiben unverändert.';

export const accountMails = {
  confirmEmail: (site: MailSite, to: string, token: string): Mail =>
    compose(site, to, 'Bestätigen Sie Ihre E-Mail-Adresse', [
      `Sie haben im Stadtportal der ${site.sender} ein Bürgerkonto angelegt. Bitte öffnen Sie diesen Link und bestätigen Sie dort Ihre E-Mail-Adresse mit der Schaltfläche:`,
      `${site.baseUrl}/konto/bestaetigen/${token}`,
      'Der Link ist 48 Stunden gültig und funktioniert nur einmal.',
      `Falls Sie kein Konto angelegt haben, müssen Sie nichts tun. Das Konto wird nicht aktiv.`,
    ]),

  registrationAttempt: (site: MailSite, to: string, confirmToken?: string): Mail =>
    compose(site, to, 'Jemand wollte mit Ihrer Adresse ein Konto anlegen', [
      `Jemand wollte im Stadtportal der ${site.sender} mit Ihrer E-Mail-Adresse ein neues Bürgerkonto anlegen. Für diese Adresse gibt es bereits ein Konto.`,
      ...(confirmToken
        ? [
            'Ihr Konto ist noch nicht bestätigt. Wenn Sie es waren, öffnen Sie diesen Link und bestätigen Sie dort Ihre E-Mail-Adresse:',
            `${site.baseUrl}/konto/bestaetigen/${confirmToken}`,
          ]
        : [`Wenn Sie es waren, melden Sie sich einfach an: ${site.baseUrl}/konto/anmelden`]),
      `Falls Sie Ihr Passwort nicht mehr wissen, legen Sie hier ein neues fest: ${site.baseUrl}/konto/passwort-vergessen`,
      IGNORE,
    ]),

  resetPassword: (site: MailSite, to: string, token: string): Mail =>
    compose(site, to, 'Neues Passwort für Ihr Bürgerkonto', [
      'Sie haben ein neues Passwort für Ihr Bürgerkonto angefordert. Legen Sie es mit diesem Link fest:',
      `${site.baseUrl}/konto/passwort-neu/${token}`,
      'Der Link ist 1 Stunde gültig und funktioniert nur einmal.',
      IGNORE,
    ]),

  passwordChanged: (site: MailSite, to: string): Mail =>
    compose(site, to, 'Ihr Passwort wurde geändert', [
      'das Passwort Ihres Bürgerkontos wurde soeben geändert. Auf allen anderen Geräten wurden Sie abgemeldet.',
      `Falls Sie das nicht waren, legen Sie sofort ein neues Passwort fest: ${site.baseUrl}/konto/passwort-vergessen`,
    ]),

  confirmNewEmail: (site: MailSite, to: string, token: string): Mail =>
    compose(site, to, 'Bestätigen Sie Ihre neue E-Mail-Adresse', [
      'Sie möchten diese E-Mail-Adresse für Ihr Bürgerkonto verwenden. Öffnen Sie diesen Link und bestätigen Sie dort die neue Adresse mit der Schaltfläche:',
      `${site.baseUrl}/konto/email-bestaetigen/${token}`,
      'Der Link ist 24 Stunden gültig und funktioniert nur einmal. Erst danach ändert sich Ihre Adresse.',
      IGNORE,
    ]),

  emailChangeRequested: (site: MailSite, to: string, newEmail: string): Mail =>
    compose(site, to, 'Ihre E-Mail-Adresse soll geändert werden', [
      `Für Ihr Bürgerkonto wurde eine neue E-Mail-Adresse angegeben: ${newEmail}`,
      'Die Änderung gilt erst, wenn der Link in der E-Mail an die neue Adresse bestätigt wird.',
      `Falls Sie das nicht waren, ändern Sie bitte sofort Ihr Passwort: ${site.baseUrl}/konto/passwort-vergessen`,
    ]),

  emailChanged: (site: MailSite, to: string): Mail =>
    compose(site, to, 'Ihre E-Mail-Adresse wurde geändert', [
      'die E-Mail-Adresse Ihres Bürgerkontos wurde geändert. Nachrichten erhalten Sie ab jetzt an die neue Adresse.',
      `Falls Sie das nicht waren, wenden Sie sich bitte an die ${site.sender}.`,
    ]),

  accountDeleted: (site: MailSite, to: string): Mail =>
    compose(site, to, 'Ihr Bürgerkonto wurde gelöscht', [
      `Ihr Bürgerkonto im Stadtportal der ${site.sender} ist gelöscht. Ihre persönlichen Daten sind entfernt.`,
      'Was die Verwaltung gesetzlich aufbewahren muss (zum Beispiel eingereichte Anträge), ist von Ihrem Konto getrennt und wird nach Ablauf der Frist gelöscht.',
      'Einträge im Protokoll, die die Verwaltung aufbewahren muss, nennen Sie nicht mehr.',
      `Sie können jederzeit ein neues Konto anlegen: ${site.baseUrl}/konto/registrieren`,
    ]),
};
