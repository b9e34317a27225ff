import type { ModuleDeps } from '../../../kernel/module';
import { seedHotspotsDemo } from './seed-hotspots';

/** The wlan module's part of the town's demo pack, one step per part of the module. */
export async function seedWlanDemo(deps: ModuleDeps): Promise<void> {
  // Import (import/, staff/): own hotspots, the Freifunk feed from a file of the pack, history for the statistics.
  await seedHotspotsDemo(deps);
}
