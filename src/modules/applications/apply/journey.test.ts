import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { PATHS } from '../paths';
import { applicationEvents, applications } from '../tables';
import { answer, answerMaengelmeldung, applyTestApp, resumeLinkFor, startAsGuest, startLoggedIn } from './test-support';
import { hiddenValue } from '../../../../tests/support/html';
import { mailsTo } from '../../../../tests/support/mail';
import { citizen } from '../../../../tests/support/people';

describe('applying online', () => {
  let t: Awaited<ReturnType<typeof applyTestApp>>;
  before(async () => {
    t = await applyTestApp();
  });
  beforeEach(() => t.seed());
  after(() => t.close());

  it('shows the start page with what is needed and both ways to start', async () => {
    const page = await t.client().get(PATHS.start('maengelmeldung'));
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h1>Mangel melden<\/h1>/);
    assert.match(page.body, /Anmelden und starten/);
    assert.match(page.body, /href="\/konto\/anmelden\?weiter=%2Fleistungen%2Fmaengelmeldung%2Fantrag"/);
    assert.match(page.body, /Ohne Konto fortfahren/);
    assert.equal((await t.client().get(PATHS.start('gibt-es-nicht'))).statusCode, 404);
  });

  it('offers no guest start where the Leistung requires an account', async () => {
    const client = t.client();
    const page = await client.get(PATHS.start('bewohnerparkausweis'));
    assert.doesNotMatch(page.body, /Ohne Konto fortfahren/);
    await client.get(PATHS.start('maengelmeldung')); // a page with a form: the client now has a CSRF token
    const refused = await client.post(PATHS.start('bewohnerparkausweis'), { email: 'gast@example.org' });
    assert.equal(refused.statusCode, 401);
    assert.equal((await t.db.select().from(applications)).length, 0);
  });

  it('asks a guest for a valid e-mail address (400 with the summary)', async () => {
    const client = t.client();
    await client.get(PATHS.start('maengelmeldung'));
    const response = await client.post(PATHS.start('maengelmeldung'), { email: 'keine-adresse' });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /<title>Fehler: /);
    assert.match(response.body, /Es gibt ein Problem/);
    assert.match(response.body, /href="#email"/);
  });

  it('takes a guest from start to confirmation: draft, resume mail, reference, confirmation mail, receipt', async () => {
    const client = t.client();
    const id = await startAsGuest(client, 'maengelmeldung', 'gast@example.org');
    const [draft] = await t.db.select().from(applications).where(eq(applications.id, id));
    assert.equal(draft!.status, 'draft');
    assert.equal(draft!.guestEmail, 'gast@example.org');
    assert.equal(draft!.departmentId.length > 0, true);
    assert.ok(draft!.guestTokenHash && draft!.guestTokenExpiresAt! > new Date(Date.now() + 29 * 86_400_000));
    const link = await resumeLinkFor(t, 'gast@example.org');
    assert.ok(!draft!.guestTokenHash!.includes(link.split('/').pop()!), 'only the hash is stored');

    const firstPage = await client.get(PATHS.page(id, 'mangel'));
    assert.match(firstPage.body, /Schritt 1 von 3/);
    await answerMaengelmeldung(client, id);
    const check = await client.get(PATHS.check(id));
    assert.equal(check.statusCode, 200);
    assert.match(check.body, /Prüfen Sie Ihre Angaben/);
    assert.match(check.body, new RegExp(`href="${PATHS.page(id, 'mangel')}#`));
    assert.match(check.body, /Antrag absenden/);

    const submitted = await client.post(PATHS.submit(id), { submissionKey: hiddenValue(check.body, 'submissionKey'), declaration: 'ja' });
    assert.equal(submitted.statusCode, 303);
    assert.equal(submitted.headers.location, PATHS.confirmation(id));
    const [row] = await t.db.select().from(applications).where(eq(applications.id, id));
    assert.equal(row!.status, 'submitted');
    assert.match(row!.reference!, /^ISN-\d{4}-\d{6}$/);
    assert.ok(row!.reference!.startsWith(`${t.config.municipality.referencePrefix}-`));
    assert.ok(row!.dueAt! > row!.submittedAt!);
    const events = await t.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, id));
    assert.deepEqual(
      events.map((event) => [event.toStatus, event.visibleToApplicant]),
      [['submitted', true]],
    );

    const confirmation = await client.get(PATHS.confirmation(id));
    assert.equal(confirmation.statusCode, 200);
    assert.match(confirmation.body, new RegExp(row!.reference!));
    const mail = (await mailsTo(t, 'gast@example.org')).at(-1)!;
    assert.match(mail.subject, new RegExp(row!.reference!));
    assert.match(mail.text, /Wie es weitergeht/);
    const statusLink = await resumeLinkFor(t, 'gast@example.org');
    const laterBrowser = t.client();
    assert.equal((await laterBrowser.get(statusLink)).headers.location, PATHS.guestStatus(id), 'the mailed link opens the status of the Antrag');
    const status = await laterBrowser.get(PATHS.guestStatus(id));
    assert.equal(status.statusCode, 200);
    assert.match(status.body, new RegExp(`<h1>Antrag ${row!.reference}</h1>`));
    assert.equal((await laterBrowser.get(PATHS.receipt(id))).statusCode, 200);

    const receipt = await client.get(PATHS.receipt(id));
    assert.equal(receipt.statusCode, 200);
    assert.equal(receipt.headers['content-type'], 'application/pdf');
    assert.match(String(receipt.headers['content-disposition']), new RegExp(`attachment; filename="Eingangsbestaetigung-${row!.reference}\\.pdf"`));
    assert.equal(receipt.rawPayload.subarray(0, 4).toString(), '%PDF');
    assert.ok(receipt.rawPayload.toString('utf8').includes(row!.reference!), 'the reference is in the PDF (XMP metadata, uncompressed)');

    const again = await client.get(PATHS.page(id, 'mangel'));
    assert.equal(again.statusCode, 303, 'a submitted application cannot be edited');
    assert.equal(again.headers.location, PATHS.confirmation(id));
  });

  it('shows errors of a page with HTTP 400, the summary and nothing saved', async () => {
    const client = t.client();
    const id = await startAsGuest(client, 'maengelmeldung', 'gast@example.org');
    const response = await answer(client, id, 'mangel', { description: 'kurz' });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /<title>Fehler: /);
    assert.match(response.body, /Es gibt ein Problem/);
    const [row] = await t.db.select().from(applications).where(eq(applications.id, id));
    assert.deepEqual(row!.answers, {});
  });

  it('lets a guest save, come back by the mailed link, and refuses an expired link', async () => {
    const client = t.client();
    const id = await startAsGuest(client, 'maengelmeldung', 'gast@example.org');
    await answer(client, id, 'mangel', { category: 'muell', description: 'Sperrmüll am Waldrand abgeladen' });
    const saved = await answer(client, id, 'ort', { location: 'Waldweg hinter dem Friedhof', _action: 'spaeter' });
    assert.equal(saved.statusCode, 303);
    const link = await resumeLinkFor(t, 'gast@example.org');

    const otherBrowser = t.client();
    assert.equal((await otherBrowser.get(PATHS.page(id, 'kontakt'))).statusCode, 404, 'no access without the link');
    const resumed = await otherBrowser.get(link);
    assert.equal(resumed.statusCode, 303);
    assert.equal(resumed.headers.location, PATHS.page(id, 'kontakt'));
    assert.equal((await otherBrowser.get(PATHS.page(id, 'kontakt'))).statusCode, 200);

    await t.db
      .update(applications)
      .set({ guestTokenExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(applications.id, id));
    const expired = await t.client().get(link);
    assert.equal(expired.statusCode, 404);
    assert.match(expired.body, /Der Link funktioniert nicht mehr/);
    assert.equal((await t.client().get('/antraege/fortsetzen/erfunden-erfunden-erfunden')).statusCode, 404);
  });

  it('keeps a logged-in draft for later under "Meine Anträge"', async () => {
    const { client, id: userId } = await citizen(t);
    const id = await startLoggedIn(client, 'maengelmeldung');
    const saved = await answer(client, id, 'mangel', { category: 'beleuchtung', description: 'Laterne Nr. 42 brennt seit Tagen nicht', _action: 'spaeter' });
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, PATHS.mine);
    const [row] = await t.db.select().from(applications).where(eq(applications.id, id));
    assert.equal(row!.applicantId, userId);
    assert.equal(row!.guestEmail, null);
    assert.equal((row!.answers as Record<string, unknown>).category, 'beleuchtung');
    assert.equal((await client.get(PATHS.page(id, 'ort'))).statusCode, 200, 'the next page is open now');
  });

  it('lists the pages that still need answers instead of the submit button', async () => {
    const { client } = await citizen(t);
    const id = await startLoggedIn(client, 'bewohnerparkausweis');
    const check = await client.get(PATHS.check(id));
    assert.equal(check.statusCode, 200);
    assert.match(check.body, /Es fehlen noch Angaben/);
    assert.match(check.body, new RegExp(`<li><a href="${PATHS.page(id, 'antrag')}">`));
    assert.doesNotMatch(check.body, />Antrag absenden<\/button>/);
    assert.match(check.body, /30,70\s€/);
    assert.match(check.body, /Sie bezahlen die Gebühr vor dem Absenden online/);
  });
});
