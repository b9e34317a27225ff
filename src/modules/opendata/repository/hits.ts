import { sql } from 'drizzle-orm';
import { cachedQuery, queryRows, type Executor } from '../../../kernel/db';
import { datasets, organizations } from '../tables';

/** What a result list shows of a dataset. */
export interface DatasetHit {
  id: string;
  name: string;
  title: string;
  notes: string;
  organizationName: string;
  organizationTitle: string;
  licenseId: string;
  formats: string[];
  metadataModified: Date;
  state: string;
  private: boolean;
}

/**
 * The hits of a page, in the order of `ids` (one statement). The formats come from the derived
 * facet keys (`res_format:<format>`, one per format): reading the distributions for each hit was most
 * of the statement's time on PGlite.
 */
export async function datasetHits(db: Executor, ids: readonly string[]): Promise<DatasetHit[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<Omit<DatasetHit, 'metadataModified'> & { metadataModified: string }>(
    db,
    sql`select d.id, d.name, d.title, d.notes, o.name as "organizationName", o.title as "organizationTitle", d.license_id as "licenseId",
        array(select substr(key, 12) from unnest(d.facet_keys) key where starts_with(key, 'res_format:') order by 1) as "formats",
        d.metadata_modified as "metadataModified", d.state, d.private
      from ${datasets} d join ${organizations} o on o.id = d.organization_id
      where d.id = any(${sql.param([...ids])}::uuid[])`,
  );
  const byId = new Map(rows.map((row) => [row.id, { ...row, metadataModified: new Date(row.metadataModified) }]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export interface OrganizationSummary {
  id: string;
  name: string;
  title: string;
  kind: 'city' | 'company' | 'institution';
  description: string;
  homepage: string | null;
  email: string | null;
  /** Published public datasets. */
  datasetCount: number;
}

/** Every organisation with its number of published datasets, A–Z; kept until either table changes. */
export const organizationSummaries = cachedQuery({ tables: ['opendata_organizations', 'opendata_datasets'], maxEntries: 1 }, (db) =>
  queryRows<OrganizationSummary>(
    db,
    sql`select o.id, o.name, o.title, o.kind, o.description, o.homepage, o.email,
        (select count(*)::int from ${datasets} d where d.organization_id = o.id and d.state = 'active' and not d.private) as "datasetCount"
      from ${organizations} o order by o.title collate "und-x-icu"`,
  ),
);
