import type { OpenDatasetDeclaration } from '../../../kernel/module';
import { listServicesForApplication } from '../../services';
import { monthlySubmissionCounts } from './repository';

/**
 * "Online-Anträge pro Leistung und Monat" as open data: counts only, never who applied or what
 * they answered. Anträge are deleted after their retention period, so older months count only
 * those still kept; the description says so.
 */
export const applicationStatisticsDataset: OpenDatasetDeclaration = {
  name: 'online-antraege-pro-monat',
  title: 'Online-Anträge pro Leistung und Monat',
  description:
    'Anzahl der über das Stadtportal eingereichten Anträge je Leistung und Kalendermonat (Monat der Einreichung). Enthält nur Zahlen, keine Angaben zu Personen. Anträge werden nach Ablauf ihrer Aufbewahrungsfrist gelöscht; für zurückliegende Monate zählen nur die noch aufbewahrten.',
  madeFrom: 'den eingegangenen Online-Anträgen',
  theme: 'GOVE',
  keywords: ['Onlinezugang', 'OZG', 'Anträge', 'Statistik', 'Digitalisierung'],
  rows: async ({ db }) => {
    const [counts, services] = await Promise.all([monthlySubmissionCounts(db), listServicesForApplication(db)]);
    const names = new Map(services.map((service) => [service.slug, service.name]));
    return counts.map((row) => ({
      monat: row.month,
      leistung: row.serviceSlug,
      leistung_name: names.get(row.serviceSlug) ?? null,
      antraege: row.count,
    }));
  },
};
