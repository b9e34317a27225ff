import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../kernel/db';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { adminModule } from '../../admin';
import { seedVhsDemo } from './index';

describe('the VHS demo semester’s bookings', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    await adminModule.seedDemo!(t.deps);
    await seedVhsDemo(t.deps);
    await seedVhsDemo(t.deps);
  });
  after(() => t.close());

  it('has a booked participant for every seat taken, a waitlist on every full course, and seeds nothing twice', async () => {
    const rows = await queryRows<{ slug: string; seats: number; max: number; booked: number; waiting: number }>(
      t.db,
      sql`select c.slug, c.seats_taken as seats, c.max_participants as max,
            count(*) filter (where b.state = 'booked')::int as booked, count(*) filter (where b.state = 'waitlisted')::int as waiting
          from vhs_courses c left join vhs_bookings b on b.course_id = c.id where c.state = 'published' group by c.id`,
    );
    assert.ok(rows.length > 40);
    for (const row of rows) {
      assert.equal(row.booked, row.seats, `${row.slug}: bookings behind the counter`);
      if (row.seats >= row.max) assert.ok(row.waiting >= 3, `${row.slug}: a waitlist`);
    }
    assert.ok(
      rows.some((row) => row.seats >= row.max),
      'the demo has full courses',
    );
  });

  it('books the demo citizen into one course and onto one waitlist', async () => {
    const mine = await queryRows<{ state: string }>(
      t.db,
      sql`select b.state from vhs_bookings b join users u on u.id = b.booker_id where u.email = 'buerger@iserlohn.example' order by b.state`,
    );
    assert.deepEqual(
      mine.map((row) => row.state),
      ['booked', 'waitlisted'],
    );
  });
});
