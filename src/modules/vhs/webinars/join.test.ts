import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { citizen, staffMember } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { WEBINAR_PATHS } from '../paths';
import { createBooking, insertCourse } from '../test-support';
import { vhsWebinarRooms } from '../tables/webinars';
import { startFakeBbbServer, type FakeBbbServer } from './bbb/fake-bbb-server';
import { parseBbbResponse } from './bbb/xml-response';

const SECRET = 'bbb-geheimnis-nur-im-test';
const MINUTE = 60_000;
const inMinutes = (minutes: number) => new Date(Date.now() + minutes * MINUTE);

describe('webinar without a conference system (the demo configuration)', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  it('tells a booked participant that the access link comes by e-mail, and offers no join', async () => {
    const course = await insertCourse(t.db, { sessionStarts: [inMinutes(5)] });
    const person = await citizen(t);
    await createBooking(t.db, course.id, person.id, 'Erika Mustermann');
    const page = await person.get(WEBINAR_PATHS.onlineAccess(course.slug));
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Zugangslink kommt per E-Mail/);
    assert.doesNotMatch(page.body, /Jetzt teilnehmen/);
    assert.equal((await person.post(WEBINAR_PATHS.join(course.slug))).statusCode, 404);
  });
});

describe('webinar on BigBlueButton', () => {
  let t: TestApp;
  let bbb: FakeBbbServer;
  before(async () => {
    bbb = await startFakeBbbServer(SECRET);
    t = await createTestApp({ env: { VHS_WEBINAR_PROVIDER: 'bbb', BBB_URL: bbb.url, BBB_SECRET: SECRET } });
  });
  beforeEach(async () => {
    await t.reset();
    bbb.joins.length = 0;
    bbb.meetings.clear();
  });
  after(async () => {
    await t.close();
    await bbb.close();
  });

  it('lets a booked participant join from 15 minutes before: the meeting is created, then a signed VIEWER link', async () => {
    const course = await insertCourse(t.db, { sessionStarts: [inMinutes(10), inMinutes(10 + 7 * 24 * 60)] });
    const parent = await citizen(t);
    await createBooking(t.db, course.id, parent.id, 'Jürgen Weiß');
    const page = await parent.get(WEBINAR_PATHS.onlineAccess(course.slug));
    assert.match(page.body, /Jetzt teilnehmen/);
    assert.match(String(page.headers['content-security-policy']), new RegExp(`form-action 'self' ${new URL(bbb.url).origin}`));

    const joined = await parent.post(WEBINAR_PATHS.join(course.slug));
    assert.equal(joined.statusCode, 303, joined.body.slice(0, 500));
    const location = String(joined.headers.location);
    assert.ok(location.startsWith(`${bbb.url}api/join?`), location);
    assert.equal(parseBbbResponse(await (await fetch(location)).text()).messageKey, 'successfullyJoined', 'the checksum holds and the meeting exists');
    assert.deepEqual(
      bbb.joins.map(({ fullName, role }) => ({ fullName, role })),
      [{ fullName: 'Jürgen Weiß', role: 'VIEWER' }],
    );
    const [room] = await t.db.select().from(vhsWebinarRooms).where(eq(vhsWebinarRooms.courseId, course.id));
    assert.equal(room?.provider, 'bbb');
    assert.ok(bbb.meetings.has(room.meetingId));

    const again = await parent.post(WEBINAR_PATHS.join(course.slug));
    assert.equal(again.statusCode, 303, 'creating the existing meeting again is fine');
    assert.equal(bbb.meetings.size, 1);
  });

  it('lets VHS staff join as moderator, even before participants', async () => {
    const course = await insertCourse(t.db, { sessionStarts: [inMinutes(-30)] });
    const staff = await staffMember(t, [], { permissions: ['vhs.manage'], name: 'Paula Kursleitung' });
    await staff.get(WEBINAR_PATHS.onlineAccess(course.slug));
    const joined = await staff.post(WEBINAR_PATHS.join(course.slug));
    assert.equal(joined.statusCode, 303);
    await fetch(String(joined.headers.location));
    assert.deepEqual(bbb.joins.at(-1), { meetingID: bbb.joins.at(-1)!.meetingID, fullName: 'Paula Kursleitung', role: 'MODERATOR', userID: staff.id });
  });

  it('answers 404 to anyone without a booked seat: another citizen, a waitlisted one, staff without vhs.manage', async () => {
    const course = await insertCourse(t.db, { sessionStarts: [inMinutes(5)] });
    const waiting = await citizen(t);
    await createBooking(t.db, course.id, waiting.id, 'Wartende Person', 'waitlisted');
    const other = await citizen(t);
    const clerk = await staffMember(t, [], { permissions: ['applications.process'] }); // staff of another area
    for (const person of [waiting, other, clerk]) {
      assert.equal((await person.get(WEBINAR_PATHS.onlineAccess(course.slug))).statusCode, 404);
      assert.equal((await person.post(WEBINAR_PATHS.join(course.slug))).statusCode, 404);
    }
    assert.equal((await t.client().get(WEBINAR_PATHS.onlineAccess(course.slug))).statusCode, 401);
    assert.equal(bbb.meetings.size, 0);
  });

  it('keeps the room closed until 15 minutes before the session', async () => {
    const course = await insertCourse(t.db, { sessionStarts: [inMinutes(120)] });
    const person = await citizen(t);
    await createBooking(t.db, course.id, person.id, 'Erika Mustermann');
    const page = await person.get(WEBINAR_PATHS.onlineAccess(course.slug));
    assert.match(page.body, /Der Online-Raum öffnet 15 Minuten vor Beginn/);
    const early = await person.post(WEBINAR_PATHS.join(course.slug));
    assert.equal(early.statusCode, 400);
    assert.match(early.body, /noch nicht geöffnet/);
  });

  it('records the end callback bbb-web sends, and refuses a forged one', async () => {
    const course = await insertCourse(t.db, { sessionStarts: [inMinutes(1)] });
    const person = await citizen(t);
    await createBooking(t.db, course.id, person.id, 'Erika Mustermann');
    await person.get(WEBINAR_PATHS.onlineAccess(course.slug));
    await person.post(WEBINAR_PATHS.join(course.slug));
    const [room] = await t.db.select().from(vhsWebinarRooms);
    const callback = new URL(bbb.endMeeting(room!.meetingId));
    assert.equal(callback.pathname, WEBINAR_PATHS.endCallback);

    const forgedSignature = new URL(callback);
    forgedSignature.searchParams.set('signature', 'AAAA');
    const otherMeeting = new URL(callback);
    otherMeeting.searchParams.set('meetingID', 'vhs-anderer-kurs');
    for (const forged of [forgedSignature, otherMeeting]) {
      const refused = await t.app.inject({ method: 'GET', url: forged.pathname + forged.search });
      assert.equal(refused.statusCode, 403);
    }
    assert.equal((await t.db.select().from(vhsWebinarRooms))[0]?.endedAt, null);

    const genuine = await t.app.inject({ method: 'GET', url: callback.pathname + callback.search });
    assert.equal(genuine.statusCode, 200);
    assert.ok((await t.db.select().from(vhsWebinarRooms))[0]?.endedAt instanceof Date);
  });
});

describe('webinar on Jitsi', () => {
  let t: TestApp;
  before(
    async () =>
      (t = await createTestApp({
        env: { VHS_WEBINAR_PROVIDER: 'jitsi', JITSI_URL: 'https://meet.vhs.example', JITSI_APP_ID: 'portal', JITSI_APP_SECRET: 'jitsi-geheimnis' },
      })),
  );
  after(() => t.close());

  it('redirects a booked participant to the room with their own token', async () => {
    const course = await insertCourse(t.db, { sessionStarts: [inMinutes(0)] });
    const person = await citizen(t);
    await createBooking(t.db, course.id, person.id, 'Erika Mustermann');
    await person.get(WEBINAR_PATHS.onlineAccess(course.slug));
    const joined = await person.post(WEBINAR_PATHS.join(course.slug));
    assert.equal(joined.statusCode, 303);
    const location = new URL(String(joined.headers.location));
    assert.equal(location.origin, 'https://meet.vhs.example');
    const claims = JSON.parse(Buffer.from(location.searchParams.get('jwt')!.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    assert.equal(claims.room, location.pathname.slice(1));
    const { user } = claims.context as { user: { name: string; moderator: boolean } };
    assert.deepEqual([user.name, user.moderator], ['Erika Mustermann', false]);
  });
});
