import { z } from 'zod';
import type { Config } from '../../../kernel/config';
import { readDemoPack } from '../../../kernel/config/demo-pack';
import type { ModuleDeps } from '../../../kernel/module';
import { BROADBAND_STATES, wlanBroadbandAreas } from '../tables';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'muss ein Tag wie 2027-03-31 sein');
const ring = z.array(z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])).min(4, 'ein Ring braucht mindestens vier Positionen');

/** `config/demo/<town>/wlan-broadband.json`: the demo's expansion areas. */
export const broadbandPackSchema = z.object({
  areas: z.array(
    z.object({
      slug: z.string().regex(/^[a-z0-9-]+$/),
      name: z.string().min(1),
      state: z.enum(BROADBAND_STATES),
      builder: z.string().default(''),
      addresses: z.number().int().min(0),
      startedOn: day.nullable(),
      finishedOn: day.nullable(),
      outline: z.array(ring).min(1),
    }),
  ),
});

export function readBroadbandPack(config: Pick<Config, 'municipality' | 'configDir'>): z.output<typeof broadbandPackSchema> | undefined {
  return readDemoPack(config, 'wlan-broadband', broadbandPackSchema);
}

/** The demo pack's expansion areas into an empty table (idempotent: areas already there stay). */
export async function seedBroadbandDemo(deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<void> {
  const pack = readBroadbandPack(deps.config);
  if (!pack || pack.areas.length === 0) return;
  await deps.db.insert(wlanBroadbandAreas).values(pack.areas).onConflictDoNothing();
}
