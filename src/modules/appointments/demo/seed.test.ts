import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { PROJECT_ROOT } from '../../../kernel/config';
import { queryRows } from '../../../kernel/db';
import { addDays, berlinDay } from '../../../kernel/time';
import { manageSecretOf, manageTokenHashOf } from '../policies';
import { figuresByPeriod } from '../statistics/repository';
import { appointmentBookings, appointmentLocations, appointmentServices } from '../tables';
import { seedAppointmentsDemo } from './seed';

const SLUGS = [
  'beglaubigung',
  'fischereischein',
  'fuehrungszeugnis',
  'kinderreisepass',
  'meldebescheinigung',
  'personalausweis',
  'reisepass',
  'wohnsitz-anmelden',
];

for (const town of ['iserlohn', 'menden'] as const) {
  describe(`the Termine demo of ${town}`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp({ env: { CONFIG_FILE: resolve(PROJECT_ROOT, `config/${town}.json`) } });
      await seedAppointmentsDemo(t.deps);
    });
    after(() => t.close());

    const counts = async () =>
      (
        await queryRows<Record<string, number>>(
          t.db,
          sql`select (select count(*)::int from appointment_locations) as locations, (select count(*)::int from appointment_counters) as counters,
            (select count(*)::int from appointment_slots) as units, (select count(*)::int from appointment_bookings) as bookings`,
        )
      )[0]!;

    it('has the Bürgerbüros with counters, the services the Leistungen link to, opening hours and release waves', async () => {
      const locations = await t.db.select().from(appointmentLocations).orderBy(appointmentLocations.slug);
      const services = await t.db.select().from(appointmentServices);
      assert.deepEqual(services.map((service) => service.slug).sort(), SLUGS);
      assert.deepEqual(
        services.filter((service) => service.slug === 'personalausweis').map((service) => [service.durationMinutes, service.maxQuantity]),
        [[20, 4]],
      );
      assert.ok(services.every((service) => service.bring.length > 0));
      const { counters } = await counts();
      if (town === 'iserlohn') {
        assert.deepEqual(
          locations.map((location) => [location.slug, location.name, location.street]),
          [
            ['letmathe', 'Bürgerbüro Letmathe', 'Hagener Straße 62'],
            ['rathaus', 'Bürgerbüro im Rathaus', 'Schillerplatz 7'],
          ],
        );
        assert.equal(counters, 8);
      } else {
        assert.equal(locations.length, 1);
        assert.equal(counters, 4);
      }
      const text = JSON.stringify([locations, services]);
      assert.doesNotMatch(text.replaceAll('Mendener Straße', ''), town === 'iserlohn' ? /Menden/ : /Iserlohn|Letmathe/);
    });

    it('makes four weeks of units, books about a third of those released, with working links', async () => {
      const today = berlinDay(new Date());
      const [future] = await queryRows<{ released: number; booked: number; lastDay: string }>(
        t.db,
        sql`select count(*) filter (where released_at <= now())::int as released, count(booking_id) filter (where released_at <= now())::int as booked,
            max((starts_at at time zone 'Europe/Berlin')::date)::text as "lastDay"
          from appointment_slots where starts_at >= now()`,
      );
      assert.ok(future!.lastDay >= addDays(today, 20), `units until ${future!.lastDay}`);
      const share = future!.booked / future!.released;
      assert.ok(share > 0.2 && share < 0.5, `booked share ${share}`);
      const [booking] = await t.db
        .select()
        .from(appointmentBookings)
        .where(sql`state = 'booked'`)
        .limit(1);
      assert.equal(booking!.manageTokenHash, manageTokenHashOf(manageSecretOf(t.config.secret, booking!.id)));
      assert.match(booking!.email!, /^[a-z.-]+@example\.org$/);
      const [doubled] = await queryRows<{ n: number }>(
        t.db,
        sql`select count(*)::int as n from appointment_bookings b where b.state = 'booked'
          and (select count(*) from appointment_slots s where s.booking_id = b.id) * (select slot_minutes from appointment_locations l where l.id = b.location_id)
            <> extract(epoch from b.ends_at - b.starts_at) / 60`,
      );
      assert.equal(doubled!.n, 0, 'each booking holds exactly the units of its time');
    });

    it('gives the past days done, missed and cancelled appointments and walk-ins, so the statistics show times', async () => {
      const today = berlinDay(new Date());
      const states = await queryRows<{ kind: string; state: string; n: number }>(
        t.db,
        sql`select kind, state, count(*)::int as n from appointment_bookings where day < ${today} group by kind, state order by kind, state`,
      );
      const kinds = states.map((row) => `${row.kind} ${row.state}`);
      for (const expected of ['online cancelled', 'online done', 'online no_show', 'walk_in done']) {
        assert.ok(kinds.includes(expected), `${expected}: ${kinds.join(', ')}`);
      }
      const [counted] = await queryRows<{ missed: number; counted: number }>(
        t.db,
        sql`select (select count(*)::int from appointment_bookings where state = 'no_show' and email is not null) as missed,
          (select count(*)::int from appointment_no_shows) as counted`,
      );
      assert.ok(counted!.missed > 0);
      assert.equal(counted!.counted, counted!.missed, 'each missed one with an address counts against its person');
      const weeks = await figuresByPeriod(t.db, { period: 'week', locationId: null, from: addDays(today, -14), until: today });
      assert.ok(weeks.some((week) => week.waitMedian !== null && week.serviceMedian !== null && (week.utilisation ?? 0) > 30));
      const [tickets] = await queryRows<{ duplicates: number }>(
        t.db,
        sql`select count(*)::int - count(distinct (location_id, day, ticket))::int as duplicates from appointment_bookings where ticket is not null`,
      );
      assert.equal(tickets!.duplicates, 0);
    });

    it('seeds nothing twice', async () => {
      const before = await counts();
      await seedAppointmentsDemo(t.deps);
      assert.deepEqual(await counts(), before);
    });
  });
}
