/** German labels of the audit actions this module writes, for the audit log (manifest `auditActions`). */
export const AUDIT_ACTIONS = {
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
