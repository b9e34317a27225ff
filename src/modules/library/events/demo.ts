import { z } from 'zod';
import { readDemoPack } from '../../../kernel/config/demo-pack';
import type { ModuleDeps } from '../../../kernel/module';
import { addDays, berlinDay, berlinMoment } from '../../../kernel/time';
import { countEvents, insertEvent, markCancelled } from './repository';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/** `library-events.json` of a demo pack: events dated relative to the seeding day, so the calendar always has some ahead. */
export const libraryEventsPackSchema = z.object({
  events: z.array(
    z.object({
      title: z.string().min(1).max(200),
      summary: z.string().min(1).max(300),
      description: z.string().max(5000).default(''),
      place: z.string().max(200).default(''),
      online: z.boolean().default(false),
      audience: z.string().min(1).max(100),
      admission: z.string().max(300).default(''),
      daysFromToday: z.number().int().min(-60).max(365),
      starts: clock,
      ends: clock,
      cancelled: z.string().min(1).max(300).optional(),
    }),
  ),
});

/** Seeds the pack's events only into an empty table, so what staff entered or changed stays. */
export async function seedLibraryEventsDemo({ db, config }: Pick<ModuleDeps, 'db' | 'config'>): Promise<void> {
  const pack = readDemoPack(config, 'library-events', libraryEventsPackSchema);
  if (!pack || (await countEvents(db)) > 0) return;
  const today = berlinDay(new Date());
  await db.transaction(async (tx) => {
    for (const { daysFromToday, starts, ends, cancelled, ...event } of pack.events) {
      const day = addDays(today, daysFromToday);
      const startsAt = berlinMoment(day, starts);
      const endsAt = berlinMoment(day, ends);
      // A demo time the clocks skip that night: the event is left out rather than moved.
      if (!startsAt || !endsAt) continue;
      const row = await insertEvent(tx, { ...event, startsAt, endsAt });
      if (cancelled) await markCancelled(tx, row.id, cancelled);
    }
  });
}
