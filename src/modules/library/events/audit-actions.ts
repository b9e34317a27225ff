/** German labels of the audit actions of the library's events (merged into the module's `auditActions`). */
export const EVENT_AUDIT_ACTIONS: Readonly<Record<string, string>> = {
  'library.event_created': 'Veranstaltung der Bücherei angelegt',
  'library.event_changed': 'Veranstaltung der Bücherei geändert',
  'library.event_cancelled': 'Veranstaltung der Bücherei abgesagt',
};
