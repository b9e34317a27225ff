import type { ModuleDeps } from '../../../kernel/module';
import { seedBroadbandDemo } from '../broadband/demo';
import { seedGapDemo } from '../gaps';
import { seedHotspotsDemo } from './seed-hotspots';

/** The module's part of the municipality's demo pack, one line per part; each is idempotent. */
export async function seedWlanDemo(deps: ModuleDeps): Promise<void> {
  // Own hotspots, the Freifunk feed from a file of the pack, history for the statistics (import/, staff/).
  await seedHotspotsDemo(deps);
  // The broadband expansion areas (wlan-broadband.json).
  await seedBroadbandDemo(deps);
  // Coverage gaps (wlan-gaps.json).
  await seedGapDemo(deps);
}
