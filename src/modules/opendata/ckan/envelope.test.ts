import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError, errors } from '../../../kernel/http';
import { ckanErrors, pythonString, toCkanError } from './envelope';

describe('CKAN errors', () => {
  it("turns a use case's AppError into CKAN's error type and status", () => {
    const cases: [unknown, number, Record<string, unknown>][] = [
      [errors.validation({ name: 'Dieser Name ist schon vergeben.' }), 409, { __type: 'Validation Error', name: ['Dieser Name ist schon vergeben.'] }],
      [errors.notFound('Der Datensatz'), 404, { __type: 'Not Found Error', message: 'Not found: Der Datensatz wurde nicht gefunden.' }],
      [errors.loginRequired(), 403, { __type: 'Authorization Error', message: 'Access denied: Bitte melden Sie sich an, um diese Seite zu sehen.' }],
      [errors.forbidden(), 403, { __type: 'Authorization Error', message: 'Access denied: Sie haben keine Berechtigung für diese Seite.' }],
      [
        new AppError('conflict', { status: 409, userMessage: 'Der Datensatz wurde inzwischen geändert.' }),
        409,
        { __type: 'Validation Error', message: 'Der Datensatz wurde inzwischen geändert.' },
      ],
      [
        new AppError('storage', { status: 503, userMessage: 'Der Speicher antwortet nicht.' }),
        500,
        { __type: 'Internal Server Error', message: 'Internal Server Error' },
      ],
      [new TypeError('x is undefined'), 500, { __type: 'Internal Server Error', message: 'Internal Server Error' }],
    ];
    for (const [error, status, body] of cases) {
      const ckan = toCkanError(error);
      assert.deepEqual([ckan.status, ckan.body], [status, body]);
    }
  });

  it('writes search error messages as CKAN does, with the Python repr of the reason', () => {
    assert.equal(ckanErrors.searchQuery('Invalid "sort" parameter').body.message, 'Search Query is invalid: (\'Invalid "sort" parameter\',)');
    assert.equal(ckanErrors.search("it's broken").body.message, 'Search error: ("it\'s broken",)');
    assert.equal(pythonString('a\'b"c\\'), "'a\\'b\"c\\\\'");
  });
});
