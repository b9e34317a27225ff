import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_QUERY_CHARS, parseSolrQuery, SolrLocalParamsError, SolrSyntaxError, type SolrNode } from './solr-query';

const term = (field: string | null, value: string, phrase = false): SolrNode => ({ type: 'term', field, value, phrase });

describe('parseSolrQuery', () => {
  const cases: [string, SolrNode][] = [
    ['', { type: 'all' }],
    ['""', { type: 'all' }],
    ['*:*', { type: 'all' }],
    ['*', { type: 'all' }],
    ['Parken', term(null, 'Parken')],
    ['organization:stadt-iserlohn', term('organization', 'stadt-iserlohn')],
    ['license_id:dl-by-de/2.0', term('license_id', 'dl-by-de/2.0')],
    ['tags:"Öffentlicher Nahverkehr"', term('tags', 'Öffentlicher Nahverkehr', true)],
    ['"Haushalt 2024"', term(null, 'Haushalt 2024', true)],
    ['-tags:Test', { type: 'not', clause: term('tags', 'Test') }],
    ['!tags:Test', { type: 'not', clause: term('tags', 'Test') }],
    ['NOT tags:Test', { type: 'not', clause: term('tags', 'Test') }],
    ['+tags:Test', term('tags', 'Test')],
    ['res_format:"CSV" OR res_format:"JSON"', { type: 'or', clauses: [term('res_format', 'CSV', true), term('res_format', 'JSON', true)] }],
    ['res_format:(CSV OR JSON)', { type: 'or', clauses: [term('res_format', 'CSV'), term('res_format', 'JSON')] }],
    ['groups:tran AND license_id:dl-by-de/2.0', { type: 'and', clauses: [term('groups', 'tran'), term('license_id', 'dl-by-de/2.0')] }],
    ['groups:tran && tags:Bus', { type: 'and', clauses: [term('groups', 'tran'), term('tags', 'Bus')] }],
    ['Bus Bahn', { type: 'and', clauses: [term(null, 'Bus'), term(null, 'Bahn')] }],
    ['Bus OR Bahn Rad', { type: 'or', clauses: [term(null, 'Bus'), { type: 'and', clauses: [term(null, 'Bahn'), term(null, 'Rad')] }] }],
    ['(Bus OR Bahn) Rad', { type: 'and', clauses: [{ type: 'or', clauses: [term(null, 'Bus'), term(null, 'Bahn')] }, term(null, 'Rad')] }],
    ['Parken NOT Gebühren', { type: 'and', clauses: [term(null, 'Parken'), { type: 'not', clause: term(null, 'Gebühren') }] }],
    [
      'metadata_modified:[2024-01-01T00:00:00Z TO *]',
      { type: 'range', field: 'metadata_modified', from: '2024-01-01T00:00:00Z', to: null, includeFrom: true, includeTo: true },
    ],
    ['metadata_modified:{NOW-1DAY TO NOW]', { type: 'range', field: 'metadata_modified', from: 'NOW-1DAY', to: 'NOW', includeFrom: false, includeTo: true }],
    ['num_resources:[1 TO 5}', { type: 'range', field: 'num_resources', from: '1', to: '5', includeFrom: true, includeTo: false }],
    ['res_format:*', { type: 'exists', field: 'res_format' }],
    ['res_format:[* TO *]', { type: 'exists', field: 'res_format' }],
    ['name:a\\:b\\(c\\)', term('name', 'a:b(c)')],
    ['title:Parken^2 notes:"Park haus"~3', { type: 'and', clauses: [term('title', 'Parken'), term('notes', 'Park haus', true)] }],
    [
      // ckanext-harvest's CKAN harvester: excluded organisations, then everything modified since the last run
      '-organization:alt -organization:test metadata_modified:[2024-05-01T10:11:12.123456Z TO *]',
      {
        type: 'and',
        clauses: [
          { type: 'not', clause: term('organization', 'alt') },
          { type: 'not', clause: term('organization', 'test') },
          { type: 'range', field: 'metadata_modified', from: '2024-05-01T10:11:12.123456Z', to: null, includeFrom: true, includeTo: true },
        ],
      },
    ],
    ['+state:(active OR draft)', { type: 'or', clauses: [term('state', 'active'), term('state', 'draft')] }],
  ];
  for (const [input, expected] of cases) {
    it(`reads ${input || '(empty)'}`, () => assert.deepEqual(parseSolrQuery(input), expected));
  }

  const garbage: [string, RegExp][] = [
    ['((((', /ends where a search term was expected/],
    ['(Bus', /not closed/],
    ['Bus)', /closing parenthesis/],
    ['field:', /value is missing/],
    ['tags: Bus', /value is missing/],
    [':value', /field name is missing/],
    ['"open', /quotation mark .* not closed/],
    ['Bus AND', /ends where a search term was expected/],
    ['OR Bus', /"OR" cannot stand here/],
    ['tags:Park*', /Wildcards/],
    ['metadata_modified:[2024 TO]', /must read \[from TO to\]/],
    ['a\\', /lone backslash/],
    ['tit le:x"', /not closed/],
    ['tags:a^', /number after "\^"/],
    ['a:b:c', /field name/],
  ];
  for (const [input, message] of garbage) {
    it(`refuses ${input}`, () =>
      assert.throws(
        () => parseSolrQuery(input),
        (error) => error instanceof SolrSyntaxError && message.test(error.message),
      ));
  }

  it('refuses local parameters as CKAN does', () => {
    assert.throws(() => parseSolrQuery('{!func}sum(1,2)'), SolrLocalParamsError);
  });

  it('refuses a 10,000-character query at once, by its length', () => {
    for (const input of ['a'.repeat(10_000), '('.repeat(10_000), 'tags:x OR '.repeat(1_000) + 'tags:y']) {
      assert.throws(() => parseSolrQuery(input), { name: 'SolrSyntaxError', message: `The query is longer than ${MAX_QUERY_CHARS} characters` });
    }
  });

  it('answers any input with a tree or a SolrSyntaxError, never anything else', () => {
    // A fixed pseudo-random sequence (LCG), so a failure can be reproduced.
    let seed = 42;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const pieces = [
      'tags',
      ':',
      '"',
      '(',
      ')',
      '[',
      ']',
      '{',
      '}',
      ' TO ',
      ' AND ',
      ' OR ',
      'NOT ',
      '-',
      '+',
      '!',
      '*',
      '?',
      '\\',
      '^2',
      '~',
      'Park',
      'NOW-1DAY',
      ' ',
      '&&',
      '||',
      '{!',
    ];
    for (let run = 0; run < 3000; run++) {
      const input = Array.from({ length: 1 + Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      try {
        parseSolrQuery(input);
      } catch (error) {
        assert.ok(error instanceof SolrSyntaxError || error instanceof SolrLocalParamsError, `${input}: ${String(error)}`);
      }
    }
  });

  it('refuses deep nesting and too many clauses within the length limit', () => {
    assert.throws(() => parseSolrQuery(`${'('.repeat(20)}a${')'.repeat(20)}`), /nested more than 10 levels/);
    assert.throws(() => parseSolrQuery('NOT '.repeat(20) + 'a'), /nested more than 10 levels/);
    assert.throws(() => parseSolrQuery('a '.repeat(101)), /more than 100 clauses/);
    assert.doesNotThrow(() => parseSolrQuery('a '.repeat(100)));
  });
});
