import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { SAMPLE_FILES, storedBytes } from '../../../../tests/support/files';
import { citizen, PASSWORD } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { vhsBookings, vhsCourses } from '../tables';
import { createCourse } from '../test-support';
import { BOOKING_PATHS } from './paths';

describe('personal data of bookings: "Meine Daten" and deleting the account', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  const book = async (person: Awaited<ReturnType<typeof citizen>>, slug: string) =>
    String((await person.submit(BOOKING_PATHS.book(slug), { teilnahme: 'selbst', warteliste: 'ja' })).headers.location)
      .split('/')
      .pop()!;

  it('exports the bookings; deleting frees future seats for the waitlist and keeps begun courses without the account', async () => {
    const future = await createCourse(t, { maxParticipants: 1 });
    const begun = await createCourse(t);
    const person = await citizen(t);
    const next = await citizen(t);
    const futureId = await book(person, future.slug);
    const waitingId = await book(next, future.slug);
    const begunId = await book(person, begun.slug);
    await person.get(BOOKING_PATHS.mine(begunId));
    await person.postMultipart(BOOKING_PATHS.mineReduction(begunId), {}, [{ field: 'nachweis', filename: 'a.pdf', bytes: SAMPLE_FILES.pdf }]);
    const [withProof] = await t.db.select().from(vhsBookings).where(eq(vhsBookings.id, begunId));
    await t.db
      .update(vhsCourses)
      .set({ startsAt: sql`now() - interval '1 day'` })
      .where(eq(vhsCourses.id, begun.id));

    const archive = JSON.parse((await person.get('/konto/meine-daten.json')).body) as { data: { vhs?: { bookings: Array<{ reference: string }> } } };
    assert.equal(archive.data.vhs?.bookings.length, 2);

    await person.get('/konto/loeschen');
    const deleted = await person.post('/konto/loeschen', { password: PASSWORD, confirm: 'ja' });
    assert.equal(deleted.statusCode, 303, deleted.body.slice(0, 500));
    while ((await t.worker.runOnce()) > 0);

    const rows = await t.db.select().from(vhsBookings);
    assert.equal(
      rows.find((row) => row.id === futureId),
      undefined,
      'the future booking is gone',
    );
    assert.equal(rows.find((row) => row.id === waitingId)?.state, 'booked', 'the waitlist moved up');
    const kept = rows.find((row) => row.id === begunId);
    assert.deepEqual([kept?.bookerId, kept?.reductionProofKey, kept?.state], [null, null, 'booked']);
    assert.equal(await storedBytes(t.deps.files, withProof!.reductionProofKey!), null, 'the proof is deleted');
    assert.equal(rows.filter((row) => row.bookerId === person.id).length, 0);
  });
});
