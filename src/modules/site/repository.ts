import { desc, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../kernel/db';
import { siteNews } from './tables';

export type NewsItem = typeof siteNews.$inferSelect;

export function latestNews(db: Executor, limit = 3): Promise<NewsItem[]> {
  return db.select().from(siteNews).where(lte(siteNews.publishedAt, sql`now()`)).orderBy(desc(siteNews.publishedAt)).limit(limit);
}
