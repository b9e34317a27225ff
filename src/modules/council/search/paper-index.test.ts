import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type SQL } from 'drizzle-orm';
import { openTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../../tests/support/database';
import { queryRows, traceQueries, type Database, type TracedQuery } from '../../../kernel/db';
import { searchWords } from '../../../kernel/text-search';
import { councilModule } from '../index';
import { PUBLIC_VIEWER, type CouncilViewer } from '../policies';
import { councilOrganizations } from '../tables';
import { insertCouncilFixture } from '../test-support';
import { insertGeneratedPapers } from './generate-papers';
import { keptPaperIndex } from './load-index';
import type { PaperIndexSearch } from './paper-index';
import { lexemesOf } from './repository';

const PAPERS = 600;

interface OracleSearch {
  q?: string;
  paperType?: string;
  organizationIds?: string[];
  from?: string;
  to?: string;
}

/**
 * The in-memory index must answer what the database would: the same papers, in the same date order,
 * with the same facet counts, for anonymous visitors and for a council member, before and after the
 * papers change. The SQL below is the oracle (policies.ts's rule written out; ranking is checked apart).
 */
describe(`the council papers' search index against SQL on ${PAPERS} generated papers (${TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let database: TestDatabase;
  let db: Database;
  let gremien: string[];
  before(async () => {
    database = await openTestDatabase([councilModule]);
    db = database.handle.db;
    const fixture = await insertCouncilFixture(db);
    const more = await db
      .insert(councilOrganizations)
      .values([
        { bodyId: fixture.bodyId, slug: 'bau', name: 'Bauausschuss' },
        { bodyId: fixture.bodyId, slug: 'schule', name: 'Schulausschuss' },
      ])
      .returning({ id: councilOrganizations.id });
    gremien = [fixture.rat.id, fixture.committee.id, ...more.map((row) => row.id)];
    await insertGeneratedPapers(db, { bodyId: fixture.bodyId, organizationIds: gremien, count: PAPERS });
    await database.handle.changes.settled();
  });
  after(() => database.close());

  /** The papers' Gremien as policies.ts counts them. */
  const paperGremien = sql`(select co.organization_id from council_consultations c join council_consultation_organizations co on co.consultation_id = c.id
      where c.paper_id = p.id and not c.deleted
    union select po.organization_id from council_paper_organizations po where po.paper_id = p.id and po.role = 'underDirectionOf')`;

  function readable(viewer: CouncilViewer): SQL {
    if (viewer.kind === 'all') return sql`true`;
    if (viewer.kind === 'public') return sql`false`;
    return sql`exists (select 1 from ${paperGremien} g where g.organization_id in (${sql.join(
      viewer.organizationIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    )}))`;
  }

  /**
   * The papers with everything of them the viewer may read as one vector `d.v`: the paper's own and
   * its readable files' (tsvector text forms joined and read back: equal lexemes merge).
   */
  const documents = (viewer: CouncilViewer) => sql`council_papers p cross join lateral (select (p.search::text || ' ' || coalesce((
      select string_agg(f.search::text, ' ') from council_files f where not f.deleted and (f.public or ${readable(viewer)})
        and f.id in (select p.main_file_id union all select pf.file_id from council_paper_files pf where pf.paper_id = p.id)), ''))::tsvector as v) d`;

  function condition(search: OracleSearch, viewer: CouncilViewer): SQL {
    const parts: SQL[] = [sql`not p.deleted`, sql`(p.public or ${readable(viewer)})`];
    for (const word of searchWords(search.q ?? '')) parts.push(sql`d.v @@ to_tsquery('german', ${`${word}:*`})`);
    if (search.paperType) parts.push(sql`p.paper_type = ${search.paperType}`);
    if (search.organizationIds) {
      parts.push(
        sql`exists (select 1 from ${paperGremien} g where g.organization_id in (${sql.join(
          search.organizationIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )}))`,
      );
    }
    if (search.from) parts.push(sql`p.date >= ${search.from}`);
    if (search.to) parts.push(sql`p.date <= ${search.to}`);
    return sql.join(parts, sql` and `);
  }

  async function expectedIds(search: OracleSearch, viewer: CouncilViewer): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(
      db,
      sql`select p.id from ${documents(viewer)} where ${condition(search, viewer)} order by p.date desc nulls last, p.id`,
    );
    return rows.map((row) => row.id);
  }

  async function expectedFacets(search: OracleSearch, viewer: CouncilViewer) {
    const byCount = (rows: Array<{ key: string; n: number }>) =>
      rows.map((row): [string, number] => [row.key, row.n]).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const types = await queryRows<{ key: string; n: number }>(
      db,
      sql`select p.paper_type as "key", count(*)::int as "n" from ${documents(viewer)} where ${condition(search, viewer)} and p.paper_type is not null group by 1`,
    );
    const organizations = await queryRows<{ key: string; n: number }>(
      db,
      sql`select g.organization_id as "key", count(*)::int as "n" from ${documents(viewer)} cross join lateral ${paperGremien} g where ${condition(search, viewer)} group by 1`,
    );
    return { paperTypes: byCount(types), organizations: byCount(organizations) };
  }

  async function indexSearch(search: OracleSearch, viewer: CouncilViewer, fields: Partial<PaperIndexSearch> = {}) {
    const words = searchWords(search.q ?? '');
    const index = await keptPaperIndex(db);
    return index.search({
      lexemes: words.length > 0 ? await lexemesOf(db, words) : null,
      viewer,
      paperType: search.paperType,
      organizationIds: search.organizationIds,
      from: search.from,
      to: search.to,
      sort: 'datum',
      offset: 0,
      limit: 10_000,
      ...fields,
    });
  }

  const SEARCHES: OracleSearch[] = [
    {},
    { q: 'radweg' },
    { q: 'Radwege Baarstraße' },
    { q: 'gutacht verkehrssicherheit' },
    { q: 'Anlage bezirksregierung' },
    { q: 'haushalt', paperType: 'Antrag' },
    { q: 'V/2025/0012' },
    { q: 'Kindertagesstätten', from: '2025-03-01', to: '2025-12-31' },
    { paperType: 'Anfrage' },
    { q: 'zzzqqq' },
  ];

  async function assertOracle(viewers: Array<[string, CouncilViewer]>) {
    let searchesWithHits = 0;
    for (const [who, viewer] of viewers) {
      for (const search of [...SEARCHES, { q: 'spielplatz', organizationIds: [gremien[2]!] }]) {
        const label = `${who} ${JSON.stringify(search)}`;
        const expected = await expectedIds(search, viewer);
        if (expected.length > 5) searchesWithHits += 1;
        const answer = await indexSearch(search, viewer);
        assert.equal(answer.total, expected.length, `${label}: total`);
        assert.deepEqual(answer.ids, expected, `${label}: papers in date order`);
        assert.deepEqual(answer.facets, await expectedFacets(search, viewer), `${label}: facets`);
      }
    }
    assert.ok(searchesWithHits >= 10, 'most searches find several papers');
  }

  it('finds what SQL finds, in date order and with the same counts, for visitors, a council member and staff', async () => {
    await assertOracle([
      ['anonymous', PUBLIC_VIEWER],
      ['member', { kind: 'member', organizationIds: [gremien[1]!] }],
      ['staff', { kind: 'all' }],
    ]);
  });

  it('ranks papers with the words in their name before those with them only in a file, newest first among equals', async () => {
    const answer = await indexSearch({ q: 'spielplatz' }, PUBLIC_VIEWER, { sort: 'relevanz' });
    const rows = await queryRows<{ id: string; inName: boolean }>(
      db,
      sql`select id, to_tsvector('german', coalesce(name, '')) @@ to_tsquery('german', 'spielplatz:*') as "inName" from council_papers where id in (${sql.join(
        answer.ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    );
    const inName = new Map(rows.map((row) => [row.id, row.inName]));
    const flags = answer.ids.map((id) => inName.get(id));
    assert.ok(flags[0] === true && flags.includes(false), 'both kinds among the hits, the name first');
    assert.ok(
      flags.slice(flags.indexOf(false)).every((flag) => !flag),
      'name hits come first',
    );
  });

  it('stays true after papers and files change: deleted, made non-public, renamed, added; reading only those papers again', async () => {
    const before = (await keptPaperIndex(db)).size;
    const [first, second, third, fourth] = await queryRows<{ id: string; mainFileId: string }>(
      db,
      sql`select id, main_file_id as "mainFileId" from council_papers where public and not deleted order by id limit 4`,
    );
    await db.execute(sql`update council_papers set deleted = true where id = ${first!.id}`);
    await db.execute(sql`update council_files set public = false where id = ${second!.mainFileId}`);
    await db.execute(sql`update council_papers set name = 'Quokkagehege im Tierpark' where id = ${third!.id}`);
    await db.execute(sql`update council_consultation_organizations set organization_id = ${gremien[3]!}
      where consultation_id in (select id from council_consultations where paper_id = ${third!.id})`);
    await db.execute(sql`update council_files set text = 'Die Wombatbrücke wird erneuert.' where id = ${third!.mainFileId}`);
    await db.execute(sql`update council_consultations set deleted = true where paper_id = ${fourth!.id}`);
    const [body] = await queryRows<{ id: string }>(db, sql`select id from council_bodies limit 1`);
    await insertGeneratedPapers(db, { bodyId: body!.id, organizationIds: gremien, count: 3, seed: 99 });
    await database.handle.changes.settled();
    const queries: TracedQuery[] = [];
    const updated = await traceQueries(queries, () => keptPaperIndex(db));
    assert.equal(updated.size, before - 1 + 3, 'one paper deleted, three added');
    assert.equal(queries.length, 1, 'one statement read the changed papers');
    assert.match(queries[0]!.sql, /json_array_elements_text/, 'by their ids, not all of them');
    assert.deepEqual((await indexSearch({ q: 'quokkagehege' }, PUBLIC_VIEWER)).ids, [third!.id]);
    assert.deepEqual((await indexSearch({ q: 'wombatbrücken' }, PUBLIC_VIEWER)).ids, [third!.id], 'the stem of a typed plural finds the singular');
    await assertOracle([
      ['anonymous', PUBLIC_VIEWER],
      ['member', { kind: 'member', organizationIds: [gremien[3]!] }],
    ]);
  });
});
