import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { PATHS } from '../paths';
import { notifyApplicant } from './notifications';
import { createApplication } from '../../../../tests/support/applications';
import { outbox } from '../../../../tests/support/mail';
import { citizen } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';

describe('notifyApplicant', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  beforeEach(() => t.reset());
  after(() => t.close());

  it('mails an account holder a link to the application, never the reason given', async () => {
    const person = await citizen(t);
    const application = await createApplication(t, { applicantId: person.id });
    await t.db.transaction((tx) =>
      notifyApplicant(tx, t.config, application, { kind: 'status', to: 'awaiting_citizen', reason: 'Bitte reichen Sie Ihren Fahrzeugschein nach.' }),
    );
    const [mail] = await outbox(t);
    assert.equal(mail?.toAddress, person.email);
    assert.equal(mail?.subject, `Neuer Stand zu Ihrem Antrag ${application.reference}`);
    assert.ok(mail?.textBody.includes(`${t.config.baseUrl}${PATHS.mineDetail(application.id)}`));
    assert.match(mail!.textBody, /Rückfrage/);
    assert.match(mail!.textBody, /Wir brauchen noch etwas von Ihnen/);
    assert.doesNotMatch(mail!.textBody, /Fahrzeugschein/);
  });

  it('never puts the subject or text of a message into the mail', async () => {
    const person = await citizen(t);
    const application = await createApplication(t, { applicantId: person.id });
    await t.db.transaction((tx) => notifyApplicant(tx, t.config, application, { kind: 'message', subject: 'Ihr Einkommensnachweis 2025' }));
    const [mail] = await outbox(t);
    assert.equal(mail?.subject, `Neue Nachricht zu Ihrem Antrag ${application.reference}`);
    assert.doesNotMatch(`${mail?.subject} ${mail?.textBody}`, /Einkommensnachweis/);
  });

  it('points guests to their personal link instead of "Meine Anträge"', async () => {
    const application = await createApplication(t, { guestEmail: 'gast@example.org' });
    await t.db.transaction((tx) => notifyApplicant(tx, t.config, application, { kind: 'bescheid' }));
    const [mail] = await outbox(t);
    assert.equal(mail?.toAddress, 'gast@example.org');
    assert.match(mail!.subject, /Bescheid/);
    assert.match(mail!.textBody, /persönlichen Link/);
    assert.doesNotMatch(mail!.textBody, /\/konto\/antraege/);
  });

  it('states the fee of a payment request in euros', async () => {
    const person = await citizen(t);
    const application = await createApplication(t, { applicantId: person.id });
    await t.db.transaction((tx) => notifyApplicant(tx, t.config, application, { kind: 'payment_requested', amountCents: 3070 }));
    const [mail] = await outbox(t);
    assert.match(mail!.textBody, /30,70\s€/);
  });
});
