import type { OpenDatasetDeclaration } from '../../../kernel/module';
import { usageDay } from './days';
import { publicDailyUsage } from './repository';

/**
 * "Nutzung des Transparenzportals": the usage figures per public dataset and day, as open data.
 * Complete days only (up to yesterday), so the files change once a day and not with every page
 * view; no visitor is identifiable, as nothing about visitors is stored.
 */
export const usageOpenData: OpenDatasetDeclaration = {
  name: 'nutzung-des-transparenzportals',
  title: 'Nutzung des Transparenzportals',
  description:
    'Wie oft die öffentlichen Datensätze des Transparenzportals pro Tag aufgerufen, heruntergeladen und über die API abgefragt wurden. Gezählt wird ohne IP-Adressen, Cookies oder Konten; Suchmaschinen und andere automatische Abrufe werden nicht mitgezählt. Ein Tag erscheint, wenn er vorbei ist.',
  madeFrom: 'den Nutzungszahlen des Transparenzportals',
  theme: 'GOVE',
  keywords: ['Transparenzportal', 'Offene Daten', 'Nutzungsstatistik', 'Downloads', 'API'],
  rows: async ({ db }) => {
    const rows = await publicDailyUsage(db, usageDay(new Date()));
    return rows.map((row) => ({
      tag: row.day,
      datensatz: row.name,
      seitenaufrufe: row.pageViews,
      downloads: row.downloads,
      api_abrufe: row.apiCalls,
    }));
  },
};
