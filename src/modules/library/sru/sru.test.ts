import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { SaxesParser } from 'saxes';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { LIBRARY_PATHS } from '../paths';
import { libraryRecords } from '../tables';
import { importSmallCatalogue, insertRecord } from '../test-support';

/** Parses the answer (it must be well-formed XML) and returns the text of every element by local name. */
function xml(body: string): Map<string, string[]> {
  const texts = new Map<string, string[]>();
  const parser = new SaxesParser();
  const stack: string[] = [];
  let text = '';
  parser.on('opentag', (tag) => {
    stack.push(tag.name.slice(tag.name.indexOf(':') + 1));
    text = '';
  });
  parser.on('text', (value) => (text += value));
  parser.on('closetag', () => {
    const name = stack.pop()!;
    texts.set(name, [...(texts.get(name) ?? []), text]);
    text = '';
  });
  parser.write(body).close();
  return texts;
}

describe('SRU searchRetrieve and explain', () => {
  let t: TestApp;
  const sru = async (query: string) => {
    const response = await t.app.inject(`${LIBRARY_PATHS.sru}?${query}`);
    assert.equal(response.statusCode, 200, query);
    assert.match(String(response.headers['content-type']), /^application\/xml/);
    return { body: response.body, texts: xml(response.body) };
  };
  const total = async (cql: string) =>
    Number((await sru(`version=1.2&operation=searchRetrieve&query=${encodeURIComponent(cql)}&maximumRecords=0`)).texts.get('numberOfRecords')?.[0]);
  const diagnosticOf = async (query: string) => (await sru(query)).texts.get('uri')?.[0];

  before(async () => {
    t = await createTestApp();
    await importSmallCatalogue(t.deps);
  });
  after(() => t.close());

  it('answers MARCXML records with positions and the next record position (SRU 1.2)', async () => {
    const { body, texts } = await sru('version=1.2&operation=searchRetrieve&query=garten&maximumRecords=3&startRecord=2');
    assert.match(body, /<zs:searchRetrieveResponse xmlns:zs="http:\/\/www\.loc\.gov\/zing\/srw\/">/);
    const count = Number(texts.get('numberOfRecords')?.[0]);
    assert.ok(count > 4, String(count));
    assert.deepEqual(texts.get('recordPosition'), ['2', '3', '4']);
    assert.deepEqual(texts.get('nextRecordPosition'), ['5']);
    assert.deepEqual([...new Set(texts.get('recordSchema'))], ['info:srw/schema/1/marcxml-v1.1']);
    assert.match(body, /<record xmlns="http:\/\/www\.loc\.gov\/MARC21\/slim"><leader>/);
    assert.equal(texts.get('leader')?.length, 3);
  });

  it('answers Dublin Core in SRU 2.0 with its namespace and recordXMLEscaping', async () => {
    const [record] = await t.db.select().from(libraryRecords).where(eq(libraryRecords.mediaType, 'book')).limit(1);
    const { body, texts } = await sru(`version=2.0&query=${encodeURIComponent(`isbn = ${record!.isbns[0]}`)}&recordSchema=dc`);
    assert.match(body, /xmlns:zs="http:\/\/docs\.oasis-open\.org\/ns\/search-ws\/sruResponse"/);
    assert.deepEqual(texts.get('recordXMLEscaping'), ['xml']);
    assert.equal(texts.get('numberOfRecords')?.[0], '1');
    assert.deepEqual(texts.get('title'), [record!.subtitle ? `${record!.title} : ${record!.subtitle}` : record!.title]);
    assert.ok(texts.get('identifier')?.includes(`urn:isbn:${record!.isbns[0]}`));
    assert.ok(texts.get('identifier')?.includes(`http://portal.test${LIBRARY_PATHS.record(record!.id)}`));
  });

  it('searches title, author and subject on their own parts of the record, with and, or, not and phrases', async () => {
    const [record] = await t.db.select().from(libraryRecords).where(eq(libraryRecords.mediaType, 'book')).limit(1);
    const surname = record!.authors[0]!.split(',')[0]!;
    const byAuthor = await total(`author = ${surname}`);
    assert.ok(byAuthor >= 1);
    assert.ok((await total(`title = ${surname}`)) < byAuthor, 'a surname is rarely in a title');
    const garden = await total('subject = Gartenbau');
    const cooking = await total('subject = Kochbuch');
    assert.ok(garden > 0 && cooking > 0);
    assert.equal(await total('subject = Gartenbau or subject = Kochbuch'), garden + cooking - (await total('subject = Gartenbau and subject = Kochbuch')));
    assert.equal(await total('subject = Gartenbau not subject = Kochbuch'), garden - (await total('subject = Gartenbau and subject = Kochbuch')));
    assert.ok((await total('"kleine Drache"')) <= (await total('kleine and Drache')));
  });

  it('answers a repeated request from memory, and a changed catalogue at once', async () => {
    const cql = 'title = quokkafibel';
    assert.equal(await total(cql), 0);
    assert.equal(await total(cql), 0, 'the kept answer');
    await insertRecord(t, { title: 'Die Quokkafibel' });
    assert.equal(await total(cql), 1, 'a new record is found at once');
  });

  it('answers bad requests with diagnostics, never an error page', async () => {
    assert.equal(await diagnosticOf('operation=searchRetrieve&version=1.2&query=%28garten'), 'info:srw/diagnostic/1/10');
    assert.equal(await diagnosticOf('operation=searchRetrieve&version=1.2&query=verlag%3DPiper'), 'info:srw/diagnostic/1/16');
    assert.equal(await diagnosticOf('operation=searchRetrieve&version=1.2&query=garten&recordSchema=mods'), 'info:srw/diagnostic/1/66');
    assert.equal(await diagnosticOf('operation=searchRetrieve&version=3.0&query=garten'), 'info:srw/diagnostic/1/5');
    assert.equal(await diagnosticOf('operation=scan&version=1.2'), 'info:srw/diagnostic/1/4');
    assert.equal(await diagnosticOf('operation=searchRetrieve&version=1.2'), 'info:srw/diagnostic/1/7');
    assert.equal(await diagnosticOf('operation=searchRetrieve&version=1.2&query=garten&startRecord=null'), 'info:srw/diagnostic/1/6');
    assert.equal(await diagnosticOf('operation=searchRetrieve&version=1.2&query=garten&startRecord=9999'), 'info:srw/diagnostic/1/6');
    assert.equal(await diagnosticOf('operation=searchRetrieve&version=1.2&query=garten&startRecord=4000'), 'info:srw/diagnostic/1/61');
    assert.equal(await diagnosticOf('operation=searchRetrieve&version=1.2&query=isbn%3Dabc'), 'info:srw/diagnostic/1/36');
    assert.equal(await diagnosticOf('operation=searchRetrieve&version=1.2&query=a&query=b'), 'info:srw/diagnostic/1/6');
    assert.equal(await diagnosticOf('operation=searchRetrieve&version=1.2&query=%22%3F%21%22'), 'info:srw/diagnostic/1/27');
  });

  it('explains itself (ZeeRex): host, indexes, schemas and limits', async () => {
    const { body, texts } = await sru('operation=explain&version=1.2');
    assert.match(body, /<zs:explainResponse/);
    assert.deepEqual(texts.get('host'), ['portal.test']);
    assert.deepEqual(texts.get('database'), ['bildung/buecherei/sru']);
    assert.ok(texts.get('name')?.includes('isbn'));
    assert.match(body, /<setting type="maximumRecords">50<\/setting>/);
    assert.match((await sru('')).body, /<zs:explainResponse/, 'a request without parameters is an explain (SRU 2.0)');
  });
});
