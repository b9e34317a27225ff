import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { readDemoPack } from '../../../kernel/config/demo-pack';
import type { ModuleDeps } from '../../../kernel/module';
import { siteNews } from '../tables';

const DAY = 86_400_000;

/** `site.json` of a demo pack: announcements, dated relative to today so the start page always looks current. */
export const sitePackSchema = z.object({
  news: z.array(z.object({ title: z.string().min(1).max(200), summary: z.string().min(1).max(2000), daysAgo: z.number().int().min(0) })),
});

/** Seeds the news only into an empty news table, so edits and deletions by staff stay. */
export async function seedSiteDemo({ db, config }: Pick<ModuleDeps, 'db' | 'config'>): Promise<void> {
  const pack = readDemoPack(config, 'site', sitePackSchema);
  if (!pack || pack.news.length === 0) return;
  const [existing] = await db.select({ count: sql<number>`count(*)::int` }).from(siteNews);
  if ((existing?.count ?? 0) > 0) return;
  await db.insert(siteNews).values(pack.news.map(({ title, summary, daysAgo }) => ({ title, summary, publishedAt: new Date(Date.now() - daysAgo * DAY) })));
}
