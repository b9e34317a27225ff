import type { Actor } from '../../../../kernel/auth';
import { errors, isUuid } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { maySeeUsage } from '../../policies';
import { enterPublishing } from '../../publishing/guard';
import { findDatasetById } from '../../repository/datasets';
import type { Dataset } from '../../tables';
import { addDays, daysBetween, usageDay } from '../days';
import { dailyUsage, type DailyUsage } from '../repository';

/** The periods the dataset's page offers, in days up to today. */
export const USAGE_PERIODS = [30, 90] as const;
export type UsagePeriod = (typeof USAGE_PERIODS)[number];

export interface DatasetUsagePage {
  dataset: Dataset;
  period: UsagePeriod;
  /** Every day of the period, oldest first; days without use have zeros. */
  days: DailyUsage[];
}

/** One dataset's figures per day, for the chart and its table: for the members of its organisation and the portal's admins. */
export async function showDatasetUsage(
  actor: Actor,
  input: { id: string; period: UsagePeriod },
  { db }: Pick<ModuleDeps, 'db'>,
  now = new Date(),
): Promise<DatasetUsagePage> {
  const { access } = await enterPublishing(actor, db);
  const dataset = isUuid(input.id) ? await findDatasetById(db, input.id) : undefined;
  if (!dataset || dataset.state === 'deleted' || !maySeeUsage(access, dataset.organizationId)) throw errors.notFoundOrForbidden('Der Datensatz');
  const today = usageDay(now);
  const from = addDays(today, 1 - input.period);
  const stored = new Map((await dailyUsage(db, dataset.id, from)).map((row) => [row.day, row]));
  const days = daysBetween(from, today).map((day) => stored.get(day) ?? { day, pageViews: 0, downloads: 0, apiCalls: 0 });
  return { dataset, period: input.period, days };
}
