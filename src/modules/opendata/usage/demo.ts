import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../kernel/db';
import { addDays, daysBetween, usageDay } from './days';
import { addUsage, type UsageIncrement } from './repository';

const DEMO_DAYS = 90;

/** FNV-1a: a stable number for a text, so the demo figures are the same on every machine. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (const character of text) value = Math.imul(value ^ character.charCodeAt(0), 0x01000193) >>> 0;
  return value;
}

/**
 * Plausible figures for one dataset's day: each dataset has its own popularity (a few to a few
 * dozen views a day), weekdays are busier than weekends, downloads are a share of the views, and
 * API calls come from the few datasets programs read daily.
 */
function demoFigures(datasetName: string, day: string): Omit<UsageIncrement, 'datasetName' | 'day'> {
  const popularity = 2 + (hash(datasetName) % 40);
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  const weekFactor = weekday === 0 || weekday === 6 ? 0.4 : 1;
  const noise = (hash(`${datasetName} ${day}`) % 100) / 100;
  const pageViews = Math.round(popularity * weekFactor * (0.6 + noise));
  const downloads = Math.round(pageViews * (0.1 + (hash(`${datasetName}:downloads`) % 30) / 100));
  const apiCalls = hash(`${datasetName}:api`) % 3 === 0 ? Math.round((5 + (hash(datasetName) % 20)) * (0.5 + noise)) : 0;
  return { pageViews, downloads, apiCalls };
}

/**
 * The demo's usage: the last 90 days of every public dataset, so "Nutzung", its charts and
 * "Meistgenutzt" are lively on first start. Only into an empty table: real figures are never mixed
 * with invented ones.
 */
export async function seedUsageDemo(db: Executor, now = new Date()): Promise<void> {
  const [existing] = await queryRows<{ any: boolean }>(db, sql`select exists (select 1 from opendata_usage_daily) as any`);
  if (existing?.any) return;
  const datasets = await queryRows<{ name: string }>(db, sql`select name from opendata_datasets where state = 'active' and not private order by name`);
  const today = usageDay(now);
  const days = daysBetween(addDays(today, 1 - DEMO_DAYS), today);
  await addUsage(
    db,
    datasets.flatMap(({ name }) => days.map((day) => ({ datasetName: name, day, ...demoFigures(name, day) }))),
  );
}
