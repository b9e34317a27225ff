import type { ModuleDeps } from '../../../kernel/module';
import { seedBroadbandDemo } from '../broadband/demo';

/** The module's demo from the municipality's pack, one line per part (each idempotent). */
export async function seedWlanDemo(deps: ModuleDeps): Promise<void> {
  // wlan-map: the broadband expansion areas (wlan-broadband.json)
  await seedBroadbandDemo(deps);
}
