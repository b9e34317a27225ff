import { cachedQuery, type Executor } from '../../../kernel/db';
import type { EventSource, ModuleDeps, PublicEvent } from '../../../kernel/module';
import { addDays, berlinDayStart } from '../../../kernel/time';
import type { CalendarQuery } from '../schemas';

/** Days one calendar page shows; "Frühere/Spätere Termine" turn by as many. */
export const WINDOW_DAYS = 28;
/** Events asked of each module per page: a bound on the work, far above a month of a town's programme. */
export const EVENTS_PER_SOURCE = 1000;
/** A module that has not answered by then counts as failed, so one slow module cannot hold the page. */
const SOURCE_TIMEOUT_MS = 3000;

export interface CalendarEvent extends PublicEvent {
  area: string;
}

export interface FilterOption {
  value: string;
  count: number;
}

export interface Calendar {
  from: string;
  /** The last day shown. */
  until: string;
  events: CalendarEvent[];
  /** The filters' choices, counted over the window before filtering (so every choice leads to events). */
  options: { ort: FilterOption[]; zielgruppe: FilterOption[]; angebot: FilterOption[] };
  /** Areas whose module failed or timed out: the page says so (and is not cached). */
  failed: string[];
  /** Some module had more events in the window than asked for: the page says the list is cut. */
  truncated: boolean;
}

/** The place filter's value for online events. */
export const ONLINE = 'Online';

function eventSources(deps: Pick<ModuleDeps, 'modules'>): EventSource[] {
  return deps.modules.flatMap((module) => (module.events ? [module.events] : []));
}

function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`event source did not answer within ${SOURCE_TIMEOUT_MS} ms`)), SOURCE_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function placeOf(event: CalendarEvent): string {
  return event.place ?? ONLINE;
}

function counted(values: string[]): FilterOption[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => a.value.localeCompare(b.value, 'de'));
}

/** Whether an event passes the calendar's filters (an unset filter passes everything). */
export function matchesFilters(event: CalendarEvent, filters: Pick<CalendarQuery, 'ort' | 'zielgruppe' | 'angebot'>): boolean {
  return (
    (filters.ort === undefined || placeOf(event) === filters.ort) &&
    (filters.zielgruppe === undefined || event.audience === filters.zielgruppe) &&
    (filters.angebot === undefined || event.area === filters.angebot)
  );
}

type KeptWindows = (db: Executor, key: string) => Promise<readonly PublicEvent[]>;
const keptWindows = new WeakMap<ModuleDeps, Map<EventSource, KeptWindows>>();
/** Windows kept per source: a few pages of the calendar and the hub's next events. */
const WINDOWS_KEPT = 16;

/**
 * A source's events in a window, kept until one of its tables changes: the calendar's filters, its
 * feed and the hub ask the same windows again and again, and a month of sessions is hundreds of rows.
 */
function sourceWindow(source: EventSource, window: { from: Date; to: Date; limit: number }, deps: ModuleDeps): Promise<readonly PublicEvent[]> {
  let bySource = keptWindows.get(deps);
  if (!bySource) keptWindows.set(deps, (bySource = new Map()));
  let kept = bySource.get(source);
  if (!kept) {
    // Kept per deps (one app's database), so the load may use them as they are.
    kept = cachedQuery({ tables: source.tables, maxEntries: WINDOWS_KEPT }, (_db, key) => {
      const [from, to, limit] = key.split('|');
      return source.list({ from: new Date(from!), to: new Date(to!), limit: Number(limit) }, deps);
    });
    bySource.set(source, kept);
  }
  return kept(deps.db, `${window.from.toISOString()}|${window.to.toISOString()}|${window.limit}`);
}

/** Events of every module in a window of days, in start order; the tables they come from decide the page cache. */
export async function eventsBetween(from: Date, to: Date, limit: number, deps: ModuleDeps): Promise<Pick<Calendar, 'events' | 'failed' | 'truncated'>> {
  const sources = eventSources(deps);
  const answers = await Promise.allSettled(sources.map((source) => withTimeout(sourceWindow(source, { from, to, limit }, deps))));
  const result: Pick<Calendar, 'events' | 'failed' | 'truncated'> = { events: [], failed: [], truncated: false };
  answers.forEach((answer, index) => {
    const source = sources[index]!;
    if (answer.status === 'rejected') return void result.failed.push(source.area);
    if (answer.value.length >= limit) result.truncated = true;
    for (const event of answer.value) result.events.push({ ...event, area: source.area });
  });
  result.events.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.title.localeCompare(b.title, 'de'));
  return result;
}

/**
 * The calendar page `/bildung/kalender`: every module's public events of four weeks from the chosen
 * day, filtered by place, audience and offer. Public content only, the same for everyone.
 */
export async function listCalendar(input: CalendarQuery, deps: ModuleDeps): Promise<Calendar> {
  const until = addDays(input.von, WINDOW_DAYS - 1);
  const found = await eventsBetween(berlinDayStart(input.von), berlinDayStart(addDays(input.von, WINDOW_DAYS)), EVENTS_PER_SOURCE, deps);
  const options = {
    ort: counted(found.events.map(placeOf)),
    zielgruppe: counted(found.events.map((event) => event.audience)),
    angebot: counted(found.events.map((event) => event.area)),
  };
  const events = found.events.filter((event) => matchesFilters(event, input));
  return { from: input.von, until, events, options, failed: found.failed, truncated: found.truncated };
}

/** Tables every module's events are read from: the calendar's pages are cached until one changes. */
export function eventTables(deps: Pick<ModuleDeps, 'modules'>): string[] {
  return [...new Set(eventSources(deps).flatMap((source) => source.tables))];
}

/** The hub's offers: each module with events, where it starts and what it is. */
export function educationOffers(deps: Pick<ModuleDeps, 'modules'>): Array<Pick<EventSource, 'area' | 'href' | 'description'>> {
  return eventSources(deps).map(({ area, href, description }) => ({ area, href, description }));
}
