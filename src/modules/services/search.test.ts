import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { openTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../tests/support/database';
import type { Database } from '../../kernel/db';
import { testConfig } from '../../../tests/support/test-app';
import { seedServicesDemo } from './demo/index';
import { servicesModule } from './index';
import { MAX_SEARCH_WORDS, MAX_WORD_CHARS, searchWords } from '../../kernel/text-search';
import { searchServices } from './search';

const config = testConfig();

describe(`Leistungen search on the demo catalogue (${TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let database: TestDatabase;
  let db: Database;
  before(async () => {
    database = await openTestDatabase([servicesModule]);
    db = database.handle.db;
    await seedServicesDemo({ db, config });
  });
  after(() => database.close());

  /** Slugs found for `q`, best first. */
  async function slugsFor(q: string, filters: { lifeSituation?: string; departmentId?: string } = {}): Promise<string[]> {
    const { hits } = await searchServices(db, { q, ...filters, page: 1, pageSize: 50 });
    return hits.map((hit) => hit.slug);
  }

  it('stems German words and matches them as prefixes: "Hunde" and "Hund" find both Hundesteuer Leistungen first', async () => {
    for (const q of ['Hunde', 'hund', 'Hundesteuer']) {
      const slugs = await slugsFor(q);
      assert.deepEqual(slugs.slice(0, 2).sort(), ['hundesteuer-abmeldung', 'hundesteuer-anmeldung'], `"${q}" → ${slugs.join(', ')}`);
    }
  });

  it('finds a Leistung by the word people use ("Gewerbeanmeldung" → "Gewerbe anmelden") and by plurals ("Personalausweise")', async () => {
    assert.equal((await slugsFor('Gewerbeanmeldung'))[0], 'gewerbe-anmeldung');
    assert.equal((await slugsFor('Gewerbe anmelden'))[0], 'gewerbe-anmeldung');
    assert.ok((await slugsFor('Reisepass')).includes('reisepass'));
    assert.ok((await slugsFor('Personalausweise')).includes('personalausweis'));
  });

  it('ranks hits of the word as typed before hits of the words it may be a typo of', async () => {
    // "Meldung" is a word of the Fundbüro text and only similar to the synonyms "…anmeldung" (a part of the compound).
    const slugs = await slugsFor('Meldung');
    assert.equal(slugs[0], 'fundsache-verlustmeldung');
    assert.ok(slugs.includes('gewerbe-anmeldung'), slugs.join(', '));
  });

  it('tolerates typos with trigram similarity', async () => {
    assert.equal((await slugsFor('Bewohnerparkausweiss'))[0], 'bewohnerparkausweis');
    const hundsteuer = await slugsFor('Hundsteuer');
    assert.ok(hundsteuer.slice(0, 2).includes('hundesteuer-anmeldung'), hundsteuer.join(', '));
    assert.equal((await slugsFor('Personalausweiß'))[0], 'personalausweis');
  });

  it('does not take a word with letters in common for a typo: "abmelden" is not "anmelden"', async () => {
    const slugs = await slugsFor('abmelden');
    assert.ok(slugs.includes('hundesteuer-abmeldung'), slugs.join(', '));
    assert.ok(!slugs.includes('hundesteuer-anmeldung') && !slugs.includes('gewerbe-anmeldung'), slugs.join(', '));
  });

  it("corrects typos against the catalogue as it is now: a new Leistung's synonym is found by a typo at once", async () => {
    assert.deepEqual(await slugsFor('Fledermausbrüke'), []);
    await db.execute(sql`update services set keywords = keywords || ' Fledermausbrücke' where slug = 'baugenehmigung'`);
    await database.handle.changes.settled();
    assert.deepEqual(await slugsFor('Fledermausbrüke'), ['baugenehmigung']);
  });

  it('needs every word, found as a prefix or by a typo: one matching word does not pull in every Leistung that has it', async () => {
    const slugs = await slugsFor('Hund anmeldn');
    assert.deepEqual(slugs, ['hundesteuer-anmeldung'], `"Hund anmeldn" → ${slugs.join(', ')}`);
    assert.ok((await slugsFor('anmelden')).includes('gewerbe-anmeldung'), 'alone, the word finds them');
    assert.deepEqual(await slugsFor('Hund Gewerbe'), [], 'no Leistung has both');
  });

  it('filters by Lebenslage and by Fachbereich, also without a search word', async () => {
    const umzug = await slugsFor('', { lifeSituation: 'umzug' });
    assert.ok(umzug.includes('wohnung-anmelden') && umzug.includes('halteverbotszone-umzug'));
    assert.ok(!umzug.includes('baugenehmigung'));
    const standesamt = await slugsFor('', { departmentId: 'standesamt' });
    assert.deepEqual(standesamt.sort(), ['eheschliessung-anmelden', 'geburt-beurkunden', 'sterbefall-beurkunden']);
    assert.deepEqual(await slugsFor('Hund', { lifeSituation: 'bauen' }), []);
  });

  it('lists everything A–Z in German order without words, and pages through it', async () => {
    const all = await searchServices(db, { q: '', page: 1, pageSize: 50 });
    const names = all.hits.map((hit) => hit.name);
    assert.deepEqual(
      names,
      [...names].sort((a, b) => a.localeCompare(b, 'de')),
    );
    const second = await searchServices(db, { q: '', page: 2, pageSize: 10 });
    assert.equal(second.total, all.total);
    assert.deepEqual(
      second.hits.map((hit) => hit.slug),
      all.hits.slice(10, 20).map((hit) => hit.slug),
    );
  });

  it('finds nothing for unrelated words and turns hostile input into a harmless query', async () => {
    assert.deepEqual(await slugsFor('Quantenchromodynamik'), []);
    const { total } = await searchServices(db, { q: "Hund') & !(| :*", page: 1, pageSize: 10 });
    assert.ok(total >= 2);
    assert.deepEqual(searchWords('!!! ::: &|'), []);
  });

  it('bounds the words before any query: at most 8, each cut to 40 characters, which as a prefix still finds the whole word', async () => {
    const words = searchWords(`${'Hundesteuer'.repeat(10)} ${Array.from({ length: 20 }, (_, i) => `wort${i}`).join(' ')}`);
    assert.equal(words.length, MAX_SEARCH_WORDS);
    assert.equal(words[0], 'hundesteuer'.repeat(10).slice(0, MAX_WORD_CHARS));
    assert.deepEqual(searchWords('Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung'), ['grundstücksverkehrsgenehmigungszuständig']);
    assert.deepEqual(searchWords('🐕 Hund 🐕 собака 犬'), ['hund', 'собака', '犬']);
    assert.deepEqual(searchWords('Hund hund HUND anmelden Hund'), ['hund', 'anmelden']);
    const long = await slugsFor('hund anmelden '.repeat(800));
    assert.deepEqual(long.slice(0, 1), ['hundesteuer-anmeldung']);
  });

  it('returns the total and no hits for a page beyond the end, so the catalogue can send the visitor to the last page', async () => {
    const first = await searchServices(db, { q: 'anmelden', page: 1, pageSize: 3 });
    assert.ok(first.total > 3 && first.hits.length === 3, JSON.stringify(first));
    assert.deepEqual(await searchServices(db, { q: 'anmelden', page: 1000, pageSize: 3 }), { hits: [], total: first.total });
    assert.deepEqual(await searchServices(db, { q: 'Quantenchromodynamik', page: 3, pageSize: 5 }), { hits: [], total: 0 });
  });
});
