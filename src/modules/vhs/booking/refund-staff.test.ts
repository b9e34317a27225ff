import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../../kernel/audit';
import { links, parseHtml, tableRows, textOf } from '../../../../tests/support/html';
import { mailsTo } from '../../../../tests/support/mail';
import { PASSWORD, type Person } from '../../../../tests/support/people';
import type { TestApp } from '../../../../tests/support/test-app';
import { vhsBookings, vhsRefunds } from '../tables';
import { createCourse, vhsStaffApp } from '../test-support';
import { BOOKING_PATHS } from './paths';
import { bookSeat, payByInvoice } from './refund-test-support';

describe('refunds for staff: the list "Erstattungen", marking one as transferred, and personal data', () => {
  const app = vhsStaffApp();
  let t: TestApp;
  let staff: Person;
  beforeEach(() => ({ t, vhs: staff } = app));

  /** A paid booking its participant cancelled: one open refund of 89,00 €. */
  async function openRefund() {
    const course = await createCourse(t);
    const { person, id } = await bookSeat(t, course);
    await payByInvoice(person, staff, course.id, id);
    await person.get(BOOKING_PATHS.mineCancel(id));
    assert.equal((await person.post(BOOKING_PATHS.mineCancel(id), {})).statusCode, 303);
    const [refund] = await t.db.select().from(vhsRefunds);
    return { course, person, bookingId: id, refund: refund! };
  }

  it('lists open refunds first, as a task, and marks one as transferred after a confirmation, once, audited and mailed', async () => {
    const { person, bookingId, refund } = await openRefund();
    const tasks = await staff.get('/verwaltung');
    assert.match(textOf(tasks.body), /1 Erstattungen zu überweisen \(Volkshochschule\)/);
    assert.ok(links(tasks.body).some((link) => link.href === BOOKING_PATHS.staffRefunds));

    const list = await staff.get(BOOKING_PATHS.staffRefunds);
    assert.equal(list.statusCode, 200);
    const tables = parseHtml(list.body).querySelectorAll('.table-wrapper');
    const open = tableRows(tables[0]!);
    assert.equal(open.length, 1);
    assert.deepEqual(open[0]!.slice(3, 5), ['Buchung in der Rücktrittsfrist storniert', '89,00 €']);
    assert.match(textOf(tables[1]!), /Es wurde noch keine Erstattung überwiesen\./);

    const confirm = await staff.get(BOOKING_PATHS.staffRefund(refund.id));
    assert.equal(confirm.statusCode, 200);
    assert.match(textOf(confirm.body), /wenn die 89,00\s*€ im Verwaltungsprogramm überwiesen sind[\s\S]*Ja, die Erstattung ist überwiesen/);
    assert.equal((await t.db.select().from(vhsRefunds))[0]?.settledAt, null, 'looking changes nothing');

    assert.equal((await staff.post(BOOKING_PATHS.staffRefund(refund.id), {})).statusCode, 303);
    assert.match(textOf((await staff.get(BOOKING_PATHS.staffRefunds)).body), /Die Erstattung ist als überwiesen vermerkt\./);
    assert.equal((await staff.post(BOOKING_PATHS.staffRefund(refund.id), {})).statusCode, 303);
    const again = await staff.get(BOOKING_PATHS.staffRefunds);
    assert.match(textOf(again.body), /Diese Erstattung war bereits als überwiesen vermerkt\./);
    const [settledTables] = [parseHtml(again.body).querySelectorAll('.table-wrapper')];
    assert.match(textOf(settledTables[0]!), /Es ist keine Erstattung offen\./);
    assert.equal(tableRows(settledTables[1]!).length, 1);

    const [row] = await t.db.select().from(vhsRefunds);
    assert.equal(row?.settledBy, staff.id);
    assert.ok(row?.settledAt);
    assert.equal((await t.db.select().from(auditLog).where(eq(auditLog.action, 'vhs.refund.settled'))).length, 1);
    const mails = (await mailsTo(t, person.email)).filter((mail) => mail.subject.startsWith('Erstattung überwiesen'));
    assert.equal(mails.length, 1, 'told once');
    assert.match(mails[0]!.text, /hat 89,00\s*€ für die Buchung VHS-\d{4}-\d{6}/);
    assert.match(textOf((await person.get(BOOKING_PATHS.mine(bookingId))).body), /Überwiesen am \d{2}\.\d{2}\.\d{4}/);
    assert.doesNotMatch(textOf((await staff.get('/verwaltung')).body), /Erstattungen zu überweisen/, 'no task once all are transferred');
    assert.equal((await staff.get(BOOKING_PATHS.staffRefund('not-a-uuid'))).statusCode, 404);
  });

  it('settles once under parallel clicks: one audit entry, one mail (PGlite: serialised, races cannot show)', async () => {
    const { person, refund } = await openRefund();
    await staff.get(BOOKING_PATHS.staffRefund(refund.id));
    const answers = await Promise.all(Array.from({ length: 6 }, () => staff.post(BOOKING_PATHS.staffRefund(refund.id), {})));
    assert.deepEqual(new Set(answers.map((answer) => answer.statusCode)), new Set([303]));
    assert.equal((await t.db.select().from(auditLog).where(eq(auditLog.action, 'vhs.refund.settled'))).length, 1);
    assert.equal((await mailsTo(t, person.email)).filter((mail) => mail.subject.startsWith('Erstattung überwiesen')).length, 1);
  });

  it('exports refunds with the bookings, and keeps them without the person when the account is deleted', async () => {
    const { person, refund } = await openRefund();
    const course = await createCourse(t);
    const seat = await bookSeat(t, course, person);
    await payByInvoice(person, staff, course.id, seat.id);
    const [{ reference: seatReference } = { reference: '' }] = await t.db
      .select({ reference: vhsBookings.reference })
      .from(vhsBookings)
      .where(eq(vhsBookings.id, seat.id));

    const archive = JSON.parse((await person.get('/konto/meine-daten.json')).body) as {
      data: { vhs?: { refunds: { reference: string; reason: string; amountCents: number; transferredAt: string | null }[] } };
    };
    assert.deepEqual(
      archive.data.vhs?.refunds.map((row) => [row.reference, row.reason, row.amountCents, row.transferredAt]),
      [[refund.reference, 'participant_cancelled', 8900, null]],
    );

    await person.get('/konto/loeschen');
    assert.equal((await person.post('/konto/loeschen', { password: PASSWORD, confirm: 'ja' })).statusCode, 303);
    const rows = await t.db.select().from(vhsRefunds).orderBy(vhsRefunds.createdAt);
    assert.deepEqual(
      rows.map((row) => [row.reason, row.amountCents, row.bookingId, row.createdBy]),
      [
        ['participant_cancelled', 8900, null, null],
        ['participant_cancelled', 8900, null, null],
      ],
      'the cancelled booking and the given-up paid seat are deleted; what is owed stays, without the person',
    );
    assert.deepEqual(
      rows.map((row) => row.reference),
      [refund.reference, seatReference],
      'the Buchungsnummer is kept',
    );
  });
});
