import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../../kernel/audit';
import { SAMPLE_FILES } from '../../../../tests/support/files';
import { tableRows, textOf } from '../../../../tests/support/html';
import { mailsTo } from '../../../../tests/support/mail';
import type { Person } from '../../../../tests/support/people';
import type { TestApp } from '../../../../tests/support/test-app';
import { vhsRefunds } from '../tables';
import { createCourse, vhsStaffApp } from '../test-support';
import { BOOKING_PATHS } from './paths';
import { bookSeat, payByInvoice, refundsOf } from './refund-test-support';

describe('refunds (Erstattungen): a paid fee goes back once for each cause', () => {
  const app = vhsStaffApp();
  let t: TestApp;
  let staff: Person;
  beforeEach(() => ({ t, vhs: staff } = app));

  const cancelOwn = async (person: Person, id: string) => {
    await person.get(BOOKING_PATHS.mineCancel(id));
    return person.post(BOOKING_PATHS.mineCancel(id), {});
  };

  it('owes the whole paid fee when the participant cancels in time, once, and says so in the mail and on the booking page', async () => {
    const course = await createCourse(t);
    const { person, id } = await bookSeat(t, course);
    await payByInvoice(person, staff, course.id, id);
    assert.match(textOf((await person.get(BOOKING_PATHS.mineCancel(id))).body), /Die bezahlte Gebühr von 89,00\s*€ bekommen Sie zurück/);
    assert.equal((await cancelOwn(person, id)).statusCode, 303);
    assert.equal((await person.post(BOOKING_PATHS.mineCancel(id), {})).statusCode, 400, 'a second cancellation is refused');

    assert.deepEqual(await refundsOf(t, id), [['participant_cancelled', 8900]]);
    const [refund] = await t.db.select().from(vhsRefunds);
    assert.equal(refund?.createdBy, person.id);
    const mail = (await mailsTo(t, person.email)).filter((sent) => sent.subject.startsWith('Storniert'));
    assert.equal(mail.length, 1);
    assert.match(mail[0]!.text, /Die bereits gezahlte Gebühr von 89,00\s*€ erstatten wir Ihnen: Die Volkshochschule überweist den Betrag/);
    const page = await person.get(BOOKING_PATHS.mine(id));
    assert.deepEqual(
      tableRows(page.body)
        .at(-1)
        ?.map((cell) => cell.replace(/\s+/g, ' ')),
      ['Buchung in der Rücktrittsfrist storniert', '89,00 €', 'Wird überwiesen'],
    );
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'vhs.booking.cancelled'));
    assert.equal((entry?.details as { refundCents?: number }).refundCents, 8900);
  });

  it('owes once when the same paid booking is cancelled in parallel (PGlite: serialised, races cannot show)', async () => {
    const course = await createCourse(t);
    const { person, id } = await bookSeat(t, course);
    await payByInvoice(person, staff, course.id, id);
    await person.get(BOOKING_PATHS.mineCancel(id));
    const answers = await Promise.all(Array.from({ length: 6 }, () => person.post(BOOKING_PATHS.mineCancel(id), {})));
    assert.equal(answers.filter((answer) => answer.statusCode === 303).length, 1);
    assert.deepEqual(await refundsOf(t, id), [['participant_cancelled', 8900]]);
  });

  it('owes nothing for a fee that was never paid (an open invoice is called off instead)', async () => {
    const course = await createCourse(t);
    const { person, id } = await bookSeat(t, course);
    await person.get(BOOKING_PATHS.mine(id));
    await person.post(BOOKING_PATHS.minePay(id), { zahlart: 'invoice' });
    assert.equal((await cancelOwn(person, id)).statusCode, 303);
    assert.deepEqual(await t.db.select().from(vhsRefunds), []);
    const mail = (await mailsTo(t, person.email)).find((sent) => sent.subject.startsWith('Storniert'));
    assert.doesNotMatch(mail!.text, /erstatten/);
  });

  it('owes each paid fee when staff call the course off, once, and names it in that account’s mail', async () => {
    const course = await createCourse(t);
    const paid = await bookSeat(t, course);
    const open = await bookSeat(t, course);
    await payByInvoice(paid.person, staff, course.id, paid.id);
    const confirm = await staff.post(BOOKING_PATHS.staffCancelCourse(course.id), { grund: 'Kursleitung erkrankt' });
    assert.match(textOf(confirm.body), /1 Teilnehmende haben schon bezahlt/);
    assert.equal((await staff.post(BOOKING_PATHS.staffCancelCourse(course.id), { grund: 'Kursleitung erkrankt', bestaetigt: 'ja' })).statusCode, 303);
    assert.match(textOf((await staff.get(BOOKING_PATHS.staffCourse(course.id))).body), /1 bezahlte Gebühr ist unter „Erstattungen“ zum Überweisen vorgemerkt/);
    assert.equal((await staff.post(BOOKING_PATHS.staffCancelCourse(course.id), { grund: 'Noch einmal', bestaetigt: 'ja' })).statusCode, 400);

    assert.deepEqual(await refundsOf(t, paid.id), [['course_cancelled', 8900]]);
    assert.deepEqual(await refundsOf(t, open.id), []);
    const [paidMail] = (await mailsTo(t, paid.person.email)).filter((sent) => sent.subject.startsWith('Kurs abgesagt'));
    assert.match(paidMail!.text, /VHS-\d{4}-\d{6}: .+ \(Erstattung 89,00\s*€\)/);
    assert.match(paidMail!.text, /Die bereits gezahlte Gebühr von 89,00\s*€ erstatten wir Ihnen/);
    const [openMail] = (await mailsTo(t, open.person.email)).filter((sent) => sent.subject.startsWith('Kurs abgesagt'));
    assert.doesNotMatch(openMail!.text, /Erstattung|erstatten/);
  });

  /** Exactly one mail to the person with a subject starting so, its text matching. */
  async function oneMail(person: Person, subject: string, text: RegExp) {
    const mails = (await mailsTo(t, person.email)).filter((mail) => mail.subject.startsWith(subject));
    assert.equal(mails.length, 1, subject);
    assert.match(mails[0]!.text, text);
  }

  /** After a reduction's refund, cancelling owes the reduced fee: together the whole fee goes back. */
  async function cancelOwesTheRest(person: Person, id: string) {
    assert.equal((await cancelOwn(person, id)).statusCode, 303);
    assert.deepEqual(await refundsOf(t, id), [
      ['reduction_granted', 4450],
      ['participant_cancelled', 4450],
    ]);
  }

  /** The participant sends a proof, staff grant the reduction. */
  async function requestAndGrantReduction(person: Person, courseId: string, id: string) {
    await person.get(BOOKING_PATHS.mine(id));
    const sent = await person.postMultipart(BOOKING_PATHS.mineReduction(id), {}, [
      { field: 'nachweis', filename: 'bescheid.pdf', contentType: 'application/pdf', bytes: SAMPLE_FILES.pdf },
    ]);
    assert.equal(sent.statusCode, 303);
    await staff.get(BOOKING_PATHS.staffCourse(courseId));
    assert.equal((await staff.post(BOOKING_PATHS.staffReduction(courseId, id), { entscheidung: 'gewaehrt' })).statusCode, 303);
  }

  it('owes the difference when a reduction is granted after the full fee was paid, and the reduced fee on a later cancellation', async () => {
    const course = await createCourse(t);
    const { person, id } = await bookSeat(t, course);
    await payByInvoice(person, staff, course.id, id);
    await requestAndGrantReduction(person, course.id, id);
    assert.equal((await staff.post(BOOKING_PATHS.staffReduction(course.id, id), { entscheidung: 'gewaehrt' })).statusCode, 303, 'decided twice');
    assert.deepEqual(await refundsOf(t, id), [['reduction_granted', 4450]], 'the difference 89,00 € − 44,50 €, once');
    await oneMail(person, 'Ermäßigung gewährt', /Sie haben die volle Gebühr bereits gezahlt\. Den Unterschied von 44,50\s*€ erstatten wir Ihnen/);
    await cancelOwesTheRest(person, id);
  });

  it('owes the difference when the full fee, asked for before the reduction was granted, arrives afterwards', async () => {
    const course = await createCourse(t);
    const { person, id } = await bookSeat(t, course);
    await person.get(BOOKING_PATHS.mine(id));
    await person.post(BOOKING_PATHS.minePay(id), { zahlart: 'invoice' });
    await requestAndGrantReduction(person, course.id, id);
    assert.deepEqual(await refundsOf(t, id), [], 'nothing is paid yet');
    await staff.get(BOOKING_PATHS.staffCourse(course.id));
    assert.equal((await staff.post(BOOKING_PATHS.staffMarkPaid(course.id, id), {})).statusCode, 303);
    assert.deepEqual(await refundsOf(t, id), [['reduction_granted', 4450]]);
    await oneMail(
      person,
      'Zahlung eingegangen, Erstattung folgt',
      /Die ermäßigte Kursgebühr beträgt 44,50\s*€\.\nSie haben die volle Gebühr bereits gezahlt\. Den Unterschied von 44,50\s*€ erstatten wir Ihnen/,
    );
    await cancelOwesTheRest(person, id);
  });

  it('owes nothing when the reduction is granted before paying', async () => {
    const course = await createCourse(t);
    const { person, id } = await bookSeat(t, course);
    await requestAndGrantReduction(person, course.id, id);
    await payByInvoice(person, staff, course.id, id);
    assert.deepEqual(await refundsOf(t, id), [], 'the invoice asked for the reduced fee');
  });
});
