import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { asc, eq, sql } from 'drizzle-orm';
import { auditLog } from '../../../kernel/audit';
import { PROJECT_ROOT } from '../../../kernel/config';
import { queryRows } from '../../../kernel/db';
import { cliOn, spawnCli } from '../../../cli/commands/test-support';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { createBooking, seedAreaAndPlace } from '../test-support';
import { vhsAttendance } from '../tables/bookings';
import { vhsCourses, vhsSessions } from '../tables/catalogue';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/vhs');
const JSON_FILE = join(FIXTURES, 'programm-2027-1.json');
const CSV_FILE = join(FIXTURES, 'programm-2027-2.csv');

describe('vhs:import and vhs:export', () => {
  let t: TestApp;
  let cli: ReturnType<typeof cliOn>;
  before(async () => {
    t = await createTestApp();
    cli = cliOn(t);
  });
  beforeEach(() => t.reset());
  after(() => t.close());

  const courseCount = async () => (await t.db.select({ id: vhsCourses.id }).from(vhsCourses)).length;

  it('is the real entry point: exit code 0 and the summary on stdout', async () => {
    const spawned = await spawnCli();
    try {
      const run = await spawned.cli('vhs:import', JSON_FILE);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /programm-2027-1\.json: 2 Kurse angelegt, 0 geändert\./);
    } finally {
      spawned.remove();
    }
  });

  it('round trip: a JSON programme imported and exported again is the same file', async () => {
    const run = await cli('vhs:import', JSON_FILE);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Termine: 5 neu, 0 geändert, 0 entfernt, 0 mit Anwesenheit unverändert\./);
    const out = join(mkdtempSync(join(tmpdir(), 'vhs-export-')), 'programm.json');
    const exported = await cli('vhs:export', '--file', out);
    assert.equal(exported.code, 0, exported.stderr);
    assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), JSON.parse(readFileSync(JSON_FILE, 'utf8')));
    const [course] = await t.db.select().from(vhsCourses).where(eq(vhsCourses.number, '271-30105'));
    assert.equal(course?.startsAt.toISOString(), '2027-03-04T17:00:00.000Z', 'the course repeats its first session');
    assert.equal(course?.endsAt.toISOString(), '2027-04-01T17:30:00.000Z');
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'vhs.programme.imported'));
    assert.equal(entry?.actorLabel, 'cli');
  });

  it('reads the CSV mapping: one row per session, Berlin time, German amounts; bank data is never taken', async () => {
    await seedAreaAndPlace(t.db);
    const run = await cli('vhs:import', CSV_FILE);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /2 Kurse angelegt/);
    assert.match(run.stdout, /Hinweis: Bankdaten nicht übernommen \(bleiben im Verwaltungssystem\): Spalten IBAN, Kontoinhaber\./);
    assert.match(run.stdout, /Hinweis: Nicht vorgesehene Spalten übergangen: Bemerkung intern\./);
    const [english] = await t.db.select().from(vhsCourses).where(eq(vhsCourses.number, '272-10001'));
    assert.equal(english?.feeCents, 9600);
    assert.equal(english?.reducedFeeCents, 4800);
    assert.equal(english?.state, 'published');
    assert.equal(english?.instructor, "Mary O'Brien");
    assert.equal(english?.bookingClosesAt.toISOString(), '2027-08-31T21:59:00.000Z', 'a date alone is the end of that day in Berlin');
    const sessions = await t.db.select().from(vhsSessions).where(eq(vhsSessions.courseId, english!.id)).orderBy(asc(vhsSessions.startsAt));
    assert.deepEqual(
      sessions.map((session) => [session.startsAt.toISOString(), session.note]),
      [
        ['2027-09-07T16:00:00.000Z', ''],
        ['2027-09-14T16:00:00.000Z', ''],
        ['2027-11-02T17:00:00.000Z', 'nach der Zeitumstellung'],
      ],
    );
    const [found] = await queryRows<{ hits: number }>(
      t.db,
      sql`select (select count(*) from vhs_courses c where c::text ilike '%DE0212%' or c::text ilike '%Max Muster%')::int + (select count(*) from audit_log a where a::text ilike '%DE0212%')::int as hits`,
    );
    assert.equal(found?.hits, 0);
  });

  it('names every mistake by line and column and writes nothing', async () => {
    const run = await cli('vhs:import', join(FIXTURES, 'programm-fehlerhaft.csv'));
    assert.equal(run.code, 1);
    assert.match(run.stderr, /programm-fehlerhaft\.csv enthält 4 Fehler; nichts wurde gespeichert\./);
    assert.match(run.stderr, /- Zeile 3, Spalte Beginn: „7\.9\.2027 abends“ ist kein Zeitpunkt\./);
    assert.match(run.stderr, /- Zeile 4, Spalte Mindestzahl: Die Mindestzahl ist größer als die Höchstzahl\./);
    assert.match(run.stderr, /- Zeile 4, Spalte Ende: Das Ende liegt nicht nach dem Beginn\./);
    assert.match(run.stderr, /- Zeile 5, Spalte Gebühr: „zehn“ ist kein Betrag\./);
    assert.equal(await courseCount(), 0);
  });

  it('refuses what only the database knows (unknown area, fewer places than booked) and rolls back the whole file', async () => {
    assert.equal((await cli('vhs:import', JSON_FILE)).code, 0);
    const [yoga] = await t.db.select().from(vhsCourses).where(eq(vhsCourses.number, '271-20010'));
    await t.db.update(vhsCourses).set({ seatsTaken: 10 }).where(eq(vhsCourses.id, yoga!.id));
    const file = JSON.parse(readFileSync(JSON_FILE, 'utf8')) as { areas: unknown[]; courses: Array<Record<string, unknown>> };
    file.areas = [];
    file.courses[0]!.maxParticipants = 8;
    file.courses[0]!.title = 'Yoga am Abend';
    file.courses[1]!.area = 'kochen';
    const path = join(mkdtempSync(join(tmpdir(), 'vhs-import-')), 'programm.json');
    writeFileSync(path, JSON.stringify(file));
    const run = await cli('vhs:import', path);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /- Kurs 1 \(271-20010\), Feld maxParticipants: Es sind schon 10 Plätze gebucht/);
    assert.match(run.stderr, /- Kurs 2 \(271-30105\), Feld area: Den Programmbereich „kochen“ gibt es nicht\./);
    const [after] = await t.db.select().from(vhsCourses).where(eq(vhsCourses.id, yoga!.id));
    assert.equal(after?.title, 'Yoga am Morgen', 'nothing of the file was written');
  });

  it('refuses two new courses with the same URL name instead of failing on the unique key', async () => {
    const file = JSON.parse(readFileSync(JSON_FILE, 'utf8')) as { courses: Array<Record<string, unknown>> };
    file.courses[1]!.slug = file.courses[0]!.slug;
    const path = join(mkdtempSync(join(tmpdir(), 'vhs-import-')), 'programm.json');
    writeFileSync(path, JSON.stringify(file));
    const run = await cli('vhs:import', path);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /- Kurs 2 \(271-30105\), Feld slug: Die Adresse „yoga-am-morgen-271-20010“ hat schon Kurs 1 in der Datei\./);
    assert.equal(await courseCount(), 0);
  });

  it('replaces sessions by their start, keeps sessions with attendance, and bumps the sequence of a changed one', async () => {
    assert.equal((await cli('vhs:import', JSON_FILE)).code, 0);
    const [italian] = await t.db.select().from(vhsCourses).where(eq(vhsCourses.number, '271-30105'));
    const before = await t.db.select().from(vhsSessions).where(eq(vhsSessions.courseId, italian!.id)).orderBy(asc(vhsSessions.startsAt));
    const booking = await createBooking(t.db, italian!.id, '00000000-0000-4000-8000-000000000001', 'Erika Mustermann');
    await t.db.insert(vhsAttendance).values({ bookingId: booking, sessionId: before[0]!.id });

    const file = JSON.parse(readFileSync(JSON_FILE, 'utf8')) as { courses: Array<{ sessions: Array<Record<string, unknown>> }> };
    const sessions = file.courses[1]!.sessions;
    sessions[0]!.endsAt = '2027-03-04T19:00:00.000Z'; // attended: stays as it was
    sessions[1]!.note = 'Raumwechsel im Online-Raum'; // changed in place
    sessions.splice(2, 1, { startsAt: '2027-04-08T16:00:00.000Z', endsAt: '2027-04-08T17:30:00.000Z' }); // moved: removed and added
    const path = join(mkdtempSync(join(tmpdir(), 'vhs-import-')), 'programm.json');
    writeFileSync(path, JSON.stringify(file));
    const run = await cli('vhs:import', path);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /0 Kurse angelegt, 2 geändert\./);
    assert.match(run.stdout, /Termine: 1 neu, 1 geändert, 1 entfernt, 1 mit Anwesenheit unverändert\./);

    const now = await t.db.select().from(vhsSessions).where(eq(vhsSessions.courseId, italian!.id)).orderBy(asc(vhsSessions.startsAt));
    assert.deepEqual(
      now.map((session) => [
        session.id === before[0]!.id || session.id === before[1]!.id ? 'same' : 'new',
        session.endsAt.toISOString(),
        session.note,
        session.sequence,
      ]),
      [
        ['same', '2027-03-04T18:30:00.000Z', '', 0],
        ['same', '2027-03-11T18:30:00.000Z', 'Raumwechsel im Online-Raum', 1],
        ['new', '2027-04-08T17:30:00.000Z', '', 0],
      ],
    );
    const [course] = await t.db.select().from(vhsCourses).where(eq(vhsCourses.id, italian!.id));
    assert.equal(course?.endsAt.toISOString(), '2027-04-08T17:30:00.000Z');
  });
});
