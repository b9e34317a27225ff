import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { PROJECT_ROOT } from '../../../kernel/config';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { addDays, today } from '../lending/rules';
import { LENDING_PATHS, LIBRARY_PATHS } from '../paths';
import { insertHold, insertItem, insertLoan, insertReader, insertRecord } from '../test-support';

const FIXTURES = resolve(PROJECT_ROOT, 'tests/fixtures/daia');

/**
 * The DAIA 1.0 schema is draft-04 with its sub-schemas under `types`; it uses no keyword whose
 * meaning changed since, so ajv's default draft validates it faithfully without `$schema`. Formats
 * are checked in ajv-formats' "fast" mode: the specification's own example `urn:issn:0370–2316`
 * (with an en dash) fails the full RFC 3986 check, and draft-04 leaves format checks to the validator.
 */
function daiaValidator() {
  const schema = JSON.parse(readFileSync(resolve(FIXTURES, 'daia.schema.json'), 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv, { mode: 'fast' });
  return ajv.compile(schema);
}

describe('DAIA', () => {
  let t: TestApp;
  const validate = daiaValidator();
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  function assertValid(body: unknown) {
    assert.ok(validate(body), JSON.stringify(validate.errors, null, 2));
  }

  it('the validator accepts the specification examples and refuses a broken answer', () => {
    for (const file of readdirSync(FIXTURES).filter((name) => name.startsWith('response-'))) {
      assertValid(JSON.parse(readFileSync(resolve(FIXTURES, file), 'utf8')));
    }
    assert.equal(validate({ document: [{ id: 'x', item: [{ available: [{ service: 'loan', queue: 0 }] }] }] }), false);
    assert.equal(validate({ document: [{ id: 'x', item: [{ unavailable: [{ service: 'loan', queue: 0 }] }] }] }), false, 'queue counts from 1');
  });

  it('answers each copy: on the shelf, lent with due date and queue, reference only, and e-media through the Onleihe', async () => {
    const record = await insertRecord(t, { title: 'Der Schwarm', authors: ['Schätzing, Frank'], year: 2004, controlNumber: 'ISL-000123' });
    const shelf = await insertItem(t, record.id, { barcode: 'A1', shelfmark: 'SF Sch' });
    const lent = await insertItem(t, record.id, { barcode: 'A2', shelfmark: 'SF Sch' });
    const reference = await insertItem(t, record.id, { barcode: 'A3', state: 'reference' });
    const reader = await insertReader(t);
    await insertLoan(t, reader.id, lent.id, 9);
    await insertHold(t, (await insertReader(t)).id, lent.id);
    await insertHold(t, (await insertReader(t)).id, lent.id);
    const ebook = await insertRecord(t, {
      title: 'Der Schwarm (E-Book)',
      mediaType: 'ebook',
      onleiheUrl: 'https://www.onleihe.de/iserlohn/frontend/mediaInfo,0-0-123-100-0-0-0-0-0-0-0.html',
    });

    const response = await t.client().get(`${LENDING_PATHS.daia}?id=${record.id}|${ebook.id}|unbekannt&format=json`);
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(response.headers['x-daia-version'], '1.0.0');
    const body = response.json();
    assertValid(body);
    const [print, digital] = body.document;
    assert.equal(body.document.length, 2, 'unknown identifiers are absent, not an error');
    assert.equal(print.id, `${t.config.baseUrl}${LIBRARY_PATHS.record(record.id)}`);
    assert.equal(print.requested, record.id);
    assert.equal(print.about, 'Schätzing, Frank: Der Schwarm (2004)');
    assert.deepEqual(
      body.institution,
      { content: 'Stadtbücherei Iserlohn', href: `${t.config.baseUrl}${LIBRARY_PATHS.catalogue}` },
      'the library as the municipality file names it',
    );
    const byId = (barcode: string) => print.item.find((item: { id: string }) => item.id.endsWith(`#exemplar-${barcode}`));
    assert.deepEqual(byId(shelf.barcode).available, [{ service: 'presentation' }, { service: 'loan' }]);
    assert.deepEqual(byId(lent.barcode).unavailable, [
      { service: 'presentation', expected: addDays(today(), 9) },
      { service: 'loan', href: print.id, expected: addDays(today(), 9), queue: 2 },
    ]);
    assert.equal(byId(lent.barcode).available, undefined);
    assert.deepEqual(byId(shelf.barcode).department, { content: 'Zentrale Stadtbücherei' }, 'the branch by its name, not its id');
    assert.deepEqual(byId(reference.barcode).available, [{ service: 'presentation' }]);
    assert.deepEqual(byId(reference.barcode).unavailable, [{ service: 'loan' }]);
    assert.equal(digital.item[0].available[0].service, 'remote');
    assert.match(digital.item[0].available[0].href, /^https:\/\/www\.onleihe\.de\//);
  });

  it('finds a record by its page URL and by its control number', async () => {
    const record = await insertRecord(t, { controlNumber: 'ISL-42' });
    const byUrl = (await t.client().get(`${LENDING_PATHS.daia}?id=${encodeURIComponent(`${t.config.baseUrl}${LIBRARY_PATHS.record(record.id)}`)}`)).json();
    const byNumber = (await t.client().get(`${LENDING_PATHS.daia}?id=ISL-42`)).json();
    assert.equal(byUrl.document[0].id, byNumber.document[0].id);
    assert.equal(byNumber.document[0].requested, 'ISL-42');
    assertValid(byNumber);
  });

  it('answers errors as DAIA says: 422 for a missing id or another format, 501 for patron availability, never 404', async () => {
    const client = t.client();
    for (const [url, status, error] of [
      [LENDING_PATHS.daia, 422, 'invalid_request'],
      [`${LENDING_PATHS.daia}?id=x&format=xml`, 422, 'invalid_request'],
      [`${LENDING_PATHS.daia}?id=x&patron=123`, 501, 'not_implemented'],
      [`${LENDING_PATHS.daia}?id=x&callback=alert(1)`, 422, 'invalid_request'],
    ] as const) {
      const response = await client.get(url);
      assert.equal(response.statusCode, status, url);
      assert.equal(response.json().error, error);
      assert.equal(response.json().code, status);
    }
    const suppressed = await client.get(`${LENDING_PATHS.daia}?format=xml&suppress_response_codes`);
    assert.equal(suppressed.statusCode, 200);
    assert.equal(suppressed.json().code, 422);
    const none = await client.get(`${LENDING_PATHS.daia}?id=00000000-0000-4000-8000-000000000000`);
    assert.equal(none.statusCode, 200);
    assert.deepEqual(none.json().document, []);
  });

  it('answers the first 20 identifiers and links the rest; JSONP with a callback', async () => {
    const ids = Array.from({ length: 23 }, (_, index) => `id-${index}`);
    const response = await t.client().get(`${LENDING_PATHS.daia}?id=${ids.join('%7C')}`);
    assert.equal(response.headers.link, `<${t.config.baseUrl}${LENDING_PATHS.daia}?id=${encodeURIComponent('id-20|id-21|id-22')}&format=json>; rel="next"`);
    const jsonp = await t.client().get(`${LENDING_PATHS.daia}?id=x&callback=show_availability`);
    assert.equal(jsonp.headers['content-type'], 'application/javascript; charset=utf-8');
    assert.match(jsonp.body, /^\/\*\*\/show_availability\(\{.*\}\);$/);
  });
});
