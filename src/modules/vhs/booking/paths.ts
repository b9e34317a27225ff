/** Every URL of booking (routes register them, views link them, tests call them). */
export const BOOKING_PATHS = {
  book: (slug: string) => `/bildung/vhs/kurse/${slug}/buchen`,
  mineList: '/konto/kurse',
  mine: (id: string) => `/konto/kurse/${id}`,
  mineCancel: (id: string) => `/konto/kurse/${id}/stornieren`,
  mineReduction: (id: string) => `/konto/kurse/${id}/ermaessigung`,
  minePay: (id: string) => `/konto/kurse/${id}/bezahlen`,
  minePaymentReturn: (id: string) => `/konto/kurse/${id}/zahlung`,
  mineCertificate: (id: string) => `/konto/kurse/${id}/teilnahmebescheinigung.pdf`,
  staffList: '/verwaltung/vhs/teilnehmende',
  staffCourse: (courseId: string) => `/verwaltung/vhs/teilnehmende/${courseId}`,
  staffCsv: (courseId: string) => `/verwaltung/vhs/teilnehmende/${courseId}/teilnehmende.csv`,
  staffAttendance: (courseId: string) => `/verwaltung/vhs/teilnehmende/${courseId}/anwesenheit`,
  staffReduction: (courseId: string, bookingId: string) => `/verwaltung/vhs/teilnehmende/${courseId}/ermaessigung/${bookingId}`,
  staffProof: (courseId: string, bookingId: string) => `/verwaltung/vhs/teilnehmende/${courseId}/nachweis/${bookingId}`,
  staffMarkPaid: (courseId: string, bookingId: string) => `/verwaltung/vhs/teilnehmende/${courseId}/bezahlt/${bookingId}`,
  staffCancelCourse: (courseId: string) => `/verwaltung/vhs/teilnehmende/${courseId}/absagen`,
  /** Erstattungen: money owed back to participants, open first; one refund's page marks it as transferred. */
  staffRefunds: '/verwaltung/vhs/erstattungen',
  staffRefund: (id: string) => `/verwaltung/vhs/erstattungen/${id}`,
} as const;
