import type { TestApp } from '../../../../tests/support/test-app';
import { wlanHotspots, type WlanHotspot } from '../tables';

/** An own hotspot as staff would have entered it. */
export async function createOwnHotspot(t: TestApp, values: Partial<typeof wlanHotspots.$inferInsert> = {}): Promise<WlanHotspot> {
  const [hotspot] = await t.deps.db
    .insert(wlanHotspots)
    .values({
      kind: 'own',
      slug: `rathaus-${Math.random().toString(36).slice(2, 8)}`,
      name: 'Rathaus, Bürgerbüro',
      operator: 'Stadt Iserlohn',
      address: 'Schillerplatz 7, 58636 Iserlohn',
      latitude: 51.3757,
      longitude: 7.6961,
      online: true,
      ...values,
    })
    .returning();
  return hotspot!;
}
