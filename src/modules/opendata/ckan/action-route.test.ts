import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { z } from 'zod';
import { SAMPLE_FILES } from '../../../../tests/support/files';
import { multipartBody } from '../../../../tests/support/multipart';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { MODULES } from '../../../registry';
import { PROJECT_ROOT } from '../../../kernel/config';
import { errors } from '../../../kernel/http';
import { ckanAction, registerCkanActions, type CkanActions } from './action-route';
import { shapeDifferences } from './contract-shape';
import { packageShowSchema } from './params';
import { packageSearchSchema } from './search-params';
import { licenseListAction, statusShowAction } from './static-actions';
import { ckanField, required, string } from './validators';

interface Person {
  name: string;
}

const TOKEN = 'tok-1234567890';

/** A small action table: the protocol is what is tested here, the real actions are the module's. */
const actions: CkanActions<Person> = {
  status_show: statusShowAction({
    title: 'Transparenzportal Iserlohn',
    description: 'Offene Daten',
    url: 'http://portal.test',
    extensions: ['datastore', 'dcat', 'dcatde'],
  }),
  license_list: licenseListAction([
    {
      id: 'dl-by-de/2.0',
      title: 'Datenlizenz Deutschland Namensnennung 2.0',
      url: 'https://www.govdata.de/dl-de/by-2-0',
      od_conformance: 'approved',
      domain_data: true,
    },
    { id: 'other-closed', title: 'Andere (nicht offen)', url: '' },
  ]),
  package_search: ckanAction(true, packageSearchSchema, async (params) => ({
    rows: params.rows,
    start: params.start,
    sort: params.sort,
    facets: params.facetFields,
  })),
  package_show: ckanAction(true, packageShowSchema, async ({ id }) => {
    if (id !== 'haushalt-2024') throw errors.notFound('Der Datensatz');
    return { name: id };
  }),
  package_create: ckanAction(false, z.object({ name: ckanField((value) => string(required(value))) }), async ({ name }, { person, upload }) => {
    if (!person) throw errors.forbidden();
    return { name, creator: person.name, files: upload.files.map((file) => `${file.fieldName}:${file.filename}:${file.size}`) };
  }),
  broken_action: ckanAction(true, z.object({}), async () => {
    throw new Error('a bug');
  }),
};

describe('CKAN Action API protocol', () => {
  let t: TestApp;
  before(async () => {
    // The protocol alone, on its own table of actions: the portal without the module's real CKAN routes.
    t = await createTestApp({
      modules: MODULES.filter((module) => module.id !== 'opendata'),
      extend: (app) =>
        registerCkanActions(app, actions, { baseUrl: 'http://portal.test', authenticate: async (token) => (token === TOKEN ? { name: 'ada' } : null) }),
    });
  });
  after(() => t.close());

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
  const post = (url: string, payload: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    t.app.inject({ method: 'POST', url, payload, headers });

  it('answers in the envelope at both paths, with the help URL', async () => {
    for (const path of ['/api/3/action/status_show', '/api/action/status_show']) {
      const response = await get(path);
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['content-type'], 'application/json;charset=utf-8');
      assert.deepEqual(response.json(), {
        help: 'http://portal.test/api/3/action/help_show?name=status_show',
        success: true,
        result: {
          site_title: 'Transparenzportal Iserlohn',
          site_description: 'Offene Daten',
          site_url: 'http://portal.test',
          error_emails_to: null,
          locale_default: 'de',
          extensions: ['datastore', 'dcat', 'dcatde'],
          ckan_version: '2.10.4',
        },
      });
    }
  });

  it('lists licences with CKAN 2.10 keys and the older ones GovData clients read', async () => {
    const response = (await get('/api/3/action/license_list')).json() as { result: Record<string, unknown>[] };
    const sample: unknown = JSON.parse(readFileSync(join(PROJECT_ROOT, 'tests/fixtures/ckan/license_list_response.json'), 'utf8'));
    // od_conformance and osd_conformance are CKAN 2.10's keys, newer than GovData's sample.
    assert.deepEqual(shapeDifferences(response, sample), ['result[0].od_conformance: not in the sample', 'result[0].osd_conformance: not in the sample']);
    assert.deepEqual(shapeDifferences(response, sample, { allowExtraKeys: true }), []);
    const { result } = response;
    assert.deepEqual(
      result.map((license) => [license.id, license.od_conformance, license.is_okd_compliant, license.domain_data, license.status]),
      [
        ['dl-by-de/2.0', 'approved', true, true, 'active'],
        ['other-closed', 'not reviewed', false, false, 'active'],
      ],
    );
  });

  it('documents the actions at the help URL every answer carries', async () => {
    const help = await get('/api/3/action/help_show?name=license_list');
    assert.deepEqual(help.json(), {
      help: 'http://portal.test/api/3/action/help_show?name=help_show',
      success: true,
      result: 'Return the list of licenses available for datasets on the site.\n\n:rtype: list of dictionaries',
    });
    assert.equal((await get('/api/3/action/help_show?name=package_show')).json().result, null, 'an action without documentation');
    const unknown = await get('/api/3/action/help_show?name=foo');
    assert.equal(unknown.statusCode, 404);
    assert.deepEqual(unknown.json().error, { __type: 'Not Found Error', message: 'Not found: Action function not found' });
  });

  it('answers an unknown action as CKAN 2.10 does: 400 and a JSON string', async () => {
    const response = await get('/api/3/action/foo');
    assert.equal(response.statusCode, 400);
    assert.equal(response.json(), 'Bad request - Action name not known: foo');
    assert.equal((await get('/api/3/action/constructor')).json(), 'Bad request - Action name not known: constructor');
  });

  it('takes write actions by POST only', async () => {
    const response = await get('/api/3/action/package_create?name=x', { authorization: TOKEN });
    assert.equal(response.statusCode, 400);
    assert.equal((await t.app.inject({ method: 'HEAD', url: '/api/3/action/package_create?name=x', headers: { authorization: TOKEN } })).statusCode, 400);
    assert.equal(response.json(), 'Bad request - JSON Error: Invalid request. Please use POST method for your request');
  });

  it('answers a body that is not JSON, or no object, with CKAN JSON Error', async () => {
    const broken = await post('/api/3/action/package_create', '{"name": ', { 'content-type': 'application/json', authorization: TOKEN });
    assert.equal(broken.statusCode, 400);
    assert.match(broken.json(), /^Bad request - JSON Error: Error decoding JSON data\. Error: /);
    const list = await post('/api/3/action/package_create', '["name"]', { 'content-type': 'application/json', authorization: TOKEN });
    assert.equal(list.statusCode, 400);
    assert.equal(list.json(), 'Bad request - JSON Error: Request data JSON decoded to ["name"] but it needs to be a dictionary.');
    const nul = await get('/api/3/action/package_search?q=a%00b');
    assert.equal(nul.statusCode, 400);
    assert.match(nul.json(), /^Bad request - .*Steuerzeichen/);
  });

  it('takes the token raw, as Bearer and as X-CKAN-API-Key; without a valid one a write is refused with 403', async () => {
    const tokens: Record<string, string>[] = [{ authorization: TOKEN }, { authorization: `Bearer ${TOKEN}` }, { 'x-ckan-api-key': TOKEN }];
    for (const headers of tokens) {
      const response = await post('/api/3/action/package_create', '{"name": "haushalt-2025"}', { 'content-type': 'application/json', ...headers });
      assert.equal(response.statusCode, 200, JSON.stringify(headers));
      assert.deepEqual(response.json().result, { name: 'haushalt-2025', creator: 'ada', files: [] });
      assert.equal(response.headers['cache-control'], 'no-store');
    }
    const refused: Record<string, string>[] = [{}, { authorization: 'falsch' }, { authorization: `Basic ${Buffer.from(`ada:${TOKEN}`).toString('base64')}` }];
    for (const headers of refused) {
      const response = await post('/api/3/action/package_create', '{"name": "x"}', { 'content-type': 'application/json', ...headers });
      assert.equal(response.statusCode, 403);
      assert.deepEqual(response.json(), {
        help: 'http://portal.test/api/3/action/help_show?name=package_create',
        success: false,
        error: { __type: 'Authorization Error', message: 'Access denied: Sie haben keine Berechtigung für diese Seite.' },
      });
    }
  });

  it('reads url-encoded forms, JSON posted as a form key and multipart uploads', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded', authorization: TOKEN };
    assert.equal((await post('/api/3/action/package_create', 'name=aus-formular', form)).json().result.name, 'aus-formular');
    assert.equal((await post('/api/3/action/package_create', encodeURIComponent('{"name": "als-json"}'), form)).json().result.name, 'als-json');
    const { payload, headers } = multipartBody({ name: 'mit-datei' }, [{ field: 'upload', filename: 'daten.pdf', bytes: SAMPLE_FILES.pdf }]);
    const response = await post('/api/3/action/package_create', payload, { ...headers, authorization: TOKEN });
    assert.deepEqual(response.json().result, { name: 'mit-datei', creator: 'ada', files: [`upload:daten.pdf:${SAMPLE_FILES.pdf.length}`] });
  });

  it('answers missing and refused parameters with 409 field errors, missing objects with 404', async () => {
    const missing = await post('/api/3/action/package_create', '', { 'content-type': 'application/json', authorization: TOKEN });
    assert.equal(missing.statusCode, 409);
    assert.deepEqual(missing.json().error, { __type: 'Validation Error', name: ['Missing value'] });
    assert.deepEqual((await get('/api/3/action/package_show')).json().error, { __type: 'Validation Error', name_or_id: ['Missing value'] });
    const notFound = await get('/api/3/action/package_show?id=gibt-es-nicht');
    assert.equal(notFound.statusCode, 404);
    assert.deepEqual(notFound.json().error, { __type: 'Not Found Error', message: 'Not found: Der Datensatz wurde nicht gefunden.' });
    assert.deepEqual((await get('/api/3/action/package_show?id=haushalt-2024&callback=cb')).json().result, { name: 'haushalt-2024' });
  });

  it('reads package_search parameters from a query string or a JSON body, CKAN-style', async () => {
    const defaults = (await get('/api/3/action/package_search')).json().result;
    assert.deepEqual(defaults, {
      rows: 10,
      start: 0,
      sort: [
        { field: 'score', direction: 'desc' },
        { field: 'metadata_modified', direction: 'desc' },
      ],
      facets: [],
    });
    const query = (await get('/api/3/action/package_search?rows=5000&start=20&sort=id%20asc&facet.field=%5B%22tags%22%2C%22res_format%22%5D')).json().result;
    assert.deepEqual(query, { rows: 1000, start: 20, sort: [{ field: 'id', direction: 'asc' }], facets: ['tags', 'res_format'] });
    const body = (await post('/api/3/action/package_search', JSON.stringify({ rows: 0, 'facet.field': ['organization'] }))).json().result;
    assert.deepEqual([body.rows, body.facets], [0, ['organization']]);
    const refused = await get('/api/3/action/package_search?rows=zehn&start=-1&facet.field=tags');
    assert.equal(refused.statusCode, 409);
    assert.deepEqual(refused.json().error, {
      __type: 'Validation Error',
      rows: ['Invalid integer'],
      start: ['Must be a natural number'],
      'facet.field': ['Could not parse as valid JSON'],
    });
  });

  it('answers queries it cannot read with 400 Search Query Error, local parameters with 409 Search Error', async () => {
    const cases: [string, number, string, string][] = [
      ['q=((((', 400, 'Search Query Error', "Search Query is invalid: ('The query ends where a search term was expected',)"],
      ['fq=organization%3A', 400, 'Search Query Error', 'Search Query is invalid: (\'A value is missing after "organization:"\',)'],
      [`q=${'a'.repeat(10_000)}`, 400, 'Search Query Error', "Search Query is invalid: ('The query is longer than 4000 characters',)"],
      ['sort=beliebt', 400, 'Search Query Error', 'Search Query is invalid: (\'Invalid "sort" parameter\',)'],
      ['foo=1&bar=2', 400, 'Search Query Error', "Search Query is invalid: (\"Invalid search parameters: ['bar', 'foo']\",)"],
      ['q=%7B!func%7Dsum(1)', 409, 'Search Error', "Search error: ('Local parameters are not supported',)"],
    ];
    for (const [query, status, type, message] of cases) {
      const response = await get(`/api/3/action/package_search?${query}`);
      assert.equal(response.statusCode, status, query);
      assert.deepEqual(response.json().error, { __type: type, message }, query);
    }
  });

  it('answers an unexpected failure with the 500 envelope and no details', async () => {
    const response = await get('/api/3/action/broken_action');
    assert.equal(response.statusCode, 500);
    assert.deepEqual(response.json().error, { __type: 'Internal Server Error', message: 'Internal Server Error' });
  });

  it('allows other origins to read (CORS, preflight), but not to write', async () => {
    const origin = { origin: 'https://daten.example.org' };
    const preflight = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/3/action/package_search',
      headers: { ...origin, 'access-control-request-method': 'GET' },
    });
    assert.equal(preflight.statusCode, 204);
    assert.equal(preflight.headers['access-control-allow-origin'], '*');
    assert.equal(preflight.headers['access-control-allow-headers'], 'X-CKAN-API-KEY, Authorization, Content-Type');
    assert.equal((await get('/api/3/action/package_show?id=x', origin)).headers['access-control-allow-origin'], '*', 'errors of read actions too');
    const write = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/3/action/package_create',
      headers: { ...origin, 'access-control-request-method': 'POST' },
    });
    assert.equal(write.headers['access-control-allow-origin'], undefined);
    assert.equal(
      (await post('/api/3/action/package_create', '{}', { 'content-type': 'application/json', ...origin })).headers['access-control-allow-origin'],
      undefined,
    );
  });
});
