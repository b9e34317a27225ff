/**
 * German labels of the audit actions this module writes, for the audit log /verwaltung/protokoll
 * (manifest `auditActions`); src/modules/admin/audit-actions.test.ts fails for an action without a label.
 * One block per part.
 */
export const AUDIT_ACTIONS: Readonly<Record<string, string>> = {
  // council-staff: entering by hand, council members' accounts
  'council.body.created': 'Ratsinformation: Körperschaft angelegt',
  'council.organization.created': 'Ratsinformation: Gremium angelegt',
  'council.organization.updated': 'Ratsinformation: Gremium geändert',
  'council.organization.deleted': 'Ratsinformation: Gremium gelöscht',
  'council.person.created': 'Ratsinformation: Person angelegt',
  'council.person.updated': 'Ratsinformation: Person geändert',
  'council.person.deleted': 'Ratsinformation: Person gelöscht',
  'council.membership.created': 'Ratsinformation: Mitgliedschaft angelegt',
  'council.membership.updated': 'Ratsinformation: Mitgliedschaft geändert',
  'council.membership.deleted': 'Ratsinformation: Mitgliedschaft gelöscht',
  'council.meeting.created': 'Ratsinformation: Sitzung angelegt',
  'council.meeting.updated': 'Ratsinformation: Sitzung geändert',
  'council.meeting.deleted': 'Ratsinformation: Sitzung gelöscht',
  'council.agenda_item.created': 'Ratsinformation: Tagesordnungspunkt angelegt',
  'council.agenda_item.updated': 'Ratsinformation: Tagesordnungspunkt geändert',
  'council.agenda_item.moved': 'Ratsinformation: Tagesordnungspunkt verschoben',
  'council.agenda_item.deleted': 'Ratsinformation: Tagesordnungspunkt gelöscht',
  'council.paper.created': 'Ratsinformation: Vorlage angelegt',
  'council.paper.updated': 'Ratsinformation: Vorlage geändert',
  'council.paper.deleted': 'Ratsinformation: Vorlage gelöscht',
  'council.consultation.created': 'Ratsinformation: Beratung angelegt',
  'council.consultation.deleted': 'Ratsinformation: Beratung gelöscht',
  'council.file.uploaded': 'Ratsinformation: Dokument hochgeladen',
  'council.member.linked': 'Ratsinformation: Konto als Ratsmitglied verknüpft',
  'council.member.unlinked': 'Ratsinformation: Ratsmitglied-Verknüpfung gelöst',
  // Import (council-import): sources and runs.
  'council.source.created': 'Ratsinformation: Import-Quelle angelegt',
  'council.source.updated': 'Ratsinformation: Import-Quelle geändert',
  'council.source.scheduled': 'Ratsinformation: Zeitplan einer Import-Quelle geändert',
  'council.import.queued': 'Ratsinformation: Import gestartet',
};
