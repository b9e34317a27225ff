import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../kernel/db';
import { searchWords } from '../../../kernel/text-search';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { createDataset, createOrganization } from '../test-support';
import { updateDataset } from './datasets';
import { typoSuggestions } from './suggest';

describe('opendata typo suggestions ("Meinten Sie …?")', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  const suggest = (q: string) => typoSuggestions(t.deps.db, searchWords(q));

  async function arrange() {
    const city = await createOrganization(t, { name: 'stadt-iserlohn', title: 'Stadt Iserlohn' });
    await createDataset(t, city.id, { title: 'Parkhäuser in der Innenstadt', tags: ['Parken', 'Verkehr'] });
    await createDataset(t, city.id, { title: 'Haushaltsplan 2026', tags: ['Haushalt'] });
    const draft = await createDataset(t, city.id, { title: 'Geheimprojekt Stadtbahn', state: 'draft' });
    await createDataset(t, city.id, { title: 'Vertrauliche Gutachten', private: true });
    return { draft };
  }

  it('corrects typos against the words of public titles and keywords, umlauts included', async () => {
    await arrange();
    assert.deepEqual(await suggest('Parkhäusr'), ['parkhäuser']);
    assert.deepEqual(await suggest('Haushaltplan'), ['haushaltsplan', 'haushalt'], 'fewest edits first');
    assert.deepEqual(await suggest('verkeh'), [], 'a prefix of a word finds it anyway');
  });

  it('keeps the words that are right and corrects only the others', async () => {
    await arrange();
    assert.deepEqual(await suggest('parkhäuser innenstatd'), ['parkhäuser innenstadt']);
  });

  it('offers nothing for words that are not like any word, and nothing for an empty search', async () => {
    await arrange();
    assert.deepEqual(await suggest('Schwimmbad'), []);
    assert.deepEqual(await suggest(''), []);
  });

  it("never reveals a draft's or a private dataset's words, and follows a dataset's state in the write's transaction", async () => {
    const { draft } = await arrange();
    assert.deepEqual(await suggest('Geheimprojek Stadtbahm'), []);
    assert.deepEqual(await suggest('Vertraulihe'), []);
    await t.deps.db.transaction((tx) => updateDataset(tx, draft.id, { state: 'active' }));
    assert.deepEqual(await suggest('Stadtbahm'), ['stadtbahn']);
    await t.deps.db.transaction((tx) => updateDataset(tx, draft.id, { state: 'deleted' }));
    assert.deepEqual(await suggest('Stadtbahm'), []);
  });

  it('keeps no pending list in the trigram index, so a search after a harvest does not merge it (see suggest.ts)', async () => {
    const options = await queryRows<{ options: string[] }>(
      t.deps.db,
      sql`select reloptions as "options" from pg_class where relname = 'opendata_search_words_trgm_idx'`,
    );
    assert.deepEqual(options, [{ options: ['fastupdate=false'] }]);
  });
});
