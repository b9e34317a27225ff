import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { mailsTo } from '../../../../tests/support/mail';
import { citizen } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { LENDING_PATHS } from '../paths';
import { germanDay } from '../presenters';
import { insertReader, lentCopy, TEST_PIN } from '../test-support';
import { sendLoanReminders } from './reminders';
import { addDays, today } from './rules';

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
  });

  it('reminds the new due date again after a renewal', async () => {
    const reader = await insertReader(t, { email: 'leser@example.org' });
    const { record, item } = await lentCopy(t, reader, 'Verlängert', 2);
    assert.equal(await sendLoanReminders(t.deps), 1);
    const client = t.client();
    await client.submit(LENDING_PATHS.login, { cardNumber: reader.cardNumber, pin: TEST_PIN });
    await client.get(LENDING_PATHS.account);
    assert.equal(
      (await client.post(LENDING_PATHS.renew, { item: `${t.config.baseUrl}${LENDING_PATHS.record(record.id)}#exemplar-${item.barcode}` })).statusCode,
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
