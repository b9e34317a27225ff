import { eq, sql } from 'drizzle-orm';
import { departments } from '../../kernel/auth';
import type { OpenDatasetDeclaration } from '../../kernel/module';
import { SERVICE_PATHS } from './paths';
import { services } from './tables';

/**
 * "Leistungen der Stadtverwaltung" as open data: what the catalogue shows publicly, one row per
 * Leistung. No contact persons, phone numbers or e-mail addresses (they may name staff), only the
 * responsible Fachbereich.
 */
export const servicesOpenData: OpenDatasetDeclaration = {
  name: 'leistungen-der-stadtverwaltung',
  title: 'Leistungen der Stadtverwaltung',
  description:
    'Alle Leistungen der Stadtverwaltung mit Leistungsschlüssel (LeiKa), zuständigem Fachbereich, Online-Verfügbarkeit, OZG-Reifegrad (0–4), Gebühren und Adresse der Seite im Stadtportal.',
  madeFrom: 'dem Leistungskatalog',
  theme: 'GOVE',
  keywords: ['Verwaltungsleistungen', 'LeiKa', 'OZG', 'Onlinezugang', 'Gebühren'],
  rows: async ({ db, config }) => {
    const rows = await db
      .select({
        name: services.name,
        slug: services.slug,
        leikaKey: services.leikaKey,
        department: departments.name,
        online: services.onlineApplication,
        ozgLevel: services.ozgLevel,
        fees: services.fees,
      })
      .from(services)
      .innerJoin(departments, eq(departments.id, services.departmentId))
      .orderBy(sql`${services.name} collate "und-x-icu"`, services.slug);
    return rows.map((row) => ({
      name: row.name,
      slug: row.slug,
      leika_schluessel: row.leikaKey,
      fachbereich: row.department,
      online_beantragen: row.online,
      ozg_reifegrad: row.ozgLevel,
      gebuehren: row.fees,
      url: `${config.baseUrl}${SERVICE_PATHS.detail(row.slug)}`,
    }));
  },
};
