import { single } from '../publishing/schemas';
import { USAGE_SORTS, type UsageSort } from './repository';
import { USAGE_PERIODS, type UsagePeriod } from './use-cases/show-dataset-usage';

/**
 * The overview's query: `organisation` (an id; anything else names no organisation the person may
 * see, which answers 404) and `sortierung` (an unknown one sorts by page views, as a link without it).
 */
export function parseOverviewQuery(query: unknown): { organizationId: string | undefined; sort: UsageSort } {
  const values = (query ?? {}) as Record<string, unknown>;
  const organization = single(values.organisation);
  const sort = single(values.sortierung);
  return { organizationId: organization || undefined, sort: Object.hasOwn(USAGE_SORTS, sort) ? (sort as UsageSort) : 'aufrufe' };
}

/** The dataset page's period, `tage=30|90`; anything else shows 30 days. */
export function parseUsagePeriod(query: unknown): UsagePeriod {
  const days = Number(single(((query ?? {}) as Record<string, unknown>).tage));
  return (USAGE_PERIODS as readonly number[]).includes(days) ? (days as UsagePeriod) : 30;
}
