import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { SPAM_ERROR_KEY, SPAM_FIELDS } from '../../../kernel/http';
import { SAMPLE_FILES, storedBytes } from '../../../../tests/support/files';
import { errorSummary, parseHtml } from '../../../../tests/support/html';
import { lastMailTo, outbox } from '../../../../tests/support/mail';
import type { TestApp } from '../../../../tests/support/test-app';
import { wlanGapReports } from '../tables';
import { createGapTestApp, personFields } from './test-support';

const FORM = '/wlan/luecke-melden';
const JPEG = Buffer.concat([Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'), Buffer.alloc(64), Buffer.from('ffd9', 'hex')]);

describe('WLAN-Lücke melden', () => {
  let t: TestApp;
  before(async () => (t = await createGapTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  async function send(fields: Record<string, string>, files: { field: string; filename: string; bytes: Buffer }[] = [], client = t.client(), secondsAgo = 30) {
    await client.get(FORM);
    return client.postMultipart(FORM, { ...personFields(t, secondsAgo), ...fields }, files);
  }

  it('shows a multipart form with labelled fields, the spam guard and no account needed', async () => {
    const response = await t.client().get(FORM);
    assert.equal(response.statusCode, 200);
    const form = parseHtml(response.body).querySelector('form[action="/wlan/luecke-melden"]');
    assert.equal(form?.getAttribute('enctype'), 'multipart/form-data');
    for (const field of ['ort', 'beschreibung', 'foto', 'email']) assert.ok(form?.querySelector(`label[for="${field}"]`), field);
    assert.equal(form?.querySelector('#foto')?.getAttribute('accept'), 'image/jpeg,image/png');
    assert.ok(form?.querySelector(`input[name="${SPAM_FIELDS.stamp}"]`));
    assert.equal(form?.querySelector(`input[name="${SPAM_FIELDS.trap}"]`)?.getAttribute('tabindex'), '-1');
    assert.match(response.body, /löschen wir 90 Tage nachdem die Meldung abgeschlossen ist/);
  });

  it('answers missing input with 400, the error summary and the input kept', async () => {
    const response = await send({ ort: '', beschreibung: '', email: 'keine-adresse' });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /<title>Fehler: WLAN-Lücke melden/);
    assert.deepEqual(
      errorSummary(response.body).map((entry) => entry.href),
      ['#ort', '#beschreibung', '#email'],
    );
    assert.match(response.body, /value="keine-adresse"/);
    assert.equal((await t.db.select().from(wlanGapReports)).length, 0);
  });

  it('says when a place is not in the street list', async () => {
    const response = await send({ ort: 'Mondstraße 3', beschreibung: 'Bushaltestelle' });
    assert.equal(response.statusCode, 400);
    assert.match(errorSummary(response.body)[0]?.text ?? '', /^Wir finden diesen Ort nicht im Straßenverzeichnis/);
  });

  it('offers "Meinten Sie …" when several places match, and takes the one chosen', async () => {
    const client = t.client();
    const first = await send({ ort: 'Hauptstraße', beschreibung: 'Spielplatz' }, [], client);
    assert.equal(first.statusCode, 400);
    const choices = parseHtml(first.body)
      .querySelectorAll('input[name="ortswahl"]')
      .map((input) => input.getAttribute('value'));
    assert.deepEqual(choices, ['Hauptstraße (58640 Hennen)', 'Hauptstraße (58642 Letmathe)']);
    assert.match(first.body, /<legend class="legend">Meinten Sie …<\/legend>/);
    const second = await client.postMultipart(FORM, {
      ...personFields(t),
      ort: 'Hauptstraße',
      ortswahl: 'Hauptstraße (58642 Letmathe)',
      beschreibung: 'Spielplatz',
    });
    assert.equal(second.statusCode, 303);
    const [report] = await t.db.select().from(wlanGapReports);
    assert.equal(report?.place, 'Hauptstraße (58642 Letmathe)');
    assert.deepEqual([report?.longitude, report?.latitude], [7.6108, 51.3705]);
  });

  it('stores a report without photo, gives a yearly reference, mails a receipt and shows the confirmation', async () => {
    const response = await send({ ort: 'schillerplatz 7', beschreibung: 'Bushaltestelle vor dem Rathaus', email: 'Erika@Example.org' });
    assert.equal(response.statusCode, 303);
    const year = new Date().getFullYear();
    assert.equal(response.headers.location, `/wlan/luecke-melden/bestaetigung?nummer=WLAN-${year}-0001`);
    const [report] = await t.db.select().from(wlanGapReports);
    assert.equal(report?.place, 'Schillerplatz 7 (58636 Innenstadt)');
    assert.deepEqual([report?.longitude, report?.latitude], [7.6961, 51.3757]);
    assert.equal(report?.state, 'new');
    assert.equal(report?.contactEmail, 'erika@example.org');
    assert.equal(report?.photoKey, null);

    const mail = await lastMailTo(t, 'erika@example.org');
    assert.equal(mail.subject, `Ihre Meldung einer WLAN-Lücke: WLAN-${year}-0001`);
    assert.doesNotMatch(mail.text, /Bushaltestelle/, 'the receipt repeats nothing the person typed');

    const confirmation = await t.client().get(String(response.headers.location));
    assert.match(confirmation.body, new RegExp(`<strong>WLAN-${year}-0001</strong>`));
    assert.doesNotMatch((await t.client().get('/wlan/luecke-melden/bestaetigung?nummer=<b>')).body, /<strong>&lt;b&gt;/);

    const next = await send({ ort: 'Bahnhofsplatz', beschreibung: 'Busbahnhof' });
    assert.equal(next.headers.location, `/wlan/luecke-melden/bestaetigung?nummer=WLAN-${year}-0002`);
    assert.equal((await outbox(t)).length, 1, 'no mail without an address');
  });

  it('keeps a JPEG or PNG photo in the file store and refuses other files by their content', async () => {
    const png = await send({ ort: 'Bahnhofsplatz', beschreibung: 'Busbahnhof' }, [{ field: 'foto', filename: 'ort.png', bytes: SAMPLE_FILES.png }]);
    assert.equal(png.statusCode, 303);
    const jpeg = await send({ ort: 'Schillerplatz', beschreibung: 'Rathaus' }, [{ field: 'foto', filename: 'ort.jpg', bytes: JPEG }]);
    assert.equal(jpeg.statusCode, 303);
    const reports = await t.db.select().from(wlanGapReports);
    assert.deepEqual(reports.map((report) => report.photoContentType).sort(), ['image/jpeg', 'image/png']);
    for (const report of reports) assert.ok(await storedBytes(t.deps.files, report.photoKey!), 'the photo is kept');

    const disguised = await send({ ort: 'Bahnhofsplatz', beschreibung: 'Busbahnhof' }, [{ field: 'foto', filename: 'foto.jpg', bytes: SAMPLE_FILES.exe }]);
    assert.equal(disguised.statusCode, 400);
    assert.match(errorSummary(disguised.body).find((entry) => entry.href === '#foto')?.text ?? '', /JPEG- oder PNG-Bild/);
    const pdf = await send({ ort: 'Bahnhofsplatz', beschreibung: 'Busbahnhof' }, [{ field: 'foto', filename: 'foto.pdf', bytes: SAMPLE_FILES.pdf }]);
    assert.equal(pdf.statusCode, 400);
    assert.equal((await t.db.select().from(wlanGapReports)).length, 2);
  });

  it('asks for the photo again when the form comes back for another reason', async () => {
    const response = await send({ ort: '', beschreibung: 'Busbahnhof' }, [{ field: 'foto', filename: 'ort.png', bytes: SAMPLE_FILES.png }]);
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /Sie hatten ein Foto ausgewählt\. Wählen Sie es bitte noch einmal aus/);
  });

  describe('spam protection', () => {
    const refusal = (body: string) => errorSummary(body).find((entry) => entry.href === `#${SPAM_ERROR_KEY}`)?.text ?? '';

    it('refuses a filled-in honeypot and a form sent too fast with the same message, keeping the input', async () => {
      const trapped = await send({ ort: 'Bahnhofsplatz', beschreibung: 'Busbahnhof', [SPAM_FIELDS.trap]: 'https://spam.example' });
      assert.equal(trapped.statusCode, 400);
      assert.match(refusal(trapped.body), /^Wir konnten das Formular nicht annehmen/);
      assert.match(trapped.body, />Busbahnhof<\/textarea>/);
      const hasty = await send({ ort: 'Bahnhofsplatz', beschreibung: 'Busbahnhof' }, [], t.client(), 0);
      assert.equal(hasty.statusCode, 400);
      assert.equal(refusal(hasty.body), refusal(trapped.body));
      assert.equal((await t.db.select().from(wlanGapReports)).length, 0);
    });

    it("refuses the page's own stamp sent at once, a forged one and an expired one", async () => {
      const client = t.client();
      const page = await client.get(FORM);
      const stamp = parseHtml(page.body).querySelector(`input[name="${SPAM_FIELDS.stamp}"]`)?.getAttribute('value') ?? '';
      const atOnce = await client.postMultipart(FORM, { [SPAM_FIELDS.stamp]: stamp, [SPAM_FIELDS.trap]: '', ort: 'Bahnhofsplatz', beschreibung: 'Busbahnhof' });
      assert.equal(atOnce.statusCode, 400);
      const forged = await send({ ort: 'Bahnhofsplatz', beschreibung: 'Busbahnhof', [SPAM_FIELDS.stamp]: `${Date.now() - 60_000}.${'A'.repeat(43)}` });
      assert.equal(forged.statusCode, 400);
      const expired = await send({ ort: 'Bahnhofsplatz', beschreibung: 'Busbahnhof' }, [], t.client(), 5 * 3600);
      assert.equal(expired.statusCode, 400);
      assert.match(refusal(expired.body), /senden Sie das Formular noch einmal ab/);
      assert.equal((await t.db.select().from(wlanGapReports)).length, 0);
    });

    it('takes five reports an hour from one address, then refuses with the form again', async () => {
      for (let i = 0; i < 5; i += 1) assert.equal((await send({ ort: 'Bahnhofsplatz', beschreibung: `Meldung ${i}` })).statusCode, 303);
      const sixth = await send({ ort: 'Bahnhofsplatz', beschreibung: 'Meldung 6' });
      assert.equal(sixth.statusCode, 400);
      assert.match(refusal(sixth.body), /^Wir konnten das Formular nicht annehmen/);
      assert.equal((await t.db.select().from(wlanGapReports).where(eq(wlanGapReports.description, 'Meldung 6'))).length, 0);
    });
  });
});
