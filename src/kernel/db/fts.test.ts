import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type SQL } from 'drizzle-orm';
import { MODULES } from '../../registry';
import { openTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../tests/support/database';
import { queryRows } from './index';

/**
 * German search on both databases (PGlite = PostgreSQL 18, production PostgreSQL 15+), and the
 * traps 7 and 8 of docs/database.md pinned down, so a module's search is built on what really works.
 */
describe(`German search and sorting (${TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let database: TestDatabase;
  before(async () => {
    database = await openTestDatabase(MODULES);
  });
  after(() => database.close());

  async function value<T>(query: SQL): Promise<T> {
    const [row] = await queryRows<{ value: T }>(database.handle.db, query);
    assert.ok(row, 'one row');
    return row.value;
  }

  /**
   * The combination the platform uses: user input split into words (letters and digits only, so no
   * tsquery syntax can be injected), each stemmed with `german` and used as a prefix, all required.
   */
  function prefixQuery(input: string): SQL {
    const words = input.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    return sql`to_tsquery('german', ${words.map((word) => `${word}:*`).join(' & ')})`;
  }

  async function germanMatches(document: string, input: string): Promise<boolean> {
    return value<boolean>(sql`select to_tsvector('german', ${document}) @@ ${prefixQuery(input)} as value`);
  }

  it('TRAP: plainto_tsquery with the singular misses the plural document (schwimmkurs vs schwimmkur)', async () => {
    assert.equal(await value<string>(sql`select to_tsvector('german', 'Schwimmkurse für Kinder')::text as value`), `'kind':3 'schwimmkurs':1`);
    assert.equal(await value<string>(sql`select plainto_tsquery('german', 'Schwimmkurs')::text as value`), `'schwimmkur'`);
    assert.equal(
      await value<boolean>(sql`select to_tsvector('german', 'Schwimmkurse für Kinder') @@ plainto_tsquery('german', 'Schwimmkurs') as value`),
      false,
    );
    assert.equal(
      await value<boolean>(sql`select to_tsvector('german', 'Schwimmkurse für Kinder') @@ plainto_tsquery('german', 'Schwimmkurse') as value`),
      true,
    );
  });

  it('finds the document with a german vector and german prefix queries: singular, plural, word start, umlauts', async () => {
    const document = 'Schwimmkurse für Kinder in der Bücherei am Hemberg';
    for (const input of [
      'Schwimmkurs',
      'Schwimmkurse',
      'schwimmkur',
      'Schwimm',
      'Kinder',
      'Kind',
      'Kinder Schwimmkurs',
      'Büchereien',
      'bücher',
      'SCHWIMMKURS',
    ]) {
      assert.equal(await germanMatches(document, input), true, `"${input}" finds "${document}"`);
    }
    for (const input of ['Tanzkurs', 'Schwimmkurs Erwachsene', 'Hallenbad']) {
      assert.equal(await germanMatches(document, input), false, `"${input}" does not find "${document}"`);
    }
  });

  it('turns hostile input into a harmless query instead of a syntax error', async () => {
    assert.equal(await germanMatches('Kurs für Kinder', "Kurs') & !(| :*"), true);
    assert.equal(await germanMatches('Kurs für Kinder', 'Kurs <script>alert(1)</script>'), false, 'every word must match');
    assert.equal(await germanMatches('Kurs für Kinder', '!!! ::: &|'), false, 'no words: matches nothing');
    assert.equal(await germanMatches('Kurs für Kinder', 'für'), false, 'only a stop word: matches nothing');
  });

  it('matches names with a simple-config vector (no stemming) and prefix queries', async () => {
    const query = (input: string) => sql`select to_tsvector('simple', 'Schwimmkurse bei Frau Müller-Lüdenscheidt') @@ to_tsquery('simple', ${input}) as value`;
    assert.equal(await value<boolean>(query('schwimmkurs:*')), true);
    assert.equal(await value<boolean>(query('müller:*')), true);
    assert.equal(await value<boolean>(query('lüdenscheidt')), true);
    assert.equal(await value<boolean>(query('schwimmkurs')), false, 'without :* only whole words match');
  });

  it('TRAP: the parser drops anything in <…> as an HTML tag', async () => {
    assert.equal(
      await value<boolean>(sql`select to_tsvector('german', 'Anmeldung <Schwimmkurs> heute') @@ to_tsquery('german', 'schwimmkurs:*') as value`),
      false,
    );
    assert.equal(
      await value<boolean>(sql`select to_tsvector('german', 'Anmeldung < Schwimmkurs > heute') @@ to_tsquery('german', 'schwimmkurs:*') as value`),
      true,
    );
  });

  it('has pg_trgm and unaccent installed by the kernel migration', async () => {
    const names = await queryRows<{ extname: string }>(
      database.handle.db,
      sql`select extname from pg_extension where extname in ('pg_trgm', 'unaccent') order by 1`,
    );
    assert.deepEqual(
      names.map((row) => row.extname),
      ['pg_trgm', 'unaccent'],
    );
  });

  it('finds typos with trigram similarity and can index it', async () => {
    assert.ok((await value<number>(sql`select similarity('Schwimmkurs', 'Schwimkurs') as value`)) > 0.5);
    assert.equal(await value<boolean>(sql`select 'Schwimkurs' % 'Schwimmkurs' as value`), true, 'above the default threshold 0.3');
    assert.ok((await value<number>(sql`select word_similarity('Schwimkurs', 'Schwimmkurse für Kinder') as value`)) > 0.6, 'a typo inside a longer title');
    assert.equal(await value<boolean>(sql`select 'Schwimkurs' <% 'Schwimmkurse für Kinder' as value`), true);
    assert.ok((await value<number>(sql`select similarity('Schwimmkurs', 'Bücherei') as value`)) < 0.1, 'unrelated words are not similar');
    await database.handle.execScript(`
      create temporary table trgm_probe (title text);
      create index trgm_probe_idx on trgm_probe using gin (title gin_trgm_ops);
      insert into trgm_probe values ('Schwimmkurse für Kinder'), ('Tanzkurs für Senioren');`);
    const rows = await queryRows<{ title: string }>(database.handle.db, sql`select title from trgm_probe where 'Schwimkurs' <% title`);
    assert.deepEqual(rows, [{ title: 'Schwimmkurse für Kinder' }]);
  });

  it('folds umlauts and ß with unaccent for input typed without them', async () => {
    assert.equal(await value<string>(sql`select unaccent('Bürgerbüro Straße Öffnungszeiten Éclair') as value`), 'Burgerburo Strasse Offnungszeiten Eclair');
  });

  it('TRAP: the default order is by code point; COLLATE "und-x-icu" sorts Äpfel next to apfel', async () => {
    const words = sql`(values ('Zebra'), ('apfel'), ('Äpfel'), ('Ober'), ('Apfelbaum')) as w(name)`;
    const icu = await queryRows<{ name: string }>(database.handle.db, sql`select name from ${words} order by name collate "und-x-icu"`);
    assert.deepEqual(
      icu.map((row) => row.name),
      ['apfel', 'Äpfel', 'Apfelbaum', 'Ober', 'Zebra'],
    );
    const bytewise = await queryRows<{ name: string }>(database.handle.db, sql`select name from ${words} order by name collate "C"`);
    assert.deepEqual(
      bytewise.map((row) => row.name),
      ['Apfelbaum', 'Ober', 'Zebra', 'apfel', 'Äpfel'],
    );
  });
});
