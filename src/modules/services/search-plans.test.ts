import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { openTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../tests/support/database';
import { queryRows, type Database } from '../../kernel/db';
import { testConfig } from '../../../tests/support/test-app';
import { seedServicesDemo } from './demo/index';
import { servicesModule } from './index';
import { searchServices, serviceSearchQuery, type ServiceSearch } from './search';

/** Copies of each demo Leistung: about 2,000 rows, where a sequential scan costs what issue 9 measured. */
const COPIES = 60;

describe(`Leistungen search plans on ${COPIES}× the demo catalogue (${TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let database: TestDatabase;
  let db: Database;
  before(async () => {
    database = await openTestDatabase([servicesModule]);
    db = database.handle.db;
    await seedServicesDemo({ db, config: testConfig() });
    await db.execute(sql`
      insert into services (slug, name, summary, description, eligibility, fees, processing_time, processing_days, department_id, keywords, life_situations)
      select s.slug || '-' || i, s.name || ' ' || i, s.summary, s.description, s.eligibility, s.fees, s.processing_time, s.processing_days,
             s.department_id, s.keywords, s.life_situations
      from services s cross join generate_series(1, ${COPIES}) i`);
    await db.execute(sql`analyze services`);
  });
  after(() => database.close());

  async function plan(search: Partial<ServiceSearch>): Promise<string> {
    const rows = await queryRows<{ 'QUERY PLAN': string }>(db, sql`explain ${serviceSearchQuery({ q: '', page: 1, pageSize: 20, ...search })}`);
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  }

  it('finds words and typos through the two GIN indexes, never by reading every Leistung', async () => {
    for (const search of [{ q: 'hund' }, { q: 'personalausweiss' }, { q: 'anmelden', lifeSituation: 'haustiere' }, { q: 'hund anmelden', page: 999 }]) {
      const text = await plan(search);
      assert.match(text, /Bitmap Index Scan on services_search_idx/, text);
      assert.match(text, /Bitmap Index Scan on services_search_text_trgm_idx/, text);
      assert.doesNotMatch(text, /Seq Scan on services/, text);
    }
  });

  it('reads the A–Z page in the order of the ICU index instead of sorting every row', async () => {
    const text = await plan({ q: '' });
    assert.match(text, /Index Scan using services_name_icu_idx/, text);
    assert.doesNotMatch(text, /Sort Key: .*und-x-icu/, text);
  });

  it('keeps no planner statistics on the search columns, the tsvector in the row and no pending list in the GIN indexes', async () => {
    const statistics = await queryRows<{ name: string; target: number | null; storage: string }>(
      db,
      sql`select attname as "name", attstattarget as "target", attstorage as "storage" from pg_attribute
          where attrelid = 'services'::regclass and attname in ('search', 'search_text') order by attname`,
    );
    assert.deepEqual(statistics, [
      { name: 'search', target: 0, storage: 'm' },
      { name: 'search_text', target: 0, storage: 'x' },
    ]);
    const options = await queryRows<{ name: string; options: string[] }>(
      db,
      sql`select relname as "name", reloptions as "options" from pg_class
          where relname in ('services_search_idx', 'services_search_text_trgm_idx') order by relname`,
    );
    assert.deepEqual(options, [
      { name: 'services_search_idx', options: ['fastupdate=false'] },
      { name: 'services_search_text_trgm_idx', options: ['fastupdate=false'] },
    ]);
  });

  it('counts every match in the same statement as the page, also for a page beyond the end', async () => {
    const first = await searchServices(db, { q: 'hund', page: 1, pageSize: 20 });
    assert.equal(first.total, 4 * (COPIES + 1));
    const slugs = new Set(first.hits.map((hit) => hit.slug));
    for (let page = 2; page <= Math.ceil(first.total / 20); page += 1) {
      for (const hit of (await searchServices(db, { q: 'hund', page, pageSize: 20 })).hits) slugs.add(hit.slug);
    }
    assert.equal(slugs.size, first.total);
    assert.deepEqual(await searchServices(db, { q: 'hund', page: 999, pageSize: 20 }), { hits: [], total: first.total });
    assert.deepEqual(await searchServices(db, { q: '', lifeSituation: 'haustiere', page: 999, pageSize: 20 }), {
      hits: [],
      total: (await searchServices(db, { q: '', lifeSituation: 'haustiere', page: 1, pageSize: 20 })).total,
    });
  });
});
