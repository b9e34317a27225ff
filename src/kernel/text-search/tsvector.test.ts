import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/database';
import { queryRows } from '../db';
import { parseTsvector } from './tsvector';

describe('reading a tsvector as PostgreSQL writes it', () => {
  it('takes each lexeme with its highest weight, D without positions', () => {
    assert.deepEqual(parseTsvector("'buch':2B,9 'gart':3C,7A 'x'"), [
      { lexeme: 'buch', weight: 'B' },
      { lexeme: 'gart', weight: 'A' },
      { lexeme: 'x', weight: 'D' },
    ]);
    assert.deepEqual(parseTsvector("'a':1"), [{ lexeme: 'a', weight: 'D' }]);
    assert.deepEqual(parseTsvector(''), []);
  });

  it('undoes the quoting of quotes, backslashes and blanks', () => {
    assert.deepEqual(parseTsvector("'o''neill':1A 'a\\\\b':2 'c d':3C"), [
      { lexeme: "o'neill", weight: 'A' },
      { lexeme: 'a\\b', weight: 'D' },
      { lexeme: 'c d', weight: 'C' },
    ]);
  });

  describe('against the database’s own output', () => {
    let database: TestDatabase;
    before(async () => (database = await openTestDatabase([])));
    after(() => database.close());

    it('reads back every lexeme and weight the database wrote', async () => {
      const [row] = await queryRows<{ text: string; lexemes: Array<{ lexeme: string; weights: string[] | null }> }>(
        database.handle.db,
        sql`with v as (select setweight(to_tsvector('german', 'Gärten im Sauerland'), 'A') || setweight(to_tsvector('simple', 'O''Neill a\\b'), 'C')
            || to_tsvector('simple', 'plain') || 'mit leer'::tsvector || $$'it''s' 'a\\\\b':2B$$::tsvector as v)
          select v::text as "text", (select json_agg(json_build_object('lexeme', lexeme, 'weights', weights)) from unnest(v)) as "lexemes" from v`,
      );
      const expected = row!.lexemes.map(({ lexeme, weights }) => ({ lexeme, weight: weights?.length ? [...weights].sort()[0] : 'D' }));
      assert.deepEqual(parseTsvector(row!.text), expected);
      assert.ok(expected.some(({ lexeme }) => lexeme.includes("'")) && expected.some(({ lexeme }) => lexeme.includes('\\')), row!.text);
    });
  });
});
