import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../kernel/audit';
import { errorMessages, errorSummary, parseHtml, textOf } from '../../../tests/support/html';
import { citizen, personWith } from '../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { FORMS } from './abuse';
import { PATHS } from './paths';
import { DUPLICATE_IDEA } from './use-cases/submit-idea';
import { participationIdeas } from './tables';
import { insertComment, insertIdea, insertMeasures, personFields, useSettings } from './test-support';

const IDEA = {
  titel: 'WLAN in allen Bussen',
  text: 'In den Stadtbussen gibt es kein freies WLAN. Schülerinnen und Schüler könnten die Fahrt nutzen.',
  name_zeigen: 'ja',
};

describe('participation: submitting and reading ideas', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(async () => {
    await t.reset();
    useSettings(t, {});
  });
  after(() => t.close());

  const submit = async (person: Awaited<ReturnType<typeof citizen>>, form: Record<string, string>) => {
    await person.get(PATHS.newIdea);
    return person.post(PATHS.newIdea, { ...personFields(t, FORMS.idea), ...form });
  };

  it('sends visitors to the login and tells an unconfirmed account what to do', async () => {
    const visitor = await t.client().get(PATHS.newIdea);
    assert.equal(visitor.statusCode, 303);
    assert.match(String(visitor.headers.location), /^\/konto\/anmelden\?weiter=/);
    const unconfirmed = await personWith(t, 'citizen', { emailVerified: false });
    const page = await unconfirmed.get(PATHS.newIdea);
    assert.equal(page.statusCode, 403);
    assert.match(page.body, /Bestätigen Sie zuerst Ihre E-Mail-Adresse/);
    assert.equal((await unconfirmed.post(PATHS.newIdea, { ...personFields(t, FORMS.idea), ...IDEA })).statusCode, 403);
    assert.equal((await t.db.select().from(participationIdeas)).length, 0);
  });

  it('keeps a pre-moderated idea to its author and the moderators until it is approved, and audits it', async () => {
    const fixture = await insertMeasures(t);
    const person = await citizen(t, { displayName: 'Jonas Becker' });
    const sent = await submit(person, { ...IDEA, massnahme: fixture.wifi.id });
    assert.equal(sent.statusCode, 303, sent.body.slice(0, 2000));
    const [idea] = await t.db.select().from(participationIdeas);
    assert.equal(idea?.visibility, 'pending');
    assert.equal(idea?.authorName, 'Jonas Becker');
    assert.equal(idea?.measureId, fixture.wifi.id);
    assert.equal(sent.headers.location, PATHS.idea(idea!.id));

    const own = await person.get(PATHS.idea(idea!.id));
    assert.equal(own.statusCode, 200);
    assert.match(own.body, /Ihr Vorschlag ist eingegangen/);
    assert.match(textOf(own.body), /wartet auf die Freigabe/);
    assert.match(own.body, /href="\/digitalisierung\/massnahmen\/freies-wlan-und-freifunk">Freies WLAN in der Innenstadt<\/a>/);
    assert.equal((await t.client().get(PATHS.idea(idea!.id))).statusCode, 404, 'hidden from visitors');
    assert.equal((await (await citizen(t)).get(PATHS.idea(idea!.id))).statusCode, 404, 'and from other citizens');
    assert.doesNotMatch((await t.client().get(PATHS.public)).body, /WLAN in allen Bussen/);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'participation.idea.submitted'));
    assert.equal(entry?.objectId, idea!.id);
  });

  it('publishes at once when ideas are post-moderated, and shows "anonym" when the name is not to be shown', async () => {
    useSettings(t, { preModerateIdeas: false });
    const person = await citizen(t, { displayName: 'Jonas Becker' });
    assert.equal((await submit(person, { ...IDEA, name_zeigen: 'nein' })).statusCode, 303);
    const [idea] = await t.db.select().from(participationIdeas);
    assert.equal(idea?.visibility, 'published');
    assert.equal(idea?.reviewedAt, null, 'still in the moderation queue');
    const page = await t.client().get(PATHS.idea(idea!.id));
    assert.equal(page.statusCode, 200);
    assert.match(textOf(page.body), /Eingereicht am [\d.]+ von anonym/);
    assert.doesNotMatch(page.body, /Jonas Becker/);
  });

  it('escapes markup and never makes a link clickable', async () => {
    useSettings(t, { preModerateIdeas: false });
    const person = await citizen(t);
    const hostile = {
      titel: '<script>alert(1)</script> Idee',
      text: 'Siehe <a href="https://spam.example">hier</a> und https://spam.example/kaufen <img src=x onerror=alert(1)>',
      name_zeigen: 'ja',
    };
    assert.equal((await submit(person, hostile)).statusCode, 303);
    const [idea] = await t.db.select().from(participationIdeas);
    const page = await t.client().get(PATHS.idea(idea!.id));
    assert.doesNotMatch(page.body, /<script>alert/);
    assert.doesNotMatch(page.body, /<img src=x/);
    const main = parseHtml(page.body).querySelector('main')!;
    assert.equal(main.querySelector('h1')?.text, '<script>alert(1)</script> Idee', 'shown as the text typed');
    assert.equal(main.querySelectorAll('script, img').length, 0);
    assert.equal(main.querySelectorAll('a[href^="https://spam.example"]').length, 0);
  });

  it('answers bad input with the form again (400), an error summary and the input kept', async () => {
    const person = await citizen(t);
    const cases: Array<[Record<string, string>, string[]]> = [
      [{}, ['Geben Sie einen Titel an.', 'Geben Sie Ihren Vorschlag an.', 'Wählen Sie aus, ob Ihr Name beim Vorschlag stehen soll.']],
      [{ ...IDEA, titel: 'x'.repeat(121) }, ['Kürzen Sie einen Titel auf höchstens 120 Zeichen.']],
      [{ ...IDEA, text: 'Zu kurz' }, ['Schreiben Sie Ihren Vorschlag mit mindestens 20 Zeichen, damit andere verstehen, worum es geht.']],
      [{ ...IDEA, text: 'x'.repeat(4001) }, ['Kürzen Sie Ihren Vorschlag auf höchstens 4.000 Zeichen.']],
      [{ ...IDEA, massnahme: 'keine-uuid' }, ['Wählen Sie eine Maßnahme aus der Liste oder „Keine bestimmte Maßnahme“.']],
      [
        { ...IDEA, massnahme: '00000000-0000-4000-8000-000000000000' },
        ['Diese Maßnahme gibt es nicht mehr. Wählen Sie eine aus der Liste oder „Keine bestimmte Maßnahme“.'],
      ],
      [{ ...IDEA, name_zeigen: 'vielleicht' }, ['Wählen Sie aus, ob Ihr Name beim Vorschlag stehen soll.']],
    ];
    for (const [form, messages] of cases) {
      const page = await submit(person, form);
      assert.equal(page.statusCode, 400, JSON.stringify(form).slice(0, 100));
      assert.deepEqual(errorMessages(page.body), messages);
      assert.match(page.body, /<title>Fehler: /);
      if (form.titel) assert.ok(page.body.includes(`value="${form.titel}"`), 'the title is kept');
    }
    assert.equal((await t.db.select().from(participationIdeas)).length, 0);
  });

  it('refuses the same text twice, blocked words and a filled-in honeypot', async () => {
    useSettings(t, { blockedWords: ['depp'] });
    const person = await citizen(t);
    assert.equal((await submit(person, IDEA)).statusCode, 303);
    const again = await submit(await citizen(t), { ...IDEA, titel: 'Anderer Titel', text: `  ${IDEA.text.toUpperCase()}!! ` });
    assert.equal(again.statusCode, 400);
    assert.deepEqual(errorMessages(again.body), [DUPLICATE_IDEA]);
    const rude = await submit(person, { ...IDEA, text: 'Der Depp im Rathaus soll endlich WLAN einrichten, sagt die Stadt.' });
    assert.equal(rude.statusCode, 400);
    assert.match(errorMessages(rude.body)[0]!, /Wort, das wir hier nicht veröffentlichen/);
    const bot = await person.post(PATHS.newIdea, {
      ...personFields(t, FORMS.idea),
      homepage: 'https://spam.example',
      ...IDEA,
      text: `${IDEA.text} Noch mehr.`,
    });
    assert.equal(bot.statusCode, 400);
    assert.equal(errorSummary(bot.body)[0]?.href, '#formular-pruefung');
    assert.equal((await t.db.select().from(participationIdeas)).length, 1);
  });

  it('stops a flood of ideas from one account with the allowance (429)', async () => {
    useSettings(t, { preModerateIdeas: false });
    const person = await citizen(t);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await submit(person, { ...IDEA, text: `${IDEA.text} Variante ${i}.` })).statusCode);
    assert.deepEqual(statuses, [303, 303, 303, 303, 303, 429]);
    assert.equal((await t.db.select().from(participationIdeas)).length, 5);
  });

  it('lists published ideas newest or most supported first, filters by measure and status, and pages', async () => {
    const fixture = await insertMeasures(t);
    const day = 24 * 60 * 60 * 1000;
    await insertIdea(t, {
      title: 'Alt und beliebt',
      supportCount: 50,
      createdAt: new Date(Date.now() - 3 * day),
      measureId: fixture.wifi.id,
      status: 'adopted',
    });
    const fresh = await insertIdea(t, { title: 'Neu', supportCount: 1, createdAt: new Date(Date.now() - day) });
    await insertComment(t, { ideaId: fresh.id });
    await insertComment(t, { ideaId: fresh.id, visibility: 'hidden' });
    await insertComment(t, { ideaId: fresh.id, deletedAt: new Date() });
    await insertIdea(t, { title: 'Wartet noch', visibility: 'pending', reviewedAt: null });
    await insertIdea(t, { title: 'Ausgeblendet', visibility: 'hidden', hiddenReason: 'Werbung' });
    const titles = async (url: string) =>
      parseHtml((await t.client().get(url)).body)
        .querySelectorAll('.idea-list h3 a')
        .map((link) => link.text);
    assert.deepEqual(await titles(PATHS.public), ['Neu', 'Alt und beliebt']);
    assert.match(
      textOf((await t.client().get(PATHS.public)).body),
      /Neu Eingereicht 1 Unterstützung, 1 Kommentar,/,
      'hidden and deleted comments are not counted',
    );
    assert.deepEqual(await titles(`${PATHS.public}?sortierung=unterstuetzt`), ['Alt und beliebt', 'Neu']);
    assert.deepEqual(await titles(`${PATHS.public}?massnahme=freies-wlan-und-freifunk`), ['Alt und beliebt']);
    assert.deepEqual(await titles(`${PATHS.public}?massnahme=digitale-akte`), [], 'an unpublished measure filters to nothing');
    assert.deepEqual(await titles(`${PATHS.public}?status=adopted`), ['Alt und beliebt']);
    for (const odd of ['?seite=-1', '?seite=99999', '?status=<b>', '?sortierung[]=x', '?massnahme=%00', '?seite=2']) {
      const response = await t.client().get(`${PATHS.public}${odd}`);
      assert.ok([200, 400].includes(response.statusCode), `${odd}: ${response.statusCode}`);
    }
    for (let i = 0; i < 21; i++) await insertIdea(t, { title: `Viele ${i}` });
    const first = await t.client().get(PATHS.public);
    assert.match(textOf(first.body), /Gefunden: 23 Vorschläge/);
    assert.match(first.body, /href="\/mitmachen\?seite=2"/);
    assert.equal((await titles(`${PATHS.public}?seite=2`)).length, 3);
  });

  it('finds published ideas in the portal search, by word prefix, and nothing else', async () => {
    await insertIdea(t, { title: 'Freies WLAN in allen Stadtbussen', body: 'Damit Pendlerinnen unterwegs lernen können.' });
    await insertIdea(t, { title: 'WLAN, noch nicht freigegeben', visibility: 'pending', reviewedAt: null });
    await insertIdea(t, { title: 'WLAN-Werbung', visibility: 'hidden', hiddenReason: 'Werbung' });
    const page = await t.client().get('/suche?q=stadtbus');
    assert.equal(page.statusCode, 200);
    assert.match(textOf(page.body), /Vorschläge \(Mitmachen\)/);
    assert.match(page.body, /Freies WLAN in allen Stadtbussen/);
    const wlan = await t.client().get('/suche?q=wlan');
    assert.doesNotMatch(wlan.body, /noch nicht freigegeben|WLAN-Werbung/);
  });
});
