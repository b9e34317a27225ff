/**
 * Adds BENCH_DATASETS (10,000) generated datasets to the open-data catalogue, run as a child process
 * while no portal runs (PGlite admits one process); migrations and the demo data come first, as at a
 * portal's first start. Each generated dataset copies a demo dataset (publisher, licence, themes,
 * contact, distributions with their formats) for a year and a district, with its own name, title,
 * text, tags and times. One SQL statement per batch for the datasets and one for their distributions;
 * `facet_keys` and the search vector then come from `refreshDerivedColumns` (repository/derived.ts),
 * the one place that computes them. Prints one JSON line for the runner.
 */
import { sql } from 'drizzle-orm';
import { openAndMigrate } from '../../src/bootstrap';
import { loadConfig } from '../../src/kernel/config';
import { queryRows } from '../../src/kernel/db';
import { refreshDerivedColumns } from '../../src/modules/opendata';
import { MODULES } from '../../src/registry';

const ROWS = Number(process.env.BENCH_DATASETS ?? 10_000);
const BATCH = 500;
const YEARS = Array.from({ length: 20 }, (_, i) => 2006 + i);
const DISTRICTS = [
  'Innenstadt',
  'Letmathe',
  'Hennen',
  'Sümmern',
  'Kesbern',
  'Drüpplingsen',
  'Oestrich',
  'Dröschede',
  'Gerlingsen',
  'Nußberg',
  'Iserlohnerheide',
  'Lössel',
];
/** Extra tags, so the tag facet has many values of different frequency as on a real portal. */
const TOPICS = [
  'Haushalt',
  'Verkehr',
  'Umwelt',
  'Bildung',
  'Wahlen',
  'Soziales',
  'Kultur',
  'Sport',
  'Bauen',
  'Energie',
  'Wasser',
  'Gesundheit',
  'Tourismus',
  'Wirtschaft',
];

interface Template {
  id: string;
  name: string;
  title: string;
  notes: string;
}

/** Row i: every template for every district, then the next year, so (template, district, year) never repeats. */
function generated(templates: Template[], index: number) {
  const template = templates[index % templates.length]!;
  const district = DISTRICTS[Math.floor(index / templates.length) % DISTRICTS.length]!;
  const year = YEARS[Math.floor(index / (templates.length * DISTRICTS.length)) % YEARS.length]!;
  const topic = TOPICS[(index * 7) % TOPICS.length]!;
  // Names stay within CKAN's 100 characters; the index keeps them unique.
  const name = `${template.name.slice(0, 70)}-${year}-${index}`;
  const modified = new Date(Date.UTC(year, index % 12, 1 + (index % 28), index % 24));
  return {
    template: template.id,
    name,
    title: `${template.title} – ${district} ${year}`,
    notes: `${template.notes}\n\nDiese Ausgabe gilt für den Stadtteil ${district} und das Jahr ${year}. Themenschwerpunkt: ${topic}.`,
    extra_tags: [district, String(year), topic],
    created: new Date(modified.getTime() - 86_400_000 * (1 + (index % 300))).toISOString(),
    modified: modified.toISOString(),
  };
}

const config = loadConfig(process.env, MODULES);
const { database } = await openAndMigrate(config, MODULES);
try {
  const { db } = database;
  const started = performance.now();
  const templates = await queryRows<Template>(
    db,
    sql`select id, name, title, notes from opendata_datasets where state = 'active' and not private and origin <> 'module' order by name`,
  );
  if (templates.length * DISTRICTS.length * YEARS.length < ROWS) throw new Error(`${templates.length} demo datasets give too few combinations`);
  for (let offset = 0; offset < ROWS; offset += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, ROWS - offset) }, (_, i) => generated(templates, offset + i));
    await db.transaction(async (tx) => {
      const inserted = await queryRows<{ id: string; name: string }>(
        tx,
        sql`insert into opendata_datasets (name, organization_id, title, notes, state, private, license_id, tags, themes, contact_name, contact_email,
            contact_url, contributor_ids, temporal_start, temporal_end, spatial_key, spatial_level, frequency, legal_basis, landing_page, version,
            issued, modified, origin, metadata_created, metadata_modified)
          select g.name, t.organization_id, g.title, g.notes, 'active', false, t.license_id, t.tags || g.extra_tags, t.themes, t.contact_name, t.contact_email,
            t.contact_url, t.contributor_ids, t.temporal_start, t.temporal_end, t.spatial_key, t.spatial_level, t.frequency, t.legal_basis, t.landing_page, t.version,
            g.created, g.modified, 'portal', g.created, g.modified
          from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
            as g(template uuid, name text, title text, notes text, extra_tags text[], created timestamptz, modified timestamptz)
          join opendata_datasets t on t.id = g.template
          returning id, name`,
      );
      const templateOf = new Map(rows.map((row) => [row.name, row.template]));
      const copies = inserted.map((row) => ({ id: row.id, template: templateOf.get(row.name) }));
      // The distributions of the template, as links (the generated datasets have no files of their own).
      await tx.execute(sql`
        insert into opendata_resources (dataset_id, position, name, description, format, media_type, url, license_id)
        select n.id, r.position, r.name, r.description, r.format, r.media_type,
          coalesce(r.url, 'https://daten.example/' || n.id || '/' || r.position), r.license_id
        from jsonb_to_recordset(${JSON.stringify(copies)}::jsonb) as n(id uuid, template uuid)
        join opendata_resources r on r.dataset_id = n.template`);
      await refreshDerivedColumns(
        tx,
        inserted.map((row) => row.id),
      );
    });
  }
  await db.execute(sql`analyze opendata_datasets`);
  await db.execute(sql`analyze opendata_resources`);
  const [count] = await queryRows<{ total: number }>(db, sql`select count(*)::int as total from opendata_datasets where state = 'active' and not private`);
  process.stdout.write(`${JSON.stringify({ published: count?.total ?? 0, seconds: (performance.now() - started) / 1000 })}\n`);
} finally {
  await database.close();
}
