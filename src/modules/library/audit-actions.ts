/**
 * German labels of the audit actions this module writes, for the audit log /verwaltung/protokoll
 * (manifest `auditActions`); src/modules/admin/audit-actions.test.ts fails for an action without one.
 */
export const AUDIT_ACTIONS: Readonly<Record<string, string>> = {
  // catalogue (MARC import)
  'library.catalogue.imported': 'Bücherei: Katalog aus MARC-Datei importiert',
  // events (events/)
  'library.event_created': 'Veranstaltung der Bücherei angelegt',
  'library.event_changed': 'Veranstaltung der Bücherei geändert',
  'library.event_cancelled': 'Veranstaltung der Bücherei abgesagt',
  // Reader account and lending desk (library-account).
  'library.reader.linked': 'Büchereiausweis mit Bürgerkonto verbunden',
  'library.reader.unlinked': 'Verbindung von Büchereiausweis und Bürgerkonto gelöst',
  'library.reader.created': 'Büchereiausweis ausgestellt',
  'library.reader.extended': 'Gültigkeit eines Büchereiausweises geändert',
  'library.reader.pin_reset': 'PIN eines Büchereiausweises neu vergeben (PIN-Brief)',
  'library.loan.created': 'Medium ausgeliehen',
  'library.loan.returned': 'Medium zurückgenommen',
  'library.loan.renewed': 'Ausleihe an der Theke verlängert',
  'library.fee.charged': 'Büchereigebühr erhoben',
  'library.fee.paid': 'Büchereigebühr bezahlt',
};
