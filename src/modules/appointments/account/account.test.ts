import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { tracesOf } from '../../../../tests/privacy/demo-citizen';
import { links, parseHtml, tableRows } from '../../../../tests/support/html';
import { citizen, PASSWORD, type Person } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { addDays, berlinDay } from '../../../kernel/time';
import { emailHashOf } from '../limits/person-limits';
import { PATHS } from '../paths';
import { appointmentBookings, appointmentNoShows, appointmentSlots, type BookingState } from '../tables';
import { insertAppointmentFixture, type AppointmentFixture } from '../test-support';
import { bookAtRathaus } from '../lifecycle/test-helpers';

const DAY_MONTH = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', timeZone: 'Europe/Berlin' });

describe('appointments in the citizen account: Meine Termine, Mein Konto, Meine Daten, deletion', () => {
  let t: TestApp;
  let fixture: AppointmentFixture;
  let erika: Person;
  let max: Person;
  const today = berlinDay(new Date());
  before(async () => (t = await createTestApp()));
  after(() => t.close());
  beforeEach(async () => {
    await t.reset();
    fixture = await insertAppointmentFixture(t.db, today);
    erika = await citizen(t, { email: 'erika@example.org' });
    max = await citizen(t, { email: 'max@example.org' });
  });

  const book = (day: string, time: string, who: { email: string; userId?: string }, state: BookingState = 'booked') =>
    bookAtRathaus(t.db, fixture, { day, time, state, secret: `geheim-${day}-${time}`, ...who });

  /** Erika's: two upcoming (the later one first in the table's data), a past one, a cancelled one; Max's; one under her address without login. */
  async function erikasBookings() {
    const [first, second] = fixture.days as [string, string];
    const later = await book(second, '10:00', { email: erika.email, userId: erika.id });
    const sooner = await book(first, '09:00', { email: erika.email, userId: erika.id });
    const past = await book(addDays(today, -20), '09:00', { email: erika.email, userId: erika.id }, 'done');
    const cancelled = await book(first, '11:00', { email: erika.email, userId: erika.id }, 'cancelled');
    const maxs = await book(first, '09:30', { email: max.email, userId: max.id });
    const guest = await book(second, '08:00', { email: 'Erika@Example.org' });
    return { later, sooner, past, cancelled, maxs, guest };
  }

  it('lists the account’s appointments, upcoming first, then the past and cancelled ones, each linking to its page; nobody else’s', async () => {
    const { later, sooner, past, cancelled, maxs, guest } = await erikasBookings();
    const response = await erika.get(PATHS.account);
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['cache-control']), /no-store/);
    const page = parseHtml(response.body);
    assert.equal(page.querySelector('h1')?.text, 'Meine Termine');
    const [upcomingTable, pastTable] = page.querySelectorAll('.table-wrapper');
    assert.deepEqual(
      tableRows(upcomingTable!).map((row) => [row[3], row[4]]),
      [
        [sooner.reference, 'Gebucht'],
        [later.reference, 'Gebucht'],
      ],
    );
    assert.match(tableRows(upcomingTable!)[0]![0]!, /^\w+, \d+\. \w+ \d{4}, 09:00 Uhr$/);
    assert.equal(tableRows(upcomingTable!)[0]![2], 'Personalausweis beantragen');
    assert.deepEqual(
      tableRows(pastTable!).map((row) => [row[3], row[4]]),
      [
        [cancelled.reference, 'Abgesagt'],
        [past.reference, 'Erledigt'],
      ],
    );
    const hrefs = links(page, 'table a').map((link) => link.href);
    assert.deepEqual(
      hrefs,
      [sooner, later, cancelled, past].map((booking) => PATHS.accountBooking(booking.id)),
    );
    for (const other of [maxs, guest]) assert.ok(!response.body.includes(other.reference), 'neither another person’s nor one made without the account');

    assert.match((await max.get(PATHS.account)).body, new RegExp(maxs.reference));
    assert.doesNotMatch((await max.get(PATHS.account)).body, new RegExp(sooner.reference));
  });

  it('sends guests to the login and back', async () => {
    const response = await t.client().get(PATHS.account);
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, `/konto/anmelden?weiter=${encodeURIComponent(PATHS.account)}`);
  });

  it('shows a card "Termine" on Mein Konto with the next appointment, and none for an account without any', async () => {
    await book(fixture.days[1]!, '10:00', { email: erika.email, userId: erika.id });
    const newcomer = await citizen(t, { email: 'neu@example.org' });
    assert.doesNotMatch((await newcomer.get('/konto')).body, /card__title">Termine</);
    const expected = `1 Termin am ${DAY_MONTH.format(new Date(`${fixture.days[1]!}T12:00:00Z`))}.`;
    const body = (await erika.get('/konto')).body;
    assert.match(body, new RegExp(`<h3 class="card__title">Termine</h3>\\s*<p>${expected}</p>`));
    assert.match(body, new RegExp(`<a href="${PATHS.account}">Meine Termine ansehen</a>`));
    await book(fixture.days[0]!, '09:00', { email: erika.email, userId: erika.id });
    const nextDay = DAY_MONTH.format(new Date(`${fixture.days[0]!}T12:00:00Z`));
    assert.match((await erika.get('/konto')).body, new RegExp(`2 Termine, der nächste am ${nextDay}\\.`));
  });

  it('exports the account’s bookings and those under its address, with the no-shows counted against it, and nothing of anyone else', async () => {
    const { sooner, later, past, cancelled, guest, maxs } = await erikasBookings();
    await t.db.insert(appointmentNoShows).values({ emailHash: emailHashOf(erika.email), userId: null, day: addDays(today, -30) });
    const archive = JSON.parse((await erika.get('/konto/meine-daten.json')).body) as {
      data: { appointments: { appointments: Array<{ reference: string; email: string; bookedWithAccount: boolean }>; missedAppointments: string[] } };
    };
    const exported = archive.data.appointments;
    assert.deepEqual(
      exported.appointments.map((booking) => booking.reference).sort(),
      [sooner, later, past, cancelled, guest].map((booking) => booking.reference).sort(),
    );
    assert.ok(exported.appointments.some((booking) => booking.reference === guest.reference && !booking.bookedWithAccount));
    assert.ok(!JSON.stringify(exported).includes(maxs.reference));
    assert.deepEqual(exported.missedAppointments, [addDays(today, -30)]);
  });

  it('on deletion cancels the upcoming appointments (units free again), erases the contact of all, deletes the no-shows; no trace of the person is left', async () => {
    const { sooner, later, guest, maxs } = await erikasBookings();
    await t.db.insert(appointmentNoShows).values([
      { emailHash: emailHashOf(erika.email), userId: erika.id, day: addDays(today, -30) },
      { emailHash: emailHashOf(max.email), userId: max.id, day: addDays(today, -30) },
    ]);
    await erika.get('/konto/loeschen');
    const deleted = await erika.post('/konto/loeschen', { password: PASSWORD, confirm: 'ja' });
    assert.equal(deleted.statusCode, 303, deleted.body.slice(0, 500));
    while ((await t.worker.runOnce()) > 0);

    const traces = await tracesOf(t, erika.user);
    assert.deepEqual(
      traces.filter((trace) => !(trace.table === 'mail_outbox' && trace.row.includes('Ihr Bürgerkonto wurde gelöscht'))),
      [],
      'no row but the goodbye mail names her',
    );

    const rows = await t.db.select().from(appointmentBookings);
    for (const booking of [sooner, later, guest]) {
      const row = rows.find((candidate) => candidate.id === booking.id)!;
      assert.equal(row.state, 'cancelled', `${booking.reference} is cancelled`);
      assert.equal(row.cancelledBy, 'citizen');
      assert.deepEqual([row.name, row.email, row.phone, row.userId, row.manageTokenHash], [null, null, null, null, null]);
      assert.ok(row.erasedAt);
      assert.equal((await t.db.select().from(appointmentSlots).where(eq(appointmentSlots.bookingId, booking.id))).length, 0, 'its units are free again');
    }
    const maxRow = rows.find((row) => row.id === maxs.id)!;
    assert.deepEqual([maxRow.state, maxRow.email, maxRow.userId], ['booked', max.email, max.id], 'Max keeps his appointment');
    const noShows = await t.db.select({ userId: appointmentNoShows.userId }).from(appointmentNoShows);
    assert.deepEqual(noShows, [{ userId: max.id }]);

    const page = await erika.get('/konto/geloescht');
    assert.match(page.body, /Anstehende Termine im Bürgerbüro, abgesagt \(3\)/);
    assert.match(page.body, /Frühere Termine im Bürgerbüro \(2\)/);
    assert.match(page.body, /<td>Gezählte versäumte Termine<\/td><td class="numeric">1<\/td>/);
  });
});
