/**
 * Test data for measuring the back-office inbox: `seedApplications(db, count)` inserts `count`
 * realistic applications in ONE `insert … select generate_series` statement (100,000 rows take
 * seconds, not minutes): ten departments with their Leistungen, German names, every status with a
 * plausible share, submission dates over the last two years, due dates (a share overdue),
 * assignees, fees and the German full-text search document the apply journey writes on submit.
 * Used by the benchmark and for `EXPLAIN` of the inbox queries; never by the application.
 */
import { sql, type SQL } from 'drizzle-orm';
import { DEMO_FIRST_NAMES, DEMO_LAST_NAMES } from '../src/kernel/config/demo-names';
import { queryRows, type Executor } from '../src/kernel/db';

/** Leistungen and their departments for a database without a catalogue, modelled on the demo catalogue of Iserlohn. */
export const SEED_SERVICES: readonly { slug: string; departmentId: string }[] = [
  { slug: 'bewohnerparkausweis', departmentId: 'tiefbau' },
  { slug: 'meldebescheinigung', departmentId: 'buergeramt' },
  { slug: 'fundsache-verlustmeldung', departmentId: 'buergeramt' },
  { slug: 'hundesteuer-anmeldung', departmentId: 'steueramt' },
  { slug: 'hundesteuer-abmeldung', departmentId: 'steueramt' },
  { slug: 'gewerbe-anmeldung', departmentId: 'ordnungsamt' },
  { slug: 'gewerbe-ummeldung', departmentId: 'ordnungsamt' },
  { slug: 'kita-vormerkung', departmentId: 'jugendamt' },
  { slug: 'briefwahl', departmentId: 'wahlamt' },
  { slug: 'akteneinsicht-ifg', departmentId: 'rechtsamt' },
  { slug: 'sepa-lastschriftmandat', departmentId: 'stadtkasse' },
  { slug: 'bauvoranfrage', departmentId: 'bauordnung' },
  { slug: 'geburt-beurkunden', departmentId: 'standesamt' },
];

export interface SeedOptions {
  /** Leistungen to spread the rows over; default: the online Leistungen of the catalogue, else SEED_SERVICES. */
  services?: readonly { slug: string; departmentId: string }[];
  /** Reference year of the generated numbers (the counter table is not touched, so pick one the portal does not use). */
  year?: number;
  /** Staff ids applications are assigned to (about 60% get one); none without. */
  assigneeIds?: readonly string[];
  /** The form version recorded on the rows (no foreign key; the inbox never reads it). */
  formVersionId?: string;
}

/** The online Leistungen of the catalogue (services module), so the rows land in the departments staff belong to. */
async function catalogueServices(db: Executor): Promise<{ slug: string; departmentId: string }[]> {
  const [exists] = await queryRows<{ present: boolean }>(db, sql`select to_regclass('services') is not null as present`);
  if (!exists?.present) return [];
  return queryRows(db, sql`select slug, department_id as "departmentId" from services where online_application order by slug`);
}

/** A text[] from one JSON parameter (order kept): no values are spliced into the SQL text. */
function textArray(values: readonly string[]): SQL {
  return sql`(select coalesce(array_agg(value order by position), '{}') from jsonb_array_elements_text(${JSON.stringify(values)}::jsonb) with ordinality as element(value, position))`;
}

/** Inserts `count` applications; returns how many rows were inserted. */
export async function seedApplications(db: Executor, count: number, options: SeedOptions = {}): Promise<number> {
  const year = options.year ?? 2025;
  const assignees = options.assigneeIds ?? [];
  const catalogue = options.services ?? (await catalogueServices(db));
  const services = catalogue.length ? catalogue : SEED_SERVICES;
  const result = await db.execute(sql`
    with params as (
      select ${textArray(services.map((service) => service.slug))} as slugs,
             ${textArray(services.map((service) => service.departmentId))} as departments,
             ${textArray(DEMO_FIRST_NAMES)} as first_names,
             ${textArray(DEMO_LAST_NAMES)} as last_names,
             ${textArray(assignees)}::uuid[] as assignees,
             coalesce((select max(substring(reference from '\\d+$')::int) from applications where reference like ${`SEED-${year}-%`}), 0) as offset_number
    ),
    generated as (
      select g,
             1 + ((hashint4(g * 31 + 1) & 2147483647) % array_length(p.slugs, 1)) as service_index,
             -- status shares: 8% draft, 20% submitted, 25% in progress, 7% Rückfrage, 25% approved, 10% rejected, 5% withdrawn
             case when (hashint4(g * 31 + 2) & 2147483647) % 100 < 8 then 'draft' when (hashint4(g * 31 + 2) & 2147483647) % 100 < 28 then 'submitted' when (hashint4(g * 31 + 2) & 2147483647) % 100 < 53 then 'in_progress'
                  when (hashint4(g * 31 + 2) & 2147483647) % 100 < 60 then 'awaiting_citizen' when (hashint4(g * 31 + 2) & 2147483647) % 100 < 85 then 'approved' when (hashint4(g * 31 + 2) & 2147483647) % 100 < 95 then 'rejected'
                  else 'withdrawn' end as status,
             now() - make_interval(mins => ((hashint4(g * 31 + 3) & 2147483647) % (2 * 365 * 24 * 60))::int) as submitted_at,
             p.first_names[1 + (hashint4(g * 31 + 4) & 2147483647) % array_length(p.first_names, 1)] || ' ' || p.last_names[1 + (hashint4(g * 31 + 5) & 2147483647) % array_length(p.last_names, 1)] as name,
             p.offset_number + g as number,
             p.slugs, p.departments, p.assignees
      from generate_series(1, ${count}) as g, params p
    )
    insert into applications (reference, service_slug, department_id, form_version_id, status, applicant_id, answers, applicant_name, applicant_email,
                              fee_cents, payment_status, assignee_id, submitted_at, due_at, closed_at, delete_after, search, created_at, updated_at)
    select case when status = 'draft' then null else ${`SEED-${year}-`} || lpad(number::text, 7, '0') end,
           slugs[service_index], departments[service_index], ${options.formVersionId ?? '00000000-0000-4000-8000-000000000001'}::uuid, status,
           gen_random_uuid(),
           jsonb_build_object('anliegen', 'Antrag Nummer ' || g, 'kennzeichen', 'MK-' || chr(65 + (g % 26)) || ' ' || (g % 9999)),
           name, lower(replace(name, ' ', '.')) || g || '@example.org',
           case when g % 3 = 0 then 3000 else 0 end,
           case when g % 3 <> 0 then 'none' when status in ('approved', 'rejected') then 'paid' else 'open' end,
           case when array_length(assignees, 1) is null or (hashint4(g * 31 + 6) & 2147483647) % 10 >= 6 then null else assignees[1 + (hashint4(g * 31 + 7) & 2147483647) % array_length(assignees, 1)] end,
           case when status = 'draft' then null else submitted_at end,
           case when status = 'draft' then null else submitted_at + interval '14 days' end,
           case when status in ('approved', 'rejected', 'withdrawn') then submitted_at + interval '10 days' end,
           case when status in ('approved', 'rejected', 'withdrawn') then submitted_at + interval '375 days' end,
           case when status = 'draft' then null else to_tsvector('german', unaccent(${`SEED-${year}-`} || lpad(number::text, 7, '0') || ' ' || name || ' ' || slugs[service_index] || ' Antrag Nummer ' || g)) end,
           submitted_at - interval '1 hour', submitted_at
    from generated`);
  const affected = result as unknown as { rowCount?: number | null; affectedRows?: number };
  // After a bulk load the planner needs fresh statistics (PostgreSQL's autovacuum would do it later, PGlite's hourly job too).
  await db.execute(sql`analyze applications`);
  return affected.rowCount ?? affected.affectedRows ?? 0;
}
