import type { ModuleDeps } from '../../../kernel/module';
import { seedBroadbandDemo } from '../broadband/demo';
import { seedGapDemo } from '../gaps';

/** The module's part of the municipality's demo pack, one line per part; each is idempotent. */
export async function seedWlanDemo(deps: ModuleDeps): Promise<void> {
  // The broadband expansion areas (wlan-broadband.json).
  await seedBroadbandDemo(deps);
  // Coverage gaps (wlan-gaps.json).
  await seedGapDemo(deps);
}
