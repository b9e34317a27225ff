import { asc } from 'drizzle-orm';
import { cachedQuery, type Executor } from '../../../kernel/db';
import { BROADBAND_STATES, wlanBroadbandAreas, type BroadbandState, type WlanBroadbandArea } from '../tables';

export const BROADBAND_STATE_LABELS: Record<BroadbandState, string> = {
  planned: 'geplant',
  building: 'im Bau',
  finished: 'fertig',
};

/** The Bundesnetzagentur's Breitbandatlas: what is available at an address today, from every provider. */
export const BREITBANDATLAS_URL = 'https://gigabitgrundbuch.bund.de/GIGA/DE/Breitbandatlas/start.html';

/** Every expansion area, by state (planned first) and name, kept in memory until the table changes. */
export const broadbandAreas = cachedQuery({ tables: ['wlan_broadband_areas'], maxEntries: 1 }, async (db: Executor): Promise<readonly WlanBroadbandArea[]> => {
  const rows = await db.select().from(wlanBroadbandAreas).orderBy(asc(wlanBroadbandAreas.name));
  return rows.sort((a, b) => BROADBAND_STATES.indexOf(a.state) - BROADBAND_STATES.indexOf(b.state) || a.name.localeCompare(b.name, 'de'));
});

/** "2027-03-31" as "31.03.2027"; an empty cell says "offen". */
export function germanDay(day: string | null): string {
  if (!day) return 'offen';
  const [year, month, date] = day.split('-');
  return `${date}.${month}.${year}`;
}
