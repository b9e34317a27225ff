import { eq } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { wlanHotspots } from '../tables';
import { PUBLIC_COLUMNS } from './current-hotspots';

/** A hotspot page's row by slug, removed ones too (their page says so); no owner data is selected. */
export async function findHotspot(db: Executor, slug: string) {
  if (slug.length > 200) return undefined;
  const [row] = await db
    .select({ ...PUBLIC_COLUMNS, description: wlanHotspots.description, removedAt: wlanHotspots.removedAt })
    .from(wlanHotspots)
    .where(eq(wlanHotspots.slug, slug))
    .limit(1);
  return row;
}

export type HotspotDetail = NonNullable<Awaited<ReturnType<typeof findHotspot>>>;
