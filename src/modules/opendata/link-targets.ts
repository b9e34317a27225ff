import { and, eq } from 'drizzle-orm';
import { linkTargetSource } from '../../kernel/db';
import { OPENDATA_PATHS } from './paths';
import { datasets } from './tables';

/** Published datasets (active, not private) as objects the cockpit's measures name; drafts and deleted ones are not offered or shown. */
export const datasetLinkTargets = linkTargetSource({
  kind: 'dataset',
  label: 'Datensätze',
  table: datasets,
  id: datasets.id,
  title: datasets.title,
  pathKey: datasets.name,
  href: OPENDATA_PATHS.dataset,
  visible: and(eq(datasets.state, 'active'), eq(datasets.private, false)),
  tables: ['opendata_datasets'],
});
