import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { openTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../tests/support/database';
import { queryRows } from '../db';
import { editDistance, trigramsOf, TypoVocabulary, wordSimilarity } from './typos';

/** Typed word and vocabulary word: typos, parts of compounds, words with letters in common, umlauts. */
const PAIRS: [string, string][] = [
  ['hundsteuer', 'hundesteuer'],
  ['personalausweiss', 'personalausweis'],
  ['personalausweiß', 'personalausweis'],
  ['meldung', 'gewerbeanmeldung'],
  ['meldung', 'meldebescheinigung'],
  ['anmelden', 'abmelden'],
  ['anmeldn', 'anmelden'],
  ['anmeldn', 'anmeldung'],
  ['steuer', 'hundesteuer'],
  ['hund', 'und'],
  ['bewohnerparkausweiss', 'bewohnerparkausweis'],
  ['fledermausbrüke', 'fledermausbrücke'],
  ['aaaa', 'aaaaaaaa'],
  ['ab', 'abc'],
  ['x', 'y'],
];

describe(`Typo corrections against a vocabulary (${TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let database: TestDatabase;
  before(async () => {
    database = await openTestDatabase([]);
  });
  after(() => database.close());

  it("computes pg_trgm's word_similarity for single words, so the threshold means what it means in the database", async () => {
    for (const [typed, word] of PAIRS) {
      const [row] = await queryRows<{ value: number }>(database.handle.db, sql`select word_similarity(${typed}, ${word})::float8 as "value"`);
      const ours = wordSimilarity(new Set(trigramsOf(typed)), trigramsOf(word));
      assert.ok(Math.abs(ours - row!.value) < 1e-6, `${typed} / ${word}: pg_trgm ${row!.value}, ours ${ours}`);
    }
  });
});

describe('TypoVocabulary', () => {
  const vocabulary = new TypoVocabulary([
    'Grundsteuer',
    'Hundesteuer anmelden',
    'Hundesteuer abmelden',
    'Gewerbe-Anmeldung Gewerbeanmeldung',
    'Personalausweis',
  ]);

  const words = (typed: string, limit?: number) => vocabulary.corrections(typed, limit).map(({ word }) => word);

  it('offers the words a typo may mean, fewest edits first, and not words found by the prefix anyway', () => {
    assert.deepEqual(words('hundsteuer'), ['hundesteuer', 'grundsteuer']);
    assert.deepEqual(words('personalausweiss'), ['personalausweis']);
    assert.deepEqual(words('anmeldn'), ['anmelden', 'anmeldung']);
    assert.deepEqual(words('meldung'), ['anmeldung', 'gewerbeanmeldung']);
    assert.deepEqual(words('anmeld'), [], '"anmelden" and "anmeldung" start with it');
    assert.deepEqual(words('abmelden'), [], '"anmelden" only shares letters');
  });

  it('counts edits as typos happen: a letter inserted, deleted, replaced, or two swapped is one', () => {
    assert.equal(editDistance('hundsteuer', 'hundesteuer'), 1);
    assert.equal(editDistance('hundsteuer', 'grundsteuer'), 2);
    assert.equal(editDistance('personalausweiß', 'personalausweis'), 1);
    assert.equal(editDistance('ausweis', 'uasweis'), 1);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('straße', 'strasse'), 2);
  });

  it('returns at most the given number of corrections', () => {
    assert.equal(words('meldung', 1).length, 1);
    assert.equal(new TypoVocabulary([]).corrections('hund').length, 0);
  });
});
