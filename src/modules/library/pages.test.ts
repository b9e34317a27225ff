import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, isNotNull } from 'drizzle-orm';
import { links, parseHtml, textOf } from '../../../tests/support/html';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { libraryOpenData } from './open-data';
import { LIBRARY_PATHS } from './paths';
import { libraryRecords } from './tables';
import { importSmallCatalogue } from './test-support';

const h1 = (html: string) => textOf(parseHtml(html).querySelector('h1')!);
const resultHeading = (html: string) => textOf(parseHtml(html).querySelector('.filter-results h2')!);
const facetLinks = (html: string, param: string) => links(html, `section[aria-labelledby="facet-${param}"] a`);

describe('library catalogue pages', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    await importSmallCatalogue(t.deps);
  });
  after(() => t.close());

  it('lists the catalogue A–Z with its facets, the OpenSearch link in the head, and is reached through the hub Bildung', async () => {
    const { statusCode, body } = await t.app.inject(LIBRARY_PATHS.catalogue);
    assert.equal(statusCode, 200);
    assert.equal(h1(body), 'Stadtbücherei Iserlohn: Katalog');
    assert.match(resultHeading(body), /^300 Titel, Seite 1 von 15$/);
    assert.match(body, /<link rel="search" type="application\/opensearchdescription\+xml" href="\/bildung\/buecherei\/opensearch\.xml"/);
    const hub = await t.app.inject('/bildung');
    assert.match(hub.body, /<a href="\/bildung\/buecherei">Stadtbücherei<\/a>/, 'reached through the hub Bildung');
    const media = facetLinks(body, 'medium');
    assert.ok(
      media.some((link) => /^Buch \(\d+\)$/.test(link.text)),
      JSON.stringify(media),
    );
    assert.ok(media.some((link) => /^E-Book \(Onleihe\) \(\d+\)$/.test(link.text)));
    assert.ok(facetLinks(body, 'sprache').some((link) => /^Englisch \(\d+\)$/.test(link.text)));
    assert.ok(facetLinks(body, 'jahr').length >= 3);
    const titles = links(body, '.news-list__title a').map((link) => link.text);
    assert.equal(titles.length, 20);
    assert.deepEqual(
      titles,
      [...titles].sort((a, b) => a.localeCompare(b, 'de')),
      'A–Z in German order',
    );
  });

  it('searches German full text with stems as prefixes, and counts the facets over the hits', async () => {
    const { body } = await t.app.inject(`${LIBRARY_PATHS.catalogue}?q=G%C3%A4rten`);
    const heading = resultHeading(body);
    const total = Number(/^(\d+) Titel/.exec(heading)?.[1]);
    assert.ok(total > 0 && total < 300, heading);
    const mediaTotal = facetLinks(body, 'medium').reduce((sum, link) => sum + Number(/\((\d+)\)$/.exec(link.text)?.[1]), 0);
    assert.equal(mediaTotal, total, 'the media facet counts every hit once');
    const first = links(body, '.news-list__title a')[0]!;
    const record = await t.app.inject(first.href);
    assert.match(record.body, /[Gg]art/);
  });

  it('filters by a facet link, shows it as a removable chip, and sorts', async () => {
    const all = await t.app.inject(`${LIBRARY_PATHS.catalogue}?q=roman`);
    const ebook = facetLinks(all.body, 'medium').find((link) => link.text.startsWith('E-Book'))!;
    const filtered = await t.app.inject(ebook.href);
    const count = Number(/\((\d+)\)$/.exec(ebook.text)?.[1]);
    assert.match(resultHeading(filtered.body), new RegExp(`^${count} Titel`));
    const chips = links(filtered.body, '.filter-chips a');
    assert.equal(chips[0]?.text, 'E-Book (Onleihe) – Filter entfernen ×');
    assert.equal(chips[0]?.href, '/bildung/buecherei?q=roman');
    const newest = await t.app.inject(`${LIBRARY_PATHS.catalogue}?sortierung=neueste&medium=book`);
    const years = [...newest.body.matchAll(/· (\d{4})<\/span>/g)].map((match) => Number(match[1]));
    assert.ok(years.length > 5);
    assert.deepEqual(
      years,
      [...years].sort((a, b) => b - a),
    );
  });

  it('never fails on bad input: unknown values are dropped, pages clamped, a page beyond the end redirects', async () => {
    for (const query of [
      'medium=kassette',
      'jahr=1066',
      'sprache=DEUTSCH',
      'sortierung=zufall',
      'seite=-3',
      'seite=abc',
      'q=%22%27%3C%3E%26%7C!:*',
      `q=${'x'.repeat(5000)}`,
      'thema=',
    ]) {
      const { statusCode } = await t.app.inject(`${LIBRARY_PATHS.catalogue}?${query}`);
      assert.equal(statusCode, 200, query);
    }
    const beyond = await t.app.inject(`${LIBRARY_PATHS.catalogue}?q=roman&seite=200`);
    assert.equal(beyond.statusCode, 303);
    assert.match(String(beyond.headers.location), /^\/bildung\/buecherei\?q=roman&seite=\d+$/);
    const nothing = await t.app.inject(`${LIBRARY_PATHS.catalogue}?q=Quantenchromodynamik`);
    assert.match(resultHeading(nothing.body), /^0 Titel/);
    assert.match(nothing.body, /Nichts gefunden/);
  });

  it('shows a title with every detail and its copies per branch with shelfmark', async () => {
    const [book] = await t.db.select().from(libraryRecords).where(eq(libraryRecords.mediaType, 'book')).limit(1);
    const { statusCode, body } = await t.app.inject(LIBRARY_PATHS.record(book!.id));
    assert.equal(statusCode, 200);
    assert.equal(h1(body), book!.title);
    assert.match(body, /<dt class="summary-list__key">ISBN<\/dt>/);
    const branches = parseHtml(body)
      .querySelectorAll('section[aria-labelledby^="branch-"] h3')
      .map((heading) => textOf(heading));
    assert.ok(branches.length >= 1);
    assert.ok(
      branches.every((branch) => /^(Zentrale Stadtbücherei|Stadtteilbücherei Letmathe) \(\d+ Exemplare?\)$/.test(branch)),
      JSON.stringify(branches),
    );
    assert.match(body, /Alter Rathausplatz 1, 58636 Iserlohn|Hagener Straße 62/);
    assert.match(body, /Signatur <strong>[^<]+<\/strong>, Mediennummer [12]\d{8}/);
    assert.match(body, /"@type":"Book"/);
    const isbn = book!.isbns[0]!;
    const byIsbn = await t.app.inject(`${LIBRARY_PATHS.catalogue}?q=${isbn.slice(0, 3)}-${isbn.slice(3, 4)}-${isbn.slice(4)}`);
    assert.match(resultHeading(byIsbn.body), /^1 Titel/);
    assert.equal(links(byIsbn.body, '.news-list__title a')[0]?.href, LIBRARY_PATHS.record(book!.id));
  });

  it('links an e-book to the Onleihe instead of copies, and answers 404 for unknown and malformed ids', async () => {
    const [ebook] = await t.db.select().from(libraryRecords).where(isNotNull(libraryRecords.onleiheUrl)).limit(1);
    const { body } = await t.app.inject(LIBRARY_PATHS.record(ebook!.id));
    const onleihe = links(body).find((link) => link.text === 'In der Onleihe ansehen');
    assert.match(onleihe?.href ?? '', /^https:\/\/www\.onleihe\.de\/iserlohn\/frontend\/mediaInfo,/);
    assert.equal(parseHtml(body).querySelectorAll('section[aria-labelledby^="branch-"] ul').length, 0);
    const byNumber = await t.app.inject(LIBRARY_PATHS.record(ebook!.controlNumber));
    assert.equal(byNumber.statusCode, 301, 'a control number answers where the page is');
    assert.equal(byNumber.headers.location, LIBRARY_PATHS.record(ebook!.id));
    for (const id of ['00000000-0000-4000-8000-000000000000', 'kein-titel', "1' or '1'='1", 'x'.repeat(65)]) {
      assert.equal((await t.app.inject(LIBRARY_PATHS.record(encodeURIComponent(id)))).statusCode, 404, id);
    }
  });

  it('describes its search for browsers and tools (OpenSearch 1.1)', async () => {
    const { statusCode, headers, body } = await t.app.inject(LIBRARY_PATHS.openSearch);
    assert.equal(statusCode, 200);
    assert.match(String(headers['content-type']), /^application\/opensearchdescription\+xml/);
    assert.match(body, /<ShortName>Bücherei-Katalog<\/ShortName>/);
    assert.match(body, /template="http:\/\/portal\.test\/bildung\/buecherei\?q=\{searchTerms\}&amp;seite=\{startPage\?\}"/);
    assert.match(body, /type="application\/sru\+xml"/);
  });

  it('answers the portal search with the best titles and a link to the catalogue search', async () => {
    const { body } = await t.app.inject('/suche?q=garten');
    assert.match(body, /Stadtbücherei/);
    assert.ok(links(body).some((link) => link.href.startsWith('/bildung/buecherei/titel/')));
    assert.ok(links(body).some((link) => link.href === '/bildung/buecherei?q=garten'));
  });

  it('publishes the holdings as counts per media type, year and language, copies included', async () => {
    const rows = await libraryOpenData.rows(t.deps);
    assert.equal(
      rows.reduce((sum, row) => sum + Number(row.titel), 0),
      300,
    );
    const ebooks = rows.filter((row) => row.medienart === 'E-Book (Onleihe)');
    assert.ok(ebooks.length > 0 && ebooks.every((row) => row.exemplare === 0), 'e-media have no copies');
    assert.ok(rows.some((row) => row.medienart === 'Buch' && Number(row.exemplare) >= Number(row.titel)));
  });
});
