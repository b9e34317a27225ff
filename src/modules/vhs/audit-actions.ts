/**
 * German labels of the audit actions this module writes, for the audit log /verwaltung/protokoll
 * (manifest `auditActions`); src/modules/admin/audit-actions.test.ts fails for an action without a label.
 */
export const AUDIT_ACTIONS: Readonly<Record<string, string>> = {
  // Programme import and the staff course pages (programme/, staff/)
  'vhs.programme.imported': 'VHS-Kursprogramm importiert',
  'vhs.course.published': 'VHS-Kurs veröffentlicht',
  'vhs.session.changed': 'VHS-Kurstermin verschoben',
  'vhs.session.cancelled': 'VHS-Kurstermin abgesagt',
  // Booking (booking/)
  'vhs.booking.cancelled': 'Kursbuchung storniert (Teilnehmende)',
  'vhs.course.cancelled': 'Kurs abgesagt',
  'vhs.attendance.recorded': 'Anwesenheit erfasst',
  'vhs.reduction.decided': 'Ermäßigung entschieden',
  'vhs.payment.marked_paid': 'Kursgebühr als bezahlt markiert (Überweisung)',
  // Refunds (booking/: Erstattungen)
  'vhs.refund.settled': 'Erstattung als überwiesen vermerkt',
};
