import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PgDialect } from 'drizzle-orm/pg-core';
import { isOpen } from './inbox-query';

describe('inbox statement', () => {
  it('writes the open statuses as literals, so the planner can prove the partial index of open Anträge in any plan', () => {
    const { sql, params } = new PgDialect().sqlToQuery(isOpen);
    assert.deepEqual(params, []);
    assert.match(sql, /"status" in \('submitted', 'in_progress', 'awaiting_citizen'\)/);
  });
});
