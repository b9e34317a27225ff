import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { links, parseHtml, textOf } from '../../../../tests/support/html';
import { citizen, staffMember, type Person } from '../../../../tests/support/people';
import type { TestApp } from '../../../../tests/support/test-app';
import { SEARCH_PATHS } from '../paths';
import { MANAGE_PERMISSION } from '../policies';
import { councilFiles, councilMemberAccounts, councilPapers } from '../tables';
import type { CouncilFixture } from '../test-support';
import { councilTestApp } from './test-support';

const heading = (html: string) => textOf(parseHtml(html).querySelector('.filter-results h2')!);
const titles = (html: string) => links(html, '.news-list__title a');
const facet = (html: string, name: string) => links(html, `section[aria-labelledby="facet-${name}"] a`).map((link) => link.text);

describe('the council search /rat/suche', () => {
  const council = councilTestApp();
  let t: TestApp;
  let fixture: CouncilFixture;
  beforeEach(() => ({ t, fixture } = council));

  it('finds a paper by words of its file, stemmed, with the excerpt escaped and the words marked', async () => {
    await t.db
      .update(councilFiles)
      .set({ text: 'Der Radweg an der Baarstraße (Breite < 2 m) wird auf zwei Meter verbreitert & beleuchtet.' })
      .where(eq(councilFiles.id, fixture.files.publicId));
    const { statusCode, body } = await t.app.inject(`${SEARCH_PATHS.search}?q=Radwegs+meter`);
    assert.equal(statusCode, 200);
    assert.equal(heading(body), '1 Vorlage zu „Radwegs meter“');
    assert.deepEqual(
      titles(body).map(({ text, href }) => ({ text, href })),
      [{ text: 'Verbreiterung des Radwegs an der Baarstraße', href: SEARCH_PATHS.paper(fixture.papers.publicId) }],
    );
    assert.match(body, /V\/2026\/0012 · Beschlussvorlage · 20\.02\.2026/);
    assert.match(body, /<mark>Radweg<\/mark>/);
    assert.match(body, /<mark>Meter<\/mark>/);
    assert.match(body, /\(Breite &lt; 2 m\) wird auf zwei <mark>Meter<\/mark> verbreitert &amp; beleuchtet/, 'the text of a file is escaped');
    const byReference = await t.app.inject(`${SEARCH_PATHS.search}?q=V%2F2026%2F0012`);
    assert.deepEqual(
      titles(byReference.body).map((link) => link.text),
      ['Verbreiterung des Radwegs an der Baarstraße'],
      'by its reference',
    );
  });

  it('filters by type, Gremium (consultations and underDirectionOf) and date, with counts', async () => {
    const all = await t.app.inject(SEARCH_PATHS.search);
    assert.equal(heading(all.body), '1 Vorlage', 'the non-public paper is not counted for visitors');
    assert.deepEqual(facet(all.body, 'art'), ['Beschlussvorlage (1)']);
    assert.deepEqual(facet(all.body, 'gremium'), ['Ausschuss für Planung und Stadtentwicklung (1)', 'Rat der Stadt Iserlohn (1)']);
    for (const [query, expected] of [
      ['gremium=rat', 1],
      ['gremium=aps', 1],
      ['gremium=fraktion-gruen', 0],
      ['gremium=unbekannt', 0],
      ['art=Mitteilungsvorlage', 0],
      ['von=2026-02-20&bis=2026-02-20', 1],
      ['von=2026-02-21', 0],
      ['bis=2026-02-19', 0],
    ] as const) {
      const { statusCode, body } = await t.app.inject(`${SEARCH_PATHS.search}?${query}`);
      assert.equal(statusCode, 200, query);
      assert.equal(titles(body).length, expected, query);
    }
  });

  it('shows non-public papers and files only to council members of their Gremien and staff', async () => {
    const visitor = t.client();
    const outsider = await citizen(t);
    const member = await citizen(t);
    await t.db.insert(councilMemberAccounts).values({ userId: member.id, personId: fixture.persons.anna });
    const ratOnly = await citizen(t);
    await t.db.insert(councilMemberAccounts).values({ userId: ratOnly.id, personId: fixture.persons.beate });
    await t.settled();
    const staff = await staffMember(t, [], { permissions: [MANAGE_PERMISSION] });
    const found = async (who: Pick<Person, 'get'>, q: string) =>
      titles((await who.get(`${SEARCH_PATHS.search}?q=${encodeURIComponent(q)}`)).body).map((link) => link.text);
    for (const q of ['Teilfläche', 'Grundstücks']) {
      assert.deepEqual(await found(visitor, q), [], `visitor: ${q}`);
      assert.deepEqual(await found(outsider, q), [], `citizen: ${q}`);
      assert.deepEqual(await found(ratOnly, q), [], `member of the Rat only: ${q}`);
      assert.deepEqual(await found(member, q), ['Verkauf einer Teilfläche'], `member of the committee: ${q}`);
      assert.deepEqual(await found(staff, q), ['Verkauf einer Teilfläche'], `staff: ${q}`);
    }
    // A non-public file of a public paper (consulted in the committee, decided in the Rat): its words
    // find the paper for members of either, never for others; the paper's own words for everyone.
    await t.db.update(councilFiles).set({ public: false }).where(eq(councilFiles.id, fixture.files.publicId));
    // The index is kept until a change is heard; on PostgreSQL the notification comes over its own connection.
    await t.settled();
    const paper = ['Verbreiterung des Radwegs an der Baarstraße'];
    assert.deepEqual(await found(visitor, 'verbreitert meter'), []);
    assert.deepEqual(await found(outsider, 'verbreitert meter'), []);
    assert.deepEqual(await found(ratOnly, 'verbreitert meter'), paper);
    assert.deepEqual(await found(member, 'verbreitert meter'), paper);
    assert.deepEqual(await found(visitor, 'Baarstraße'), paper);
  });

  it('never shows deleted papers or deleted files', async () => {
    await t.db.update(councilFiles).set({ deleted: true }).where(eq(councilFiles.id, fixture.files.publicId));
    await t.settled();
    assert.equal(titles((await t.app.inject(`${SEARCH_PATHS.search}?q=meter`)).body).length, 0, 'deleted file');
    assert.equal(titles((await t.app.inject(`${SEARCH_PATHS.search}?q=baarstraße`)).body).length, 1, 'the paper itself still');
    await t.db.update(councilPapers).set({ deleted: true }).where(eq(councilPapers.id, fixture.papers.publicId));
    await t.settled();
    assert.equal(titles((await t.app.inject(`${SEARCH_PATHS.search}?q=baarstraße`)).body).length, 0, 'deleted paper');
  });

  it('answers odd parameters with a page, and a page beyond the end with the last one', async () => {
    for (const query of ['seite=abc', 'von=2026-02-30', 'sortierung=zufall', 'q=' + 'x'.repeat(5000), 'q=%3Cscript%3E', 'art=' + 'y'.repeat(500)]) {
      const { statusCode } = await t.app.inject(`${SEARCH_PATHS.search}?${query}`);
      assert.equal(statusCode, 200, query);
    }
    const beyond = await t.app.inject(`${SEARCH_PATHS.search}?q=radweg&seite=7`);
    assert.equal(beyond.statusCode, 303);
    assert.equal(beyond.headers.location, `${SEARCH_PATHS.search}?q=radweg`);
  });

  it('puts council papers into the portal search /suche', async () => {
    const { body } = await t.app.inject('/suche?q=radweg');
    assert.match(body, /Ratsinformation/);
    assert.ok(links(body, 'a').some((link) => link.href === SEARCH_PATHS.paper(fixture.papers.publicId)));
    const secret = await t.app.inject('/suche?q=Teilfl%C3%A4che');
    assert.ok(!links(secret.body, 'a').some((link) => link.href === SEARCH_PATHS.paper(fixture.papers.nonPublicId)));
  });
});
