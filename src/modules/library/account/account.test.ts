import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../../kernel/audit';
import { errorSummary, parseHtml, textOf } from '../../../../tests/support/html';
import { citizen } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { addDays, today } from '../lending/rules';
import { LENDING_PATHS, LIBRARY_PATHS } from '../paths';
import { germanDay } from '../presenters';
import { libraryHolds, libraryLoans, libraryReaders } from '../tables/lending';
import { insertFee, insertHold, insertItem, insertReader, insertRecord, lentCopy, TEST_PIN } from '../test-support';

describe('reader account', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  async function loggedInReader(values: Parameters<typeof insertReader>[1] = {}) {
    const reader = await insertReader(t, values);
    const client = t.client();
    const response = await client.submit(LENDING_PATHS.login, { cardNumber: reader.cardNumber, pin: TEST_PIN });
    assert.equal(response.statusCode, 303);
    return { reader, client };
  }

  it('sends visitors without a card to the login, and refuses a wrong PIN with 400 and one message', async () => {
    const reader = await insertReader(t);
    const client = t.client();
    const first = await client.get(LENDING_PATHS.account);
    assert.equal(first.statusCode, 303);
    assert.equal(first.headers.location, LENDING_PATHS.login);
    const response = await client.submit(LENDING_PATHS.login, { cardNumber: reader.cardNumber, pin: '0000' });
    assert.equal(response.statusCode, 400);
    assert.deepEqual(errorSummary(response.body), [{ text: 'Ausweisnummer oder PIN ist falsch.', href: '#cardNumber' }]);
    assert.match(response.body, new RegExp(`value="${reader.cardNumber}"`), 'keeps the card number');
    const empty = await client.submit(LENDING_PATHS.login, { cardNumber: '', pin: '' });
    assert.equal(empty.statusCode, 400);
    assert.deepEqual(
      errorSummary(empty.body).map((entry) => entry.href),
      ['#cardNumber', '#pin'],
    );
  });

  it('shows loans with due dates, overdue marked, holds with their queue position and open fees', async () => {
    const { reader, client } = await loggedInReader();
    await lentCopy(t, reader, 'Tintenherz', 10);
    await lentCopy(t, reader, 'Die Mitte der Welt', -3);
    const wanted = await insertRecord(t, { title: 'Der Schwarm' });
    const copy = await insertItem(t, wanted.id);
    const other = await insertReader(t);
    await t.db.insert(libraryLoans).values({ readerId: other.id, itemId: copy.id, dueOn: addDays(today(), 5) });
    await insertHold(t, other.id, copy.id, new Date(Date.now() - 60_000));
    await insertHold(t, reader.id, copy.id);
    await insertFee(t, reader.id, 250, 'overdue', 'Die Mitte der Welt');
    const page = await client.get(LENDING_PATHS.account);
    assert.equal(page.statusCode, 200);
    const [loans, holds, fees] = parseHtml(page.body)
      .querySelectorAll('table')
      .map((table) => table.querySelectorAll('tbody tr').map((row) => row.querySelectorAll('td, th').map((cell) => textOf(cell))));
    assert.ok(loans && holds && fees);
    assert.ok(loans.some((row) => /Die Mitte der Welt/.test(row[0] ?? '') && /überfällig/.test(row[2] ?? '')));
    assert.ok(loans.some((row) => /Tintenherz/.test(row[0] ?? '') && row[2] === germanDay(addDays(today(), 10))));
    assert.ok(holds.some((row) => /Der Schwarm/.test(row[0] ?? '') && /Platz 2 in der Warteschlange/.test(row[1] ?? '')));
    assert.ok(fees.some((row) => row.includes('2,50 €')));
    assert.match(textOf(page.body), /Offene Gebühren: 2,50 €/);
  });

  it('renews a loan from today, and refuses a loan someone else holds with 400 and the reason', async () => {
    const { reader, client } = await loggedInReader();
    const { record, item, loan } = await lentCopy(t, reader, 'Tintenherz', 2);
    const held = await lentCopy(t, reader, 'Momo', 2);
    await insertHold(t, (await insertReader(t)).id, held.item.id);
    await client.get(LENDING_PATHS.account);
    const uri = `${t.config.baseUrl}${LIBRARY_PATHS.record(record.id)}#exemplar-${item.barcode}`;
    const renewed = await client.post(LENDING_PATHS.renew, { item: uri });
    assert.equal(renewed.statusCode, 303);
    const [row] = await t.db.select().from(libraryLoans).where(eq(libraryLoans.id, loan.id));
    assert.equal(row?.dueOn, addDays(today(), 28));
    assert.equal(row?.renewals, 1);
    assert.match((await client.get(LENDING_PATHS.account)).body, /ist verlängert bis zum/);
    const heldUri = `${t.config.baseUrl}${LIBRARY_PATHS.record(held.record.id)}#exemplar-${held.item.barcode}`;
    const refused = await client.post(LENDING_PATHS.renew, { item: heldUri });
    assert.equal(refused.statusCode, 400);
    assert.match(errorSummary(refused.body)[0]?.text ?? '', /für eine andere Person vorgemerkt/);
    const [unchanged] = await t.db.select().from(libraryLoans).where(eq(libraryLoans.id, held.loan.id));
    assert.equal(unchanged?.renewals, 0);
  });

  it("cannot renew another reader's loan by sending its URI", async () => {
    const { client } = await loggedInReader();
    const other = await insertReader(t);
    const { record, item, loan } = await lentCopy(t, other, 'Fremdes Buch');
    await client.get(LENDING_PATHS.account);
    const response = await client.post(LENDING_PATHS.renew, { item: `${t.config.baseUrl}${LIBRARY_PATHS.record(record.id)}#exemplar-${item.barcode}` });
    assert.equal(response.statusCode, 400);
    const [row] = await t.db.select().from(libraryLoans).where(eq(libraryLoans.id, loan.id));
    assert.equal(row?.renewals, 0);
  });

  it('places a hold from the record page in the queue of the lent copy, and deletes it again', async () => {
    const record = await insertRecord(t, { title: 'Der Schwarm' });
    const copy = await insertItem(t, record.id);
    const lender = await insertReader(t);
    await t.db.insert(libraryLoans).values({ readerId: lender.id, itemId: copy.id, dueOn: addDays(today(), 5) });
    const guest = t.client();
    await guest.get(LENDING_PATHS.login);
    const asked = await guest.post(LENDING_PATHS.placeHold(record.id));
    assert.equal(asked.headers.location, LENDING_PATHS.login, 'visitors without a card log in first');
    const { reader, client } = await loggedInReader();
    await client.get(LENDING_PATHS.account);
    const placed = await client.post(LENDING_PATHS.placeHold(record.id));
    assert.equal(placed.statusCode, 303);
    assert.match((await client.get(LENDING_PATHS.account)).body, /Platz 1 der Warteschlange/);
    const twice = await client.post(LENDING_PATHS.placeHold(record.id));
    assert.equal(twice.statusCode, 400);
    assert.match(errorSummary(twice.body)[0]?.text ?? '', /bereits vorgemerkt/);
    const holds = await t.db.select().from(libraryHolds).where(eq(libraryHolds.readerId, reader.id));
    assert.deepEqual(
      holds.map((hold) => hold.itemId),
      [copy.id],
    );
    const cancelled = await client.post(LENDING_PATHS.cancelHold, { item: `${t.config.baseUrl}${LIBRARY_PATHS.record(record.id)}#exemplar-${copy.barcode}` });
    assert.equal(cancelled.statusCode, 303);
    assert.equal((await t.db.select().from(libraryHolds)).length, 0);
  });

  it('refuses a hold while a copy stands on the shelf', async () => {
    const record = await insertRecord(t, { title: 'Im Regal' });
    await insertItem(t, record.id);
    const { client } = await loggedInReader();
    await client.get(LENDING_PATHS.account);
    const response = await client.post(LENDING_PATHS.placeHold(record.id));
    assert.equal(response.statusCode, 400);
    assert.match(errorSummary(response.body)[0]?.text ?? '', /steht im Regal/);
  });

  it('links the card to a portal account once; afterwards the portal login is enough', async () => {
    const reader = await insertReader(t);
    const person = await citizen(t);
    const form = await person.get(LENDING_PATHS.login);
    assert.match(form.body, /Büchereiausweis verbinden/);
    const linked = await person.post(LENDING_PATHS.login, { cardNumber: reader.cardNumber, pin: TEST_PIN });
    assert.equal(linked.statusCode, 303);
    const [row] = await t.db.select().from(libraryReaders).where(eq(libraryReaders.id, reader.id));
    assert.equal(row?.userId, person.id);
    const page = await person.get(LENDING_PATHS.account);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /mit Ihrem Bürgerkonto verbunden/);
    assert.equal((await t.db.select().from(auditLog).where(eq(auditLog.action, 'library.reader.linked'))).length, 1);

    const someoneElse = await citizen(t, { email: 'zweite@example.org' });
    await someoneElse.get(LENDING_PATHS.login);
    const refused = await someoneElse.post(LENDING_PATHS.login, { cardNumber: reader.cardNumber, pin: TEST_PIN });
    assert.equal(refused.statusCode, 400);
    assert.match(errorSummary(refused.body)[0]?.text ?? '', /anderen Bürgerkonto verbunden/);

    await person.post(LENDING_PATHS.unlink);
    const [unlinked] = await t.db.select().from(libraryReaders).where(eq(libraryReaders.id, reader.id));
    assert.equal(unlinked?.userId, null);
  });

  it('shows a Stadtbücherei card on Mein Konto for a linked card only', async () => {
    const person = await citizen(t);
    assert.doesNotMatch((await person.get('/konto')).body, /card__title">Stadtbücherei/);
    const reader = await insertReader(t, { userId: person.id });
    await lentCopy(t, reader, 'Momo', -1);
    await lentCopy(t, reader, 'Tintenherz', 5);
    await insertFee(t, reader.id, 150);
    const page = await person.get('/konto');
    assert.match(page.body, /<h3 class="card__title">Stadtbücherei<\/h3>\s*<p>2 Ausleihen \(1 überfällig\), 0 Vormerkungen, 1,50\s€ offene Gebühren/);
  });

  it('limits PIN guesses per card like the portal login (429)', async () => {
    const reader = await insertReader(t);
    const client = t.client();
    await client.get(LENDING_PATHS.login);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      statuses.push((await client.post(LENDING_PATHS.login, { cardNumber: reader.cardNumber, pin: `99${attempt}` })).statusCode);
    }
    assert.deepEqual(statuses, [400, 400, 400, 400, 400, 429]);
  });

  it('ends the card session on logout', async () => {
    const { client } = await loggedInReader();
    await client.get(LENDING_PATHS.account);
    await client.post(LENDING_PATHS.logout);
    assert.equal((await client.get(LENDING_PATHS.account)).statusCode, 303);
  });
});
