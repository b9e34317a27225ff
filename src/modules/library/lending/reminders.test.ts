import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { mailsTo } from '../../../../tests/support/mail';
import { citizen } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { LENDING_PATHS, LIBRARY_PATHS } from '../paths';
import { germanDay } from '../presenters';
import { libraryHolds } from '../tables/lending';
import { insertItem, insertReader, insertRecord, lentCopy, TEST_PIN } from '../test-support';
import { expireUncollectedHolds } from './circulation';
import { libraryMailContext } from './mails';
import { sendLoanReminders } from './reminders';
import { addDays, today } from './rules';

const RULES = { loanDays: 28, maxRenewals: 2, reminderDaysBefore: 3, holdPickupDays: 7 };
/** The library of the test configuration (iserlohn.json's `library.name`) signs the job's mails. */
const SIGNED = /\n\nFreundliche Grüße\nStadtbücherei Iserlohn$/;

describe('due-date reminders', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  it('mails a reminder N days before the due date and an overdue notice, each once per loan', async () => {
    const reader = await insertReader(t, { email: 'leser@example.org', name: 'Max Leser' });
    await lentCopy(t, reader, 'Bald fällig', 3);
    await lentCopy(t, reader, 'Noch lange', 10);
    await lentCopy(t, reader, 'Zu spät', -2);
    assert.equal(await sendLoanReminders(t.deps), 2);
    assert.equal(await sendLoanReminders(t.deps), 0, 'the second run sends nothing again');
    const mails = await mailsTo(t, 'leser@example.org');
    assert.deepEqual(
      mails.map((mail) => mail.subject).sort(),
      [`Leihfrist überschritten: Zu spät`, `Rückgabe bis ${germanDay(addDays(today(), 3))}: Bald fällig`].sort(),
    );
    assert.match(mails.find((mail) => mail.subject.includes('Bald fällig'))?.text ?? '', new RegExp(`${t.config.baseUrl}${LENDING_PATHS.account}`));
    for (const mail of mails) assert.match(mail.text, SIGNED, mail.subject);
  });

  it('reminds the new due date again after a renewal', async () => {
    const reader = await insertReader(t, { email: 'leser@example.org' });
    const { record, item } = await lentCopy(t, reader, 'Verlängert', 2);
    assert.equal(await sendLoanReminders(t.deps), 1);
    const client = t.client();
    await client.submit(LENDING_PATHS.login, { cardNumber: reader.cardNumber, pin: TEST_PIN });
    await client.get(LENDING_PATHS.account);
    assert.equal(
      (await client.post(LENDING_PATHS.renew, { item: `${t.config.baseUrl}${LIBRARY_PATHS.record(record.id)}#exemplar-${item.barcode}` })).statusCode,
      303,
    );
    assert.equal(await sendLoanReminders(t.deps), 0, 'the new due date is four weeks away');
    const later = new Date(Date.now() + 26 * 86_400_000);
    assert.equal(await sendLoanReminders(t.deps, later), 1, 'three days before the new due date');
  });

  it("writes to the linked portal account's address when the card has none, and skips readers without any", async () => {
    const person = await citizen(t, { email: 'konto@example.org' });
    const linked = await insertReader(t, { email: null, userId: person.id });
    const silent = await insertReader(t, { email: null });
    await lentCopy(t, linked, 'Über das Konto', 1);
    await lentCopy(t, silent, 'Ohne Adresse', 1);
    assert.equal(await sendLoanReminders(t.deps), 1);
    assert.equal((await mailsTo(t, 'konto@example.org')).length, 1);
    assert.equal(await sendLoanReminders(t.deps), 0, 'the reader without an address is not looked at again');
  });

  it('is registered as a recurring job of the module', () => {
    const library = t.deps.modules.find((module) => module.id === 'library');
    const jobs = library?.jobs?.(t.deps) ?? [];
    assert.deepEqual(
      jobs.map((job) => [job.kind, job.everySeconds]),
      [['library.loan-reminders', 3600]],
    );
  });
});

describe('uncollected holds', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  after(() => t.close());

  it('passes a copy on to the next reader after the pickup days, and leaves a fresh one alone', async () => {
    const record = await insertRecord(t, { title: 'Abholregal' });
    const item = await insertItem(t, record.id);
    const first = await insertReader(t, { email: 'erste@example.org' });
    const second = await insertReader(t, { email: 'zweite@example.org' });
    await t.db.insert(libraryHolds).values([
      { readerId: first.id, itemId: item.id, createdAt: new Date(Date.now() - 20 * 86_400_000), readyAt: new Date(Date.now() - 8 * 86_400_000) },
      { readerId: second.id, itemId: item.id, createdAt: new Date(Date.now() - 19 * 86_400_000) },
    ]);
    assert.equal(await expireUncollectedHolds(t.db, RULES, { libraryName: 'Bücherei am Markt' }), 1);
    const holds = await t.db.select().from(libraryHolds);
    assert.deepEqual(
      holds.map((hold) => [hold.readerId, hold.readyAt !== null]),
      [[second.id, true]],
    );
    const [ready] = await mailsTo(t, 'zweite@example.org');
    assert.match(ready?.subject ?? '', /Ihre Vormerkung liegt bereit: Abholregal/);
    assert.match(ready?.text ?? '', new RegExp(`Bitte holen Sie ihn bis zum ${germanDay(addDays(today(), RULES.holdPickupDays))} ab`));
    assert.match(ready?.text ?? '', /\n\nFreundliche Grüße\nBücherei am Markt$/, 'signed by the library the caller names');
    assert.equal(await expireUncollectedHolds(t.db, RULES, libraryMailContext(t.deps)), 0, 'the new hold has its own seven days');
  });
});
