import type { ModuleDeps } from '../../../kernel/module';
import { seedGapDemo } from '../gaps';

/** The module's part of the municipality's demo pack, one line per part; each is idempotent. */
export async function seedWlanDemo(deps: ModuleDeps): Promise<void> {
  // Coverage gaps (wlan-gaps): wlan-gaps.json.
  await seedGapDemo(deps);
}
