import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { errorSummary, links, textOf } from '../../../../tests/support/html';
import { citizen } from '../../../../tests/support/people';
import { PAGE_PATHS, SEARCH_PATHS } from '../paths';
import { councilLocations, councilMeetings, councilPaperLocations, councilPapers, councilPersons } from '../tables';
import { councilPagesContext } from './test-context';
import { linkMember } from './test-support';

describe('/rat: the council pages', () => {
  const { context, get } = councilPagesContext();
  /** The page's own content, without header and footer (the footer names the town hall's phone). */
  const mainText = (html: string) => textOf(/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '');

  it('is under the navigation entry "Transparenz" and shows the next meetings, the latest public papers, the Gremien and every way on', async () => {
    const { statusCode, body } = await get(PAGE_PATHS.home);
    assert.equal(statusCode, 200);
    assert.match(body, /<a href="\/transparenz" aria-current="page">Transparenz<\/a>/);
    const text = textOf(body);
    assert.match(text, /5\. Sitzung des Ausschusses für Planung und Stadtentwicklung/);
    assert.doesNotMatch(text, /12\. Sitzung des Rates/, 'a past meeting is not "next"');
    assert.match(text, /Verbreiterung des Radwegs an der Baarstraße/);
    assert.doesNotMatch(text, /Verkauf einer Teilfläche/, 'a non-public paper is never listed');
    for (const href of [
      '/rat/sitzungen',
      '/rat/suche',
      '/rat/karte',
      '/rat/gremien',
      '/rat/sitzungen.ics',
      '/rat/sitzungen.atom',
      '/rat/vorlagen.atom',
      '/oparl/v1/system',
    ]) {
      assert.match(body, new RegExp(`href="${href.replace(/\./g, '\\.')}"`), href);
    }
    assert.match(body, /href="\/rat\/gremien\/aps">Ausschuss für Planung und Stadtentwicklung/);
  });

  it('names the area in the breadcrumbs as the navigation does ("Politik"), while titles keep the service\'s name', async () => {
    const entry = context.t.deps.navigation.find((item) => item.href === PAGE_PATHS.home)!;
    assert.equal(entry.label, 'Politik');
    const trails: Record<string, string[]> = {
      [PAGE_PATHS.meetings]: ['Startseite', 'Transparenz', 'Politik'],
      [PAGE_PATHS.meeting(context.council.meeting.id)]: ['Startseite', 'Transparenz', 'Politik', 'Sitzungskalender'],
      [PAGE_PATHS.paper(context.council.papers.publicId)]: ['Startseite', 'Transparenz', 'Politik'],
      [PAGE_PATHS.organization('aps')]: ['Startseite', 'Transparenz', 'Politik', 'Gremien'],
      [PAGE_PATHS.person(context.council.persons.anna)]: ['Startseite', 'Transparenz', 'Politik', 'Gremien'],
      [PAGE_PATHS.map]: ['Startseite', 'Transparenz', 'Politik'],
      [SEARCH_PATHS.search]: ['Startseite', 'Transparenz', 'Politik'],
      [SEARCH_PATHS.alerts]: ['Startseite', 'Transparenz', 'Politik'],
    };
    for (const [path, trail] of Object.entries(trails)) {
      const { body } = await get(path);
      assert.deepEqual(
        links(body, '.breadcrumbs a').map((link) => link.text),
        trail,
        path,
      );
    }
    assert.match((await get(PAGE_PATHS.map)).body, /<title>Karte der Ratsinformation – /);
  });

  it('lists the coming meetings by default and the past ones on request, cancelled ones marked', async () => {
    const upcoming = await get(PAGE_PATHS.meetings);
    assert.equal(upcoming.statusCode, 200);
    assert.match(textOf(upcoming.body), /Kommende Sitzungen: 1/);
    assert.doesNotMatch(upcoming.body, /12\. Sitzung des Rates/);
    const past = await get(`${PAGE_PATHS.meetings}?zeit=vergangen`);
    assert.match(textOf(past.body), /Vergangene Sitzungen: 1/);
    assert.match(past.body, /12\. Sitzung des Rates/);
    assert.match(past.body, /<strong class="tag tag--danger">Abgesagt<\/strong>/);
    assert.match(past.body, /Rathaus, Ratssaal, Schillerplatz 7, 58636 Iserlohn/);
  });

  it('filters by Gremium, and a value it cannot read gives the form again with an error summary (400)', async () => {
    const rat = await get(`${PAGE_PATHS.meetings}?gremium=rat&zeit=vergangen`);
    assert.match(rat.body, /12\. Sitzung des Rates/);
    const committee = await get(`${PAGE_PATHS.meetings}?gremium=aps&zeit=vergangen`);
    assert.doesNotMatch(committee.body, /12\. Sitzung des Rates/);
    assert.match(committee.body, /href="\/rat\/gremien\/aps\/sitzungen\.ics"/, 'the filtered calendar offers the Gremium feed');
    const unknown = await get(`${PAGE_PATHS.meetings}?gremium=gibt-es-nicht`);
    assert.equal(unknown.statusCode, 400);
    assert.deepEqual(
      errorSummary(unknown.body).map((entry) => entry.text),
      ['Wählen Sie ein Gremium aus der Liste.'],
    );
    const month = await get(`${PAGE_PATHS.meetings}?monat=13.2026`);
    assert.equal(month.statusCode, 400);
    assert.deepEqual(
      errorSummary(month.body).map((entry) => entry.text),
      ['Geben Sie den Monat so an: 03.2026.'],
    );
    assert.equal((await get(`${PAGE_PATHS.meetings}?seite=0`)).statusCode, 400);
    const beyond = await get(`${PAGE_PATHS.meetings}?seite=9`);
    assert.equal(beyond.statusCode, 303);
    assert.equal(beyond.headers.location, PAGE_PATHS.meetings);
  });

  it('shows a month as a table of weeks with the meetings on their days and links to the months around it', async () => {
    const start = (
      await context.t.db.select({ start: councilMeetings.start }).from(councilMeetings).where(eq(councilMeetings.id, context.council.meeting.id))
    )[0]!.start!;
    const month = start.toISOString().slice(0, 7);
    const { statusCode, body } = await get(`${PAGE_PATHS.meetings}?monat=${month.split('-').reverse().join('.')}`);
    assert.equal(statusCode, 200);
    assert.match(body, /<table class="table month-grid">/);
    assert.match(body, /<th scope="col"><abbr title="Montag">Mo<\/abbr><\/th>/);
    assert.match(body, new RegExp(`href="/rat/sitzungen/${context.council.meeting.id}"`));
    assert.match(body, /rel="prev"/);
    assert.match(body, /rel="next"/);
  });

  it('shows a meeting with its Gremium, place, public agenda and paper, and to visitors only that a non-public part exists', async () => {
    const { statusCode, body } = await get(PAGE_PATHS.meeting(context.council.meeting.id));
    assert.equal(statusCode, 200);
    const text = textOf(body);
    assert.match(text, /Ausschuss für Planung und Stadtentwicklung/);
    assert.match(text, /Rathaus, Ratssaal/);
    assert.match(text, /Ö 1 Verbreiterung des Radwegs/);
    assert.match(body, new RegExp(`href="/rat/vorlagen/${context.council.papers.publicId}"`));
    assert.doesNotMatch(text, /Verkauf einer Teilfläche/);
    assert.match(text, /nicht öffentlichen Teil/);
  });

  it('shows a council member of the Gremium the non-public items, marked, and never serves that page to visitors', async () => {
    await get(PAGE_PATHS.meeting(context.council.meeting.id)); // the anonymous page is now in the cache
    const anna = await citizen(context.t);
    await linkMember(context.t.db, anna.id, context.council.persons.anna);
    await context.t.settled();
    const member = await anna.get(PAGE_PATHS.meeting(context.council.meeting.id));
    assert.match(textOf(member.body), /N 1 Verkauf einer Teilfläche nicht öffentlich/);
    assert.match(member.body, new RegExp(`href="/rat/vorlagen/${context.council.papers.nonPublicId}"`));
    const visitor = await get(PAGE_PATHS.meeting(context.council.meeting.id));
    assert.doesNotMatch(textOf(visitor.body), /Verkauf einer Teilfläche/);
  });

  it('shows a paper with its facts, files and consultation history', async () => {
    const { statusCode, body } = await get(PAGE_PATHS.paper(context.council.papers.publicId));
    assert.equal(statusCode, 200);
    const text = textOf(body);
    assert.match(text, /Drucksachennummer V\/2026\/0012/);
    assert.match(text, /Beschlussvorlage/);
    assert.match(text, /Federführend Ausschuss für Planung und Stadtentwicklung/);
    assert.match(body, new RegExp(`href="/rat/dokumente/${context.council.files.publicId}">Vorlage Radweg Baarstraße \\(PDF\\)`));
    assert.match(text, /Vorberatung, berät/);
    assert.match(text, /Entscheidung, entscheidet/);
    assert.match(text, /Noch nicht terminiert/);
  });

  it('answers 410 for deleted objects and 404 for unknown or malformed ids', async () => {
    await context.t.db.update(councilMeetings).set({ deleted: true }).where(eq(councilMeetings.id, context.council.meeting.id));
    await context.t.db.update(councilPapers).set({ deleted: true }).where(eq(councilPapers.id, context.council.papers.publicId));
    await context.t.db.update(councilPersons).set({ deleted: true }).where(eq(councilPersons.id, context.council.persons.beate));
    const gone = await get(PAGE_PATHS.meeting(context.council.meeting.id));
    assert.equal(gone.statusCode, 410);
    assert.match(textOf(gone.body), /Diese Sitzung wurde aus dem Ratsinformationssystem gelöscht/);
    assert.equal((await get(PAGE_PATHS.paper(context.council.papers.publicId))).statusCode, 410);
    assert.equal((await get(PAGE_PATHS.person(context.council.persons.beate))).statusCode, 410);
    assert.equal((await get(PAGE_PATHS.meeting('00000000-0000-4000-8000-000000000000'))).statusCode, 404);
    assert.equal((await get(PAGE_PATHS.paper('keine-id'))).statusCode, 404);
    assert.equal((await get(PAGE_PATHS.organization('Gibt es nicht'))).statusCode, 404);
  });

  it('lists the Gremien by group and shows a Gremium with its members, meetings and calendar', async () => {
    const list = await get(PAGE_PATHS.organizations);
    const text = textOf(list.body);
    assert.ok(text.indexOf('Rat Rat der Stadt Iserlohn') < text.indexOf('Ausschüsse Ausschuss für Planung'), text);
    assert.match(text, /Fraktionen Fraktion Bündnis 90\/Die Grünen/);
    const committee = await get(PAGE_PATHS.organization('aps'));
    assert.equal(committee.statusCode, 200);
    const page = textOf(committee.body);
    assert.match(page, /Anna Muster Vorsitzende ja 01\.11\.2025/);
    assert.doesNotMatch(page, /Beate Beispiel/);
    assert.match(page, /5\. Sitzung des Ausschusses/);
    assert.match(committee.body, /href="\/rat\/gremien\/aps\/sitzungen\.ics"/);
  });

  it('shows a person with the memberships, and no e-mail or phone the source did not publish', async () => {
    const { body } = await get(PAGE_PATHS.person(context.council.persons.anna));
    const text = mainText(body);
    assert.match(text, /Frau Anna Muster/);
    assert.match(text, /Ausschuss für Planung und Stadtentwicklung Vorsitzende/);
    assert.doesNotMatch(text, /E-Mail|Telefon/);
    await context.t.db
      .update(councilPersons)
      .set({ email: ['anna.muster@example.org'] })
      .where(eq(councilPersons.id, context.council.persons.anna));
    assert.match(mainText((await get(PAGE_PATHS.person(context.council.persons.anna))).body), /E-Mail anna\.muster@example\.org/);
  });

  it('draws the places of meetings and papers on the map and lists what happened at each, linked', async () => {
    const { statusCode, body } = await get(PAGE_PATHS.map);
    assert.equal(statusCode, 200);
    assert.match(body, /<svg class="map__svg"/);
    assert.match(textOf(body), /Orte: 1/);
    assert.match(body, new RegExp(`href="/rat/sitzungen/${context.council.meeting.id}"`));
    assert.match(body, new RegExp(`href="/rat/sitzungen/${context.council.pastMeetingId}"`));
  });

  it('draws an area a paper is about as an area, and keeps a place whose geometry it cannot read in the list', async () => {
    const [area] = await context.t.db
      .insert(councilLocations)
      .values({
        bodyId: context.council.bodyId,
        description: 'Bebauungsplan Nr. 42 „Am Seilersee“',
        geojson: {
          type: 'Feature',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [7.7, 51.37],
                [7.71, 51.37],
                [7.71, 51.38],
                [7.7, 51.37],
              ],
            ],
          },
        },
      })
      .returning({ id: councilLocations.id });
    const [broken] = await context.t.db
      .insert(councilLocations)
      .values({ bodyId: context.council.bodyId, description: 'Irgendwo', geojson: { type: 'Feature', geometry: { type: 'Point', coordinates: [700, 99] } } })
      .returning({ id: councilLocations.id });
    await context.t.db.insert(councilPaperLocations).values([
      { paperId: context.council.papers.publicId, locationId: area!.id },
      { paperId: context.council.papers.publicId, locationId: broken!.id },
      { paperId: context.council.papers.nonPublicId, locationId: area!.id },
    ]);
    const { body } = await get(PAGE_PATHS.map);
    assert.match(body, /<path class="map__area"/);
    const text = mainText(body);
    assert.match(text, /Orte: 3/);
    assert.match(text, /Irgendwo Die Lage dieses Ortes lässt sich nicht auf der Karte zeigen/);
    assert.doesNotMatch(text, /Verkauf einer Teilfläche/, 'a non-public paper stays off the map');
    assert.match(mainText((await get(PAGE_PATHS.paper(context.council.papers.publicId))).body), /Betrifft den Ort Bebauungsplan Nr\. 42/);
  });

  it('keeps anonymous pages until a council table changes', async () => {
    const first = await get(PAGE_PATHS.meeting(context.council.meeting.id));
    assert.match(first.body, /5\. Sitzung/);
    await context.t.db.update(councilMeetings).set({ name: 'Sondersitzung' }).where(eq(councilMeetings.id, context.council.meeting.id));
    const second = await get(PAGE_PATHS.meeting(context.council.meeting.id));
    assert.match(second.body, /<h1>Sondersitzung<\/h1>/);
  });
});
