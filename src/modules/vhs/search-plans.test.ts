import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { openTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../tests/support/database';
import { testConfig } from '../../../tests/support/test-app';
import { queryRows, type Database } from '../../kernel/db';
import { TypoVocabulary } from '../../kernel/text-search';
import { seedVhsDemo } from './demo';
import { vhsModule } from './index';
import { courseSearchQuery, searchCourses, type CourseSearch } from './search';

/** Copies of each demo course: 2,460 rows, a programme larger than any VHS publishes at once. */
const COPIES = 40;

describe(`VHS course search plans on ${COPIES}× the demo semester (${TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let database: TestDatabase;
  let db: Database;
  const search = (overrides: Partial<CourseSearch>): CourseSearch => ({
    q: '',
    onlyFreePlaces: false,
    onlyNotStarted: false,
    now: new Date(),
    page: 1,
    pageSize: 20,
    ...overrides,
  });
  before(async () => {
    database = await openTestDatabase([vhsModule]);
    db = database.handle.db;
    await seedVhsDemo({ db, config: testConfig() });
    await db.execute(sql`
      insert into vhs_courses (slug, number, term, area_id, title, summary, description, format, place_id, room, instructor, audience, fee_cents,
        reduced_fee_cents, reduction_rule, min_participants, max_participants, seats_taken, starts_at, ends_at, booking_opens_at, booking_closes_at,
        cancellable_until, state, cancellation_reason)
      select c.slug || '-' || i, c.number || '-' || i, c.term, c.area_id, c.title, c.summary, c.description, c.format, c.place_id, c.room, c.instructor,
        c.audience, c.fee_cents, c.reduced_fee_cents, c.reduction_rule, c.min_participants, c.max_participants, c.seats_taken,
        c.starts_at + i * interval '1 hour', c.ends_at + i * interval '1 hour', c.booking_opens_at, c.booking_closes_at, c.cancellable_until, c.state,
        c.cancellation_reason
      from vhs_courses c cross join generate_series(1, ${COPIES}) i`);
    await db.execute(sql`analyze vhs_courses`);
  });
  after(() => database.close());

  async function plan(overrides: Partial<CourseSearch>, vocabulary = new TypoVocabulary(['Englisch für Anfänger'])): Promise<string> {
    const rows = await queryRows<{ 'QUERY PLAN': string }>(db, sql`explain ${courseSearchQuery(search(overrides), vocabulary)}`);
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  }

  it('finds words and their typo corrections through the full-text index, never by reading every course', async () => {
    for (const overrides of [{ q: 'yoga' }, { q: 'englich' }, { q: 'englisch', areaId: 'sprachen', onlyFreePlaces: true }, { q: 'kurs abend', page: 999 }]) {
      const text = await plan(overrides);
      assert.match(text, /Bitmap Index Scan on vhs_courses_search_idx/, text);
      assert.doesNotMatch(text, /Seq Scan on vhs_courses/, text);
    }
    assert.match(await plan({ q: 'englich' }), /englisch'/, 'the typo is searched as the word it was corrected to');
  });

  it('counts every match and the facets in the same statement as the page, also for a page beyond the end', async () => {
    const first = await searchCourses(db, search({ q: 'yoga' }));
    assert.equal(first.total, 3 * (COPIES + 1));
    assert.deepEqual(first.facets.area, { gesundheit: first.total });
    assert.equal(
      Object.values(first.facets.format).reduce((sum, count) => sum + count, 0),
      first.total,
    );
    const slugs = new Set(first.hits.map((hit) => hit.slug));
    for (let page = 2; page <= Math.ceil(first.total / 20); page += 1) {
      for (const hit of (await searchCourses(db, search({ q: 'yoga', page }))).hits) slugs.add(hit.slug);
    }
    assert.equal(slugs.size, first.total);
    const beyond = await searchCourses(db, search({ q: 'yoga', page: 999 }));
    assert.deepEqual([beyond.hits, beyond.total], [[], first.total]);
  });
});
