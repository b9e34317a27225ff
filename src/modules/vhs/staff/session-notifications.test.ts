import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../../kernel/audit';
import { textOf } from '../../../../tests/support/html';
import { mailsTo, type SentMail } from '../../../../tests/support/mail';
import { citizen, type Person } from '../../../../tests/support/people';
import type { TestApp } from '../../../../tests/support/test-app';
import { VHS_STAFF_PATHS } from '../paths';
import { createBooking, insertCourse, vhsStaffApp } from '../test-support';

/** The VEVENT of one session in a mail's calendar, as `NAME: value` pairs (lines unfolded). */
function sessionEvent(mail: SentMail, sessionId: string): Map<string, string> {
  const ics = mail.attachments.find((attachment) => attachment.filename.endsWith('.ics'));
  assert.ok(ics, `mail "${mail.subject}" carries the course's calendar`);
  const block = ics.content
    .replace(/\r\n[ \t]/g, '')
    .split('BEGIN:VEVENT')
    .find((part) => part.includes(`UID:vhs-termin-${sessionId}@`));
  assert.ok(block, `the calendar has the session ${sessionId}`);
  return new Map(block.split('\r\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)]));
}

const sessionMails = async (t: TestApp, person: Person) => (await mailsTo(t, person.email)).filter((mail) => mail.subject.startsWith('Termin'));

describe('VHS staff: a moved or cancelled session reaches its booked participants once', () => {
  const app = vhsStaffApp();
  let t: TestApp;
  let vhs: Person;
  beforeEach(() => ({ t, vhs } = app));

  async function courseWithPeople() {
    const course = await insertCourse(t.db, {
      format: 'in_person',
      sessionStarts: [new Date('2027-03-04T17:00:00Z'), new Date('2027-03-11T17:00:00Z'), new Date('2027-03-18T17:00:00Z')],
    });
    const [anna, bernd, clara, dora] = [await citizen(t), await citizen(t), await citizen(t), await citizen(t)];
    await createBooking(t.db, course.id, anna.id, 'Anna Arendt');
    await createBooking(t.db, course.id, bernd.id, 'Bernd Beck');
    await createBooking(t.db, course.id, clara.id, 'Clara Cordes', 'waitlisted');
    await createBooking(t.db, course.id, dora.id, 'Dora Dahl', 'cancelled');
    return { course, booked: [anna, bernd], notBooked: [clara, dora] };
  }

  it('mails each booked participant about a moved session with the updated calendar, and not again for the same time', async () => {
    const { course, booked, notBooked } = await courseWithPeople();
    const sessionId = course.sessionIds[1]!;
    const moved = await vhs.submit(VHS_STAFF_PATHS.session(course.id, sessionId), { day: '12.03.2027', from: '18:30', to: '20:00', note: 'Im Raum 101' });
    assert.equal(moved.statusCode, 303);
    assert.match(
      textOf((await vhs.get(VHS_STAFF_PATHS.course(course.id))).body),
      /Der Termin ist gespeichert\. 2 Teilnehmende wurden per E-Mail benachrichtigt\./,
    );

    for (const person of booked) {
      const mails = await sessionMails(t, person);
      assert.equal(mails.length, 1, person.email);
      const mail = mails[0]!;
      assert.match(mail.subject, /^Termin verlegt: Italienisch online \d+ \(VHS-2027-\d{6}\)$/);
      assert.match(mail.text, /Bisher: 11\.03\.2027, 18:00 Uhr bis 11\.03\.2027, 19:30 Uhr/);
      assert.match(mail.text, /Neu: 12\.03\.2027, 18:30 Uhr bis 12\.03\.2027, 20:00 Uhr/);
      assert.match(mail.text, /Hinweis: Im Raum 101[\s\S]*Alle anderen Termine des Kurses bleiben, wie sie sind\./);
      const event = sessionEvent(mail, sessionId);
      assert.equal(event.get('DTSTART'), '20270312T173000Z');
      assert.equal(event.get('SEQUENCE'), '1', 'calendars replace the old entry');
      assert.equal(event.get('STATUS'), 'CONFIRMED');
      assert.equal(sessionEvent(mail, course.sessionIds[0]!).get('SEQUENCE'), '0', 'the other sessions stay as they were');
    }
    for (const person of notBooked) assert.deepEqual(await sessionMails(t, person), [], 'waitlisted and cancelled people are not told');

    const noteOnly = await vhs.submit(VHS_STAFF_PATHS.session(course.id, sessionId), { day: '12.03.2027', from: '18:30', to: '20:00', note: 'Im Raum 102' });
    assert.equal(noteOnly.statusCode, 303);
    assert.doesNotMatch(textOf((await vhs.get(VHS_STAFF_PATHS.course(course.id))).body), /benachrichtigt/);
    for (const person of booked) assert.equal((await sessionMails(t, person)).length, 1, 'the same time saved again mails nobody');
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'vhs.session.changed')).limit(1);
    assert.equal((entry?.details as { notified?: number } | null)?.notified, 2);
  });

  it('mails each booked participant once about a cancelled session, marked CANCELLED in the attached calendar', async () => {
    const { course, booked, notBooked } = await courseWithPeople();
    const sessionId = course.sessionIds[0]!;
    const path = VHS_STAFF_PATHS.cancelSession(course.id, sessionId);
    const cancelled = await vhs.submit(VHS_STAFF_PATHS.session(course.id, sessionId), { reason: 'Kursleitung erkrankt' }, path);
    assert.equal(cancelled.statusCode, 303);
    assert.match(
      textOf((await vhs.get(VHS_STAFF_PATHS.course(course.id))).body),
      /Der Termin ist abgesagt\. 2 Teilnehmende wurden per E-Mail benachrichtigt\./,
    );
    const again = await vhs.post(path, { reason: 'Noch einmal' });
    assert.equal(again.statusCode, 303);
    assert.match(textOf((await vhs.get(VHS_STAFF_PATHS.course(course.id))).body), /Der Termin war bereits abgesagt\. Niemand wurde erneut benachrichtigt\./);

    for (const person of booked) {
      const mails = await sessionMails(t, person);
      assert.equal(mails.length, 1, 'exactly once, though the request came twice');
      assert.match(mails[0]!.subject, /^Termin fällt aus: /);
      assert.match(mails[0]!.text, /Dieser Termin fällt aus: 04\.03\.2027, 18:00 Uhr bis 04\.03\.2027, 19:30 Uhr\nGrund: Kursleitung erkrankt/);
      const event = sessionEvent(mails[0]!, sessionId);
      assert.equal(event.get('STATUS'), 'CANCELLED');
      assert.equal(event.get('SEQUENCE'), '1');
      assert.equal(sessionEvent(mails[0]!, course.sessionIds[2]!).get('STATUS'), 'CONFIRMED');
    }
    for (const person of notBooked) assert.deepEqual(await sessionMails(t, person), []);
  });

  it('says so when a course has nobody booked to tell', async () => {
    const course = await insertCourse(t.db);
    await vhs.submit(
      VHS_STAFF_PATHS.session(course.id, course.sessionIds[0]!),
      { reason: '' },
      VHS_STAFF_PATHS.cancelSession(course.id, course.sessionIds[0]!),
    );
    assert.match(textOf((await vhs.get(VHS_STAFF_PATHS.course(course.id))).body), /Es gibt keine gebuchten Teilnehmenden zu benachrichtigen\./);
  });
});
