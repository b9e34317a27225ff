import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, it } from 'node:test';
import { asc, eq } from 'drizzle-orm';
import { auditLog } from '../../../kernel/audit';
import { PROJECT_ROOT } from '../../../kernel/config';
import { errorMessages, errorSummary, links, tableRows, textOf } from '../../../../tests/support/html';
import { mailsTo } from '../../../../tests/support/mail';
import { citizen, createAccount, staffMember, type Person } from '../../../../tests/support/people';
import type { TestApp } from '../../../../tests/support/test-app';
import { VHS_STAFF_PATHS } from '../paths';
import { createBooking, insertCourse, vhsStaffApp } from '../test-support';
import { vhsAttendance, vhsBookings } from '../tables/bookings';
import { vhsCourses, vhsSessions } from '../tables/catalogue';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/vhs');

describe('VHS staff pages', () => {
  const app = vhsStaffApp();
  let t: TestApp;
  let vhs: Person;
  beforeEach(() => ({ t, vhs } = app));

  it('are there only for staff with vhs.manage: 404 for other staff and citizens, login for guests', async () => {
    const course = await insertCourse(t.db);
    const clerk = await staffMember(t, [], { permissions: ['applications.process'] }); // staff of another area
    const person = await citizen(t);
    for (const path of [VHS_STAFF_PATHS.courses, VHS_STAFF_PATHS.course(course.id), VHS_STAFF_PATHS.import, VHS_STAFF_PATHS.export]) {
      assert.equal((await clerk.get(path)).statusCode, 404, path);
      assert.equal((await person.get(path)).statusCode, 404, path);
      assert.equal((await vhs.get(path)).statusCode, 200, path);
    }
    await clerk.get(VHS_STAFF_PATHS.courses);
    assert.equal((await clerk.post(VHS_STAFF_PATHS.publish(course.id))).statusCode, 404);
    assert.ok(
      links((await vhs.get('/verwaltung')).body).some((link) => link.href === VHS_STAFF_PATHS.courses),
      'the section is in the side navigation',
    );
  });

  it('lists courses with search and filters by term, area and state', async () => {
    await insertCourse(t.db, { title: 'Yoga am Morgen', areaId: 'gesundheit', term: '2027-1', state: 'draft', format: 'in_person' });
    await insertCourse(t.db, { title: 'Spanisch für die Reise', term: '2027-2' });
    const all = await vhs.get(VHS_STAFF_PATHS.courses);
    assert.equal(tableRows(all.body).length, 2);
    const search = await vhs.get(`${VHS_STAFF_PATHS.courses}?q=spanisc`);
    assert.deepEqual(
      tableRows(search.body).map((row) => row[1]),
      ['Spanisch für die Reise'],
    );
    const drafts = await vhs.get(`${VHS_STAFF_PATHS.courses}?status=draft&bereich=gesundheit&semester=2027-1`);
    assert.deepEqual(
      tableRows(drafts.body).map((row) => [row[1], row[7]]),
      [['Yoga am Morgen', 'Entwurf']],
    );
    assert.equal((await vhs.get(`${VHS_STAFF_PATHS.courses}?status=unsinn&seite=-4`)).statusCode, 200, 'odd filters are ignored');
  });

  it('publishes a draft, audited, and links the participants page', async () => {
    const course = await insertCourse(t.db, { state: 'draft' });
    const page = await vhs.get(VHS_STAFF_PATHS.course(course.id));
    assert.ok(links(page.body).some((link) => link.href === VHS_STAFF_PATHS.participants(course.id)));
    const published = await vhs.post(VHS_STAFF_PATHS.publish(course.id));
    assert.equal(published.statusCode, 303);
    const [row] = await t.db.select().from(vhsCourses).where(eq(vhsCourses.id, course.id));
    assert.equal(row?.state, 'published');
    assert.match(textOf((await vhs.get(VHS_STAFF_PATHS.course(course.id))).body), /Der Kurs ist veröffentlicht\./);
    const entries = await t.db.select().from(auditLog).where(eq(auditLog.action, 'vhs.course.published'));
    assert.equal(entries.length, 1);
  });

  it('moves a session (sequence goes up, the course dates follow) and refuses bad times with field messages', async () => {
    const course = await insertCourse(t.db, { sessionStarts: [new Date('2027-03-04T17:00:00Z'), new Date('2027-03-11T17:00:00Z')] });
    const sessionPath = VHS_STAFF_PATHS.session(course.id, course.sessionIds[1]!);
    const bad = await vhs.submit(sessionPath, { day: '31.02.2027', from: '18:00', to: '17:00', note: '' });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(errorMessages(bad.body), ['Diesen Tag oder Beginn gibt es nicht. Geben Sie ein echtes Datum an.']);
    const backwards = await vhs.submit(sessionPath, { day: '18.03.2027', from: '19:00', to: '18:00', note: '' });
    assert.deepEqual(
      errorSummary(backwards.body).map((entry) => entry.text),
      ['Das Ende muss nach dem Beginn liegen.'],
    );

    const moved = await vhs.submit(sessionPath, { day: '18.03.2027', from: '18:30', to: '20:00', note: 'Raum 204' });
    assert.equal(moved.statusCode, 303, moved.body.slice(0, 300));
    const [session] = await t.db.select().from(vhsSessions).where(eq(vhsSessions.id, course.sessionIds[1]!));
    assert.equal(session?.startsAt.toISOString(), '2027-03-18T17:30:00.000Z');
    assert.equal(session?.sequence, 1);
    const [row] = await t.db.select().from(vhsCourses).where(eq(vhsCourses.id, course.id));
    assert.equal(row?.endsAt.toISOString(), '2027-03-18T19:00:00.000Z');
  });

  it('keeps a session with attendance where it is, and cancels a session once', async () => {
    const course = await insertCourse(t.db, { sessionStarts: [new Date('2027-03-04T17:00:00Z'), new Date('2027-03-11T17:00:00Z')] });
    const booking = await createBooking(t.db, course.id, vhs.id, 'Erika Mustermann');
    await t.db.insert(vhsAttendance).values({ bookingId: booking, sessionId: course.sessionIds[0]! });
    const refused = await vhs.submit(VHS_STAFF_PATHS.session(course.id, course.sessionIds[0]!), { day: '05.03.2027', from: '18:00', to: '19:30', note: '' });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /schon Anwesenheit erfasst/);

    const cancelled = await vhs.submit(
      VHS_STAFF_PATHS.session(course.id, course.sessionIds[1]!),
      { reason: 'Kursleitung erkrankt' },
      VHS_STAFF_PATHS.cancelSession(course.id, course.sessionIds[1]!),
    );
    assert.equal(cancelled.statusCode, 303);
    const again = await vhs.post(VHS_STAFF_PATHS.cancelSession(course.id, course.sessionIds[1]!), { reason: '' });
    assert.equal(again.statusCode, 303);
    const sessions = await t.db.select().from(vhsSessions).where(eq(vhsSessions.courseId, course.id)).orderBy(asc(vhsSessions.startsAt));
    assert.deepEqual(
      sessions.map((session) => [session.cancelled, session.note, session.sequence]),
      [
        [false, '', 0],
        [true, 'Kursleitung erkrankt', 1],
      ],
    );
    assert.equal((await t.db.select().from(auditLog).where(eq(auditLog.action, 'vhs.session.cancelled'))).length, 1);
    const other = await insertCourse(t.db);
    assert.equal((await vhs.get(VHS_STAFF_PATHS.session(other.id, course.sessionIds[1]!))).statusCode, 404, 'a session of another course');
  });

  it('imports an uploaded programme, and shows every problem of a broken one without writing anything', async () => {
    await vhs.get(VHS_STAFF_PATHS.import);
    const broken = await vhs.postMultipart(VHS_STAFF_PATHS.import, {}, [
      { field: 'file', filename: 'programm.csv', bytes: readFileSync(join(FIXTURES, 'programm-fehlerhaft.csv')) },
    ]);
    assert.equal(broken.statusCode, 400);
    assert.deepEqual(
      errorSummary(broken.body).map((entry) => entry.text),
      ['Die Datei enthält 4 Fehler; nichts wurde gespeichert.'],
    );
    assert.match(textOf(broken.body), /Zeile 3, Spalte Beginn: „7\.9\.2027 abends“ ist kein Zeitpunkt\./);

    const missing = await vhs.postMultipart(VHS_STAFF_PATHS.import, {});
    assert.equal(missing.statusCode, 400);
    assert.match(textOf(missing.body), /Wählen Sie eine Programmdatei aus/);

    const imported = await vhs.postMultipart(VHS_STAFF_PATHS.import, {}, [
      { field: 'file', filename: 'programm.json', bytes: readFileSync(join(FIXTURES, 'programm-2027-1.json')) },
    ]);
    assert.equal(imported.statusCode, 303);
    const list = await vhs.get(VHS_STAFF_PATHS.courses);
    assert.match(textOf(list.body), /Importiert: 2 Kurse angelegt, 0 geändert/);
    const exported = await vhs.get(VHS_STAFF_PATHS.export);
    assert.equal(exported.headers['content-type'], 'application/json; charset=utf-8');
    assert.deepEqual(JSON.parse(exported.body), JSON.parse(readFileSync(join(FIXTURES, 'programm-2027-1.json'), 'utf8')));
  });

  it('gives the seats of a raised Höchstzahl to the waitlist in the import’s transaction, and tells the person who moved up', async () => {
    // A full course next week, its programme exported as the administration system would send it back.
    const course = await insertCourse(t.db, { maxParticipants: 2, seatsTaken: 2 });
    const [first, second] = [await createAccount(t), await createAccount(t)];
    await createBooking(t.db, course.id, first.id, 'Anna Arendt', 'waitlisted');
    await createBooking(t.db, course.id, second.id, 'Bernd Berg', 'waitlisted');
    const file = JSON.parse((await vhs.get(VHS_STAFF_PATHS.export)).body) as { courses: Array<{ maxParticipants: number }> };
    const upload = async () => {
      await vhs.get(VHS_STAFF_PATHS.import);
      const response = await vhs.postMultipart(VHS_STAFF_PATHS.import, {}, [
        { field: 'file', filename: 'programm.json', bytes: Buffer.from(JSON.stringify(file)) },
      ]);
      assert.equal(response.statusCode, 303);
      return textOf((await vhs.get(VHS_STAFF_PATHS.courses)).body);
    };
    assert.doesNotMatch(await upload(), /Warteliste/, 'the same Höchstzahl moves nobody');

    file.courses[0]!.maxParticipants = 3;
    assert.match(await upload(), /Von der Warteliste nachgerückt: 1 \(per E-Mail benachrichtigt\)/);
    const bookings = await t.db.select().from(vhsBookings).where(eq(vhsBookings.courseId, course.id)).orderBy(asc(vhsBookings.position));
    assert.deepEqual(
      bookings.map((booking) => [booking.participantName, booking.state, Boolean(booking.promotedAt)]),
      [
        ['Anna Arendt', 'booked', true],
        ['Bernd Berg', 'waitlisted', false],
      ],
    );
    assert.equal((await t.db.select().from(vhsCourses).where(eq(vhsCourses.id, course.id)))[0]?.seatsTaken, 3);
    const mails = await mailsTo(t, first.email);
    assert.deepEqual(
      mails.map((mail) => mail.subject),
      [`Platz frei: ${course.title} (${bookings[0]!.reference})`],
    );
    assert.equal(mails[0]!.attachments[0]?.filename, `${course.slug}.ics`, 'moving up brings the dates');
    assert.deepEqual(await mailsTo(t, second.email), []);

    assert.doesNotMatch(await upload(), /Warteliste/, 'the same file again');
    assert.equal((await mailsTo(t, first.email)).length, 1, 'nobody moves up twice');
  });
});
