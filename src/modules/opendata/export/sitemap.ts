import { and, asc, eq } from 'drizzle-orm';
import { xmlText } from '../../../kernel/feeds/atom';
import type { ModuleDeps } from '../../../kernel/module';
import { OPENDATA_PATHS } from '../paths';
import { datasets, organizations } from '../tables';

/** A sitemap holds at most 50,000 addresses (sitemaps.org); beyond that the newest changes are listed. */
const MAX_URLS = 50_000;

/** `/daten/sitemap.xml`: the start page, the organisations and every published dataset with its last change. */
export async function catalogueSitemap({ db, config }: Pick<ModuleDeps, 'db' | 'config'>): Promise<string> {
  const [orgs, rows] = await Promise.all([
    db.select({ name: organizations.name }).from(organizations).orderBy(asc(organizations.name)),
    db
      .select({ name: datasets.name, modified: datasets.metadataModified })
      .from(datasets)
      .where(and(eq(datasets.state, 'active'), eq(datasets.private, false)))
      .orderBy(asc(datasets.name))
      .limit(MAX_URLS - 2),
  ]);
  const url = (path: string, modified?: Date) =>
    `<url><loc>${xmlText(`${config.baseUrl}${path}`)}</loc>${modified ? `<lastmod>${modified.toISOString()}</lastmod>` : ''}</url>`;
  const urls = [
    url(OPENDATA_PATHS.catalogue),
    url(OPENDATA_PATHS.organizations),
    ...orgs.slice(0, MAX_URLS).map((org) => url(OPENDATA_PATHS.organization(org.name))),
    ...rows.map((row) => url(OPENDATA_PATHS.dataset(row.name), row.modified)),
  ].slice(0, MAX_URLS);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>\n`;
}
