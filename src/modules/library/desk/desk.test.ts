import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../../kernel/audit';
import { errorSummary, parseHtml, textOf } from '../../../../tests/support/html';
import { lastMailTo } from '../../../../tests/support/mail';
import { actorOf, staffMember, type Person } from '../../../../tests/support/people';
import { pdfReadableText } from '../../../../tests/support/pdf-text';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { addDays, today } from '../lending/rules';
import { LENDING_PATHS } from '../paths';
import { LEND_PERMISSION } from '../policies';
import { lendAtDesk } from './use-cases/circulate-at-desk';
import { libraryFees, libraryHolds, libraryLoans, libraryReaders } from '../tables/lending';
import { insertFee, insertHold, insertItem, insertLoan, insertReader, insertRecord } from '../test-support';

describe('lending desk', () => {
  let t: TestApp;
  let desk: Person;
  before(async () => (t = await createTestApp()));
  beforeEach(async () => {
    await t.reset();
    desk = await staffMember(t, [], { permissions: [LEND_PERMISSION] });
  });
  after(() => t.close());

  async function actions(): Promise<string[]> {
    return (await t.db.select({ action: auditLog.action }).from(auditLog)).map((row) => row.action);
  }

  it('lists overdue loans under Meine Aufgaben for library staff only', async () => {
    const reader = await insertReader(t);
    const record = await insertRecord(t);
    await insertLoan(t, reader.id, (await insertItem(t, record.id)).id, -2);
    assert.match(textOf((await desk.get('/verwaltung')).body), /Überfällige Ausleihen/);
    const other = await staffMember(t, [], { permissions: [] });
    assert.doesNotMatch(textOf((await other.get('/verwaltung')).body), /Überfällige Ausleihen/);
  });

  it('finds a reader by card number or by part of the name, and says so when there is none', async () => {
    const reader = await insertReader(t, { name: 'Jürgen Müller' });
    await insertReader(t, { name: 'Anna Mülheim' });
    await insertReader(t, { name: 'Paul 100%_Sicher' });
    const found = await desk.get(`${LENDING_PATHS.desk}?suche=${reader.cardNumber}`);
    assert.equal(found.headers.location, LENDING_PATHS.reader(reader.id));
    const byName = await desk.get(`${LENDING_PATHS.desk}?suche=${encodeURIComponent('mul')}`);
    assert.equal(byName.statusCode, 200);
    assert.deepEqual(
      parseHtml(byName.body)
        .querySelectorAll('main table tbody tr td:first-child')
        .map((cell) => textOf(cell)),
      ['Anna Mülheim', 'Jürgen Müller'],
      'accents and case ignored, sorted by name',
    );
    const literal = await desk.get(`${LENDING_PATHS.desk}?suche=${encodeURIComponent('100%_s')}`);
    assert.equal(parseHtml(literal.body).querySelectorAll('main table tbody tr').length, 1);
    assert.equal((await desk.get(`${LENDING_PATHS.desk}?suche=${encodeURIComponent('l%')}`)).statusCode, 400, '% is a character, not a pattern');
    const missing = await desk.get(`${LENDING_PATHS.desk}?suche=999`);
    assert.equal(missing.statusCode, 400);
    assert.match(errorSummary(missing.body)[0]?.text ?? '', /keinen Ausweis/);
  });

  it('lends by barcode with the due date of the rules, and refuses a copy that is lent already', async () => {
    const reader = await insertReader(t);
    const record = await insertRecord(t, { title: 'Tintenherz' });
    const item = await insertItem(t, record.id, { barcode: 'M0001' });
    await desk.get(LENDING_PATHS.reader(reader.id));
    const lent = await desk.post(LENDING_PATHS.deskLend(reader.id), { barcode: 'M0001' });
    assert.equal(lent.statusCode, 303);
    const [loan] = await t.db.select().from(libraryLoans).where(eq(libraryLoans.itemId, item.id));
    assert.equal(loan?.dueOn, addDays(today(), 28));
    const other = await insertReader(t);
    await desk.get(LENDING_PATHS.reader(other.id));
    const again = await desk.post(LENDING_PATHS.deskLend(other.id), { barcode: 'M0001' });
    assert.equal(again.statusCode, 400);
    assert.match(errorSummary(again.body)[0]?.text ?? '', /bereits entliehen/);
    const unknown = await desk.post(LENDING_PATHS.deskLend(other.id), { barcode: 'X-404' });
    assert.match(errorSummary(unknown.body)[0]?.text ?? '', /kein Exemplar/);
    assert.deepEqual(await actions(), ['library.loan.created']);
  });

  it('two desks lending one copy at once: exactly one loan (the unique index decides; PGlite runs them one after the other and cannot show the race)', async () => {
    const record = await insertRecord(t);
    await insertItem(t, record.id, { barcode: 'RACE' });
    const readers = await Promise.all([insertReader(t), insertReader(t), insertReader(t), insertReader(t)]);
    const staff = actorOf(desk, { permissions: [LEND_PERMISSION] });
    const outcomes = await Promise.all(readers.map((reader) => lendAtDesk(staff, { readerId: reader.id, barcode: 'RACE', ip: '127.0.0.1' }, t.deps)));
    assert.equal(outcomes.filter((outcome) => outcome.ok).length, 1);
    assert.equal((await t.db.select().from(libraryLoans)).length, 1);
    assert.deepEqual(await actions(), ['library.loan.created'], 'only the loan that happened is audited');
  });

  it('refuses reference copies and expired cards', async () => {
    const record = await insertRecord(t);
    await insertItem(t, record.id, { barcode: 'P1', state: 'reference' });
    await insertItem(t, record.id, { barcode: 'P2' });
    const reader = await insertReader(t);
    const expired = await insertReader(t, { expiresOn: addDays(today(), -1) });
    await desk.get(LENDING_PATHS.reader(reader.id));
    assert.match(errorSummary((await desk.post(LENDING_PATHS.deskLend(reader.id), { barcode: 'P1' })).body)[0]?.text ?? '', /nicht ausleihbar/);
    assert.match(errorSummary((await desk.post(LENDING_PATHS.deskLend(expired.id), { barcode: 'P2' })).body)[0]?.text ?? '', /abgelaufen/);
    assert.equal((await t.db.select().from(libraryLoans)).length, 0);
  });

  it('takes a copy back; the next hold becomes ready, its reader gets one e-mail, and only they may borrow it', async () => {
    const record = await insertRecord(t, { title: 'Der Schwarm' });
    const item = await insertItem(t, record.id, { barcode: 'S1', shelfmark: 'SF Sch' });
    const lender = await insertReader(t);
    const first = await insertReader(t, { email: 'erste@example.org' });
    const second = await insertReader(t, { email: 'zweite@example.org' });
    await insertLoan(t, lender.id, item.id, -4);
    await insertHold(t, first.id, item.id, new Date(Date.now() - 120_000));
    await insertHold(t, second.id, item.id, new Date(Date.now() - 60_000));
    await desk.get(LENDING_PATHS.desk);
    const returned = await desk.post(LENDING_PATHS.deskReturn, { barcode: 'S1' });
    assert.equal(returned.statusCode, 303);
    const after = textOf((await desk.get(LENDING_PATHS.desk)).body);
    assert.match(after, /„Der Schwarm“ ist zurückgebucht\. Es war 4 Tage überfällig\. Es ist vorgemerkt/);
    assert.equal((await t.db.select().from(libraryLoans)).length, 0);
    const mail = await lastMailTo(t, 'erste@example.org');
    assert.match(mail.subject, /Ihre Vormerkung liegt bereit: Der Schwarm/);
    assert.match(mail.text, /SF Sch/);
    assert.match(mail.text, /\n\nFreundliche Grüße\nStadtbücherei Iserlohn$/, 'signed by the library, as the municipality file names it');
    await assert.rejects(lastMailTo(t, 'zweite@example.org'));
    await desk.get(LENDING_PATHS.reader(second.id));
    const skipped = await desk.post(LENDING_PATHS.deskLend(second.id), { barcode: 'S1' });
    assert.match(errorSummary(skipped.body)[0]?.text ?? '', /für eine andere Person vorgemerkt/);
    await desk.get(LENDING_PATHS.reader(first.id));
    assert.equal((await desk.post(LENDING_PATHS.deskLend(first.id), { barcode: 'S1' })).statusCode, 303);
    const holds = await t.db.select().from(libraryHolds);
    assert.deepEqual(
      holds.map((hold) => hold.readerId),
      [second.id],
      'the fulfilled hold is gone, the next waits',
    );
    const again = await desk.post(LENDING_PATHS.deskReturn, { barcode: 'NICHT-DA' });
    assert.equal(again.statusCode, 400);
  });

  it('charges a fee, refuses a bad amount, and settles it once', async () => {
    const reader = await insertReader(t);
    await desk.get(LENDING_PATHS.reader(reader.id));
    const bad = await desk.post(LENDING_PATHS.deskCharge(reader.id), { reason: 'overdue', amount: '2.50€', description: '' });
    assert.equal(bad.statusCode, 400);
    assert.match(errorSummary(bad.body)[0]?.text ?? '', /in Euro an, zum Beispiel 2,50/);
    assert.equal((await desk.post(LENDING_PATHS.deskCharge(reader.id), { reason: 'overdue', amount: '2,5', description: 'Tintenherz' })).statusCode, 303);
    const [fee] = await t.db.select().from(libraryFees);
    assert.equal(fee?.amountCents, 250);
    assert.equal((await desk.post(LENDING_PATHS.deskSettle(reader.id), { fee: fee!.id })).statusCode, 303);
    const twice = await desk.post(LENDING_PATHS.deskSettle(reader.id), { fee: fee!.id });
    assert.equal(twice.statusCode, 400);
    const [paid] = await t.db.select().from(libraryFees);
    assert.ok(paid?.paidAt);
    assert.deepEqual(await actions(), ['library.fee.charged', 'library.fee.paid']);
  });

  it("cannot settle another reader's fee through this reader's page", async () => {
    const reader = await insertReader(t);
    const other = await insertReader(t);
    const fee = await insertFee(t, other.id, 300);
    await desk.get(LENDING_PATHS.reader(reader.id));
    assert.equal((await desk.post(LENDING_PATHS.deskSettle(reader.id), { fee: fee.id })).statusCode, 400);
    const [row] = await t.db.select().from(libraryFees);
    assert.equal(row?.paidAt, null);
  });

  it('extends an expired card, after which lending works; a date in the past is refused', async () => {
    const record = await insertRecord(t);
    await insertItem(t, record.id, { barcode: 'E1' });
    const reader = await insertReader(t, { expiresOn: addDays(today(), -10) });
    await desk.get(LENDING_PATHS.reader(reader.id));
    const past = await desk.post(LENDING_PATHS.deskExtend(reader.id), { expiresOn: addDays(today(), -1) });
    assert.equal(past.statusCode, 400);
    assert.match(errorSummary(past.body)[0]?.text ?? '', /in der Vergangenheit/);
    assert.equal((await desk.post(LENDING_PATHS.deskExtend(reader.id), { expiresOn: addDays(today(), 365) })).statusCode, 303);
    assert.equal((await desk.post(LENDING_PATHS.deskLend(reader.id), { barcode: 'E1' })).statusCode, 303);
    assert.deepEqual(await actions(), ['library.reader.extended', 'library.loan.created']);
  });

  it('issues a card, and the PIN letter carries a new PIN that logs in while the old one no longer does', async () => {
    await desk.get(LENDING_PATHS.newReader);
    const invalid = await desk.post(LENDING_PATHS.newReader, { name: '', email: 'kaputt', expiresOn: '2027-02-30' });
    assert.equal(invalid.statusCode, 400);
    assert.deepEqual(
      errorSummary(invalid.body).map((entry) => entry.href),
      ['#name', '#email', '#expiresOn'],
    );
    const created = await desk.post(LENDING_PATHS.newReader, { name: 'Erika Mustermann', email: 'erika@example.org', expiresOn: addDays(today(), 365) });
    assert.equal(created.statusCode, 303);
    const [reader] = await t.db.select().from(libraryReaders);
    assert.ok(reader);
    assert.match(reader.cardNumber, /^2\d{9}$/);
    await desk.get(LENDING_PATHS.reader(reader.id));
    const letter = await desk.post(LENDING_PATHS.deskPinLetter(reader.id));
    assert.equal(letter.statusCode, 200);
    assert.equal(letter.headers['content-type'], 'application/pdf');
    assert.equal(letter.headers['cache-control'], 'no-store');
    const text = pdfReadableText(letter.rawPayload);
    const pin = /^(\d{6})$/m.exec(text)?.[1];
    assert.ok(pin, text);
    assert.match(text, new RegExp(reader.cardNumber));
    const [after] = await t.db.select().from(libraryReaders);
    assert.notEqual(after?.pinHash, reader.pinHash, 'the PIN chosen at issue is replaced');
    const loggedIn = await t.client().submit(LENDING_PATHS.login, { cardNumber: reader.cardNumber, pin });
    assert.equal(loggedIn.statusCode, 303, 'the PIN from the letter logs in');
    assert.deepEqual(await actions(), ['library.reader.created', 'library.reader.pin_reset']);
  });
});
