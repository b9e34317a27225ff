import { desc, eq, and } from 'drizzle-orm';
import { atomFeed, tagUri } from '../../../kernel/feeds/atom';
import type { ModuleDeps } from '../../../kernel/module';
import { markdownToText } from '../../../kernel/views';
import { OPENDATA_PATHS } from '../paths';
import { themeLabel } from '../presenters';
import { datasets, organizations } from '../tables';

const ENTRIES = 50;

/** The Atom feed of new and changed datasets: the newest 50 changes, each entry one dataset at its latest change. */
export async function datasetFeed({ db, config }: Pick<ModuleDeps, 'db' | 'config'>): Promise<string> {
  const rows = await db
    .select({ dataset: datasets, organization: organizations.title })
    .from(datasets)
    .innerJoin(organizations, eq(organizations.id, datasets.organizationId))
    .where(and(eq(datasets.state, 'active'), eq(datasets.private, false)))
    .orderBy(desc(datasets.metadataModified), desc(datasets.id))
    .limit(ENTRIES);
  const host = new URL(config.baseUrl).hostname;
  return atomFeed({
    id: `${config.baseUrl}${OPENDATA_PATHS.feed}`,
    title: `Offene Daten: ${config.municipality.officialName}`,
    subtitle: 'Neue und geänderte Datensätze',
    updated: rows[0]?.dataset.metadataModified ?? new Date(0),
    selfUrl: `${config.baseUrl}${OPENDATA_PATHS.feed}`,
    alternateUrl: `${config.baseUrl}${OPENDATA_PATHS.catalogue}`,
    authorName: config.municipality.officialName,
    entries: rows.map(({ dataset, organization }) => ({
      // The id names the dataset, not the change: a reader shows a changed dataset once, updated.
      id: tagUri(host, dataset.metadataCreated.toISOString().slice(0, 10), `opendata/datensatz/${dataset.id}`),
      title: dataset.title,
      updated: dataset.metadataModified,
      published: dataset.metadataCreated,
      summary: markdownToText(dataset.notes).slice(0, 500),
      link: `${config.baseUrl}${OPENDATA_PATHS.dataset(dataset.name)}`,
      authorName: organization,
      categories: dataset.themes.map((theme) => ({ term: theme, label: themeLabel(theme) })),
    })),
  });
}
