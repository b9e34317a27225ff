/**
 * Adds BENCH_CATALOGUE_ROWS (3,000) generated Leistungen to the services table, run as a child
 * process while no portal runs (PGlite admits one process). The portal has no bulk import of
 * Leistungen, so this is SQL: each row copies a demo Leistung (department, fees, Lebenslagen, …)
 * under a new name, slug and text for a variant and a district; the search columns are generated
 * by the table itself. Prints one JSON line for the runner.
 */
import { sql } from 'drizzle-orm';
import { openAndMigrate } from '../../src/bootstrap';
import { loadConfig } from '../../src/kernel/config';
import { queryRows } from '../../src/kernel/db';
import { MODULES } from '../../src/registry';

const ROWS = Number(process.env.BENCH_CATALOGUE_ROWS ?? 3000);
const BATCH = 500;
const VARIANTS = [
  'Erstantrag',
  'Verlängerung',
  'Änderung',
  'Ersatz bei Verlust',
  'für Unternehmen',
  'für Vereine',
  'für Minderjährige',
  'im Eilverfahren',
  'Beratung vor Ort',
  'für Menschen mit Behinderung',
  'Nachweis und Bescheinigung',
  'Widerspruch',
  'Auskunft',
  'Zweitschrift',
  'Ermäßigung',
  'Befreiung',
  'für Studierende',
  'bei Wegzug ins Ausland',
  'für Seniorinnen und Senioren',
  'Sammelantrag',
];
const DISTRICTS = ['Innenstadt', 'Letmathe', 'Hennen', 'Sümmern', 'Kesbern', 'Drüpplingsen', 'Oestrich', 'Dröschede', 'Gerlingsen', 'Nußberg'];

interface Template {
  slug: string;
  name: string;
  summary: string;
  description: string;
  keywords: string;
}

const slugify = (text: string) =>
  text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Row i: every template with every variant, then the next district, so (template, variant, district) never repeats. */
function generated(templates: Template[], index: number): Template & { template: string } {
  const template = templates[index % templates.length]!;
  const variant = VARIANTS[Math.floor(index / templates.length) % VARIANTS.length]!;
  const district = DISTRICTS[Math.floor(index / (templates.length * VARIANTS.length)) % DISTRICTS.length]!;
  return {
    template: template.slug,
    slug: `${template.slug}-${slugify(variant)}-${slugify(district)}`,
    name: `${template.name}: ${variant} (${district})`,
    summary: `${template.summary} Diese Seite gilt für ${variant.toLowerCase()} im Stadtteil ${district}.`,
    description: `${template.description}\n\nFür ${district} ist das Bürgerbüro im Stadtteil zuständig. ${variant}: Bitte bringen Sie die Unterlagen vollständig mit.`,
    keywords: `${template.keywords} ${district} ${variant}`.trim(),
  };
}

const OVERRIDDEN = new Set(['slug', 'name', 'summary', 'description', 'keywords', 'online_application', 'guest_allowed']);

const config = loadConfig(process.env, MODULES);
const { database } = await openAndMigrate(config, MODULES);
try {
  const { db } = database;
  const started = performance.now();
  const templates = await queryRows<Template>(db, sql`select slug, name, summary, description, keywords from services order by slug`);
  if (templates.length * VARIANTS.length * DISTRICTS.length < ROWS) throw new Error(`${templates.length} demo Leistungen give too few combinations`);
  // Every column the table has now (other branches may add some), generated ones excepted: copied from the template.
  const columns = await queryRows<{ name: string }>(
    db,
    sql`select column_name as name from information_schema.columns
        where table_schema = current_schema() and table_name = 'services' and is_generated = 'NEVER' order by ordinal_position`,
  );
  const quoted = columns.map(({ name }) => `"${name}"`).join(', ');
  // No form exists for a generated Leistung, so none offers an online Antrag.
  const values = columns
    .map(({ name }) => (name === 'online_application' || name === 'guest_allowed' ? 'false' : OVERRIDDEN.has(name) ? `g."${name}"` : `t."${name}"`))
    .join(', ');
  for (let offset = 0; offset < ROWS; offset += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, ROWS - offset) }, (_, i) => generated(templates, offset + i));
    await db.execute(sql`
      insert into services (${sql.raw(quoted)})
      select ${sql.raw(values)}
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as g(template text, slug text, name text, summary text, description text, keywords text)
      join services t on t.slug = g.template`);
  }
  await db.execute(sql`analyze services`);
  const [count] = await queryRows<{ total: number }>(db, sql`select count(*)::int as total from services`);
  process.stdout.write(`${JSON.stringify({ total: count?.total ?? 0, seconds: (performance.now() - started) / 1000 })}\n`);
} finally {
  await database.close();
}
