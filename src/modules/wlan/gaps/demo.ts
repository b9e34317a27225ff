import { z } from 'zod';
import { readDemoPack } from '../../../kernel/config/demo-pack';
import type { ModuleDeps } from '../../../kernel/module';
import { GAP_STATES, wlanGapReports } from '../tables';
import { CLOSED_STATES, formatGapReference } from './presenters';
import { nextGapNumber } from './repository';

const DAY_MS = 24 * 60 * 60 * 1000;

/** `wlan-gaps.json` of the demo pack: reports in the town's districts, in every state, without contact data. */
export const gapPackSchema = z.object({
  reports: z.array(
    z.object({
      place: z.string().min(2),
      position: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
      description: z.string().min(1),
      state: z.enum(GAP_STATES),
      publicNote: z.string().default(''),
      daysAgo: z.number().int().min(0).max(365),
    }),
  ),
});

/** Idempotent: seeds only into an installation without any gap report. */
export async function seedGapDemo({ db, config }: Pick<ModuleDeps, 'db' | 'config'>): Promise<void> {
  const pack = readDemoPack(config, 'wlan-gaps', gapPackSchema);
  if (!pack || pack.reports.length === 0) return;
  await db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: wlanGapReports.id }).from(wlanGapReports).limit(1);
    if (existing) return;
    const now = Date.now();
    // Oldest first, so the reference numbers follow the dates.
    for (const report of [...pack.reports].sort((a, b) => b.daysAgo - a.daysAgo)) {
      const createdAt = new Date(now - report.daysAgo * DAY_MS);
      const { year, number } = await nextGapNumber(tx, createdAt);
      const closedAt = CLOSED_STATES.includes(report.state) ? new Date(Math.min(now, createdAt.getTime() + 7 * DAY_MS)) : null;
      await tx.insert(wlanGapReports).values({
        reference: formatGapReference(year, number),
        place: report.place,
        longitude: report.position[0],
        latitude: report.position[1],
        description: report.description,
        state: report.state,
        publicNote: report.publicNote,
        createdAt,
        updatedAt: closedAt ?? createdAt,
        closedAt,
      });
    }
  });
}
