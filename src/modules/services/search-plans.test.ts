import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { openTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../tests/support/database';
import { queryRows, type Database } from '../../kernel/db';
import { testConfig } from '../../../tests/support/test-app';
import { seedServicesDemo } from './demo/index';
import { servicesModule } from './index';
import { searchServices, searchVocabulary, serviceSearchQuery, type ServiceSearch } from './search';

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
    const query = serviceSearchQuery({ q: '', page: 1, pageSize: 20, ...search }, await searchVocabulary(db, 'all'));
    const rows = await queryRows<{ 'QUERY PLAN': string }>(db, sql`explain ${query}`);
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  }

  it('finds words and their typo corrections through the full-text index, never by reading every Leistung', async () => {
    for (const search of [{ q: 'hund' }, { q: 'personalausweiss' }, { q: 'anmelden', lifeSituation: 'haustiere' }, { q: 'hund anmelden', page: 999 }]) {
      const text = await plan(search);
      assert.match(text, /Bitmap Index Scan on services_search_idx/, text);
      assert.doesNotMatch(text, /Seq Scan on services/, text);
    }
    assert.match(await plan({ q: 'personalausweiss' }), /personalausweis'/, 'the typo is searched as the word it was corrected to');
  });

  it('reads the A–Z page in the order of the ICU index instead of sorting every row', async () => {
    const text = await plan({ q: '' });
    assert.match(text, /Index Scan using services_name_icu_idx/, text);
    assert.doesNotMatch(text, /Sort Key: .*und-x-icu/, text);
  });

  it('keeps no planner statistics on the search column, the tsvector in the row and no pending list in the GIN index', async () => {
    const statistics = await queryRows<{ target: number | null; storage: string }>(
      db,
      sql`select attstattarget as "target", attstorage as "storage" from pg_attribute where attrelid = 'services'::regclass and attname = 'search'`,
    );
    assert.deepEqual(statistics, [{ target: 0, storage: 'm' }]);
    const options = await queryRows<{ options: string[] }>(db, sql`select reloptions as "options" from pg_class where relname = 'services_search_idx'`);
    assert.deepEqual(options, [{ options: ['fastupdate=false'] }]);
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
