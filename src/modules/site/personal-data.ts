import { asc, eq, sql } from 'drizzle-orm';
import type { PersonalDataHook } from '../../kernel/module';
import { reportReference, STATUS_LABELS } from './presenters';
import { accessibilityReports } from './tables';

/*
 * The site module's part of "Meine Daten" and of the account deletion. Barrier reports are made
 * without an account; the person may leave a name and an e-mail address for the answer. Reports
 * with the account's (verified) address are theirs. The queries live here rather than in
 * repository.ts so that this hook stays one file beside the module.
 */
const byAddress = (email: string) => eq(sql`lower(${accessibilityReports.contactEmail})`, email.toLowerCase());

export const sitePersonalData: PersonalDataHook = {
  export: async (user, { db, config }) => {
    const reports = await db.select().from(accessibilityReports).where(byAddress(user.email)).orderBy(asc(accessibilityReports.createdAt));
    if (reports.length === 0) return undefined;
    return {
      accessibilityReports: reports.map((report) => ({
        reference: reportReference(config.municipality.referencePrefix, report),
        page: report.page,
        description: report.description,
        name: report.name,
        email: report.contactEmail,
        status: STATUS_LABELS[report.status],
        createdAt: report.createdAt,
      })),
    };
  },
  erase: async (user, tx) => {
    const rows = await tx
      .update(accessibilityReports)
      .set({ contactEmail: null, name: null, updatedAt: sql`now()` })
      .where(byAddress(user.email))
      .returning({ id: accessibilityReports.id });
    if (rows.length === 0) return [];
    return [
      {
        what: 'Gemeldete Barrieren',
        outcome: 'pseudonymised',
        count: rows.length,
        reason:
          'Die Meldung selbst bleibt, damit die Verwaltung die Barriere beheben und der Überwachungsstelle berichten kann. Ihr Name und Ihre E-Mail-Adresse sind daraus entfernt.',
      },
    ];
  },
};
