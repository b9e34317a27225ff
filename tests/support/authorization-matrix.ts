/**
 * An authorization matrix as a table: each row a page or action, each column an actor, each cell the
 * expected status. Registers one test per cell: GETs answer the status; POSTs first fetch a page for a
 * CSRF token (so a forbidden POST fails on authorization, not on CSRF) and a refused one changes nothing
 * (`fingerprint` before and after). Used by src/modules/wlan/staff/authorization-matrix.test.ts; the
 * older matrices (vhs, library, applications) write the same loop out.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';

export interface MatrixRow<F, A extends string> {
  what: string;
  method: 'GET' | 'POST';
  url: (fx: F) => string;
  form?: (fx: F) => Record<string, string>;
  expect: Partial<Record<A, number>> & { otherwise: number };
}

export interface MatrixSession {
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, form: Record<string, string>): Promise<LightMyRequestResponse>;
}

/** A page with a form every actor may open. */
const TOKEN_PAGE = '/barrierefreiheit/barriere-melden';

export function matrixTests<F, A extends string>(options: {
  rows: readonly MatrixRow<F, A>[];
  actors: readonly A[];
  session: (actor: A) => MatrixSession;
  fixture: () => Promise<F>;
  fingerprint: () => Promise<string>;
}): void {
  for (const row of options.rows) {
    for (const actor of options.actors) {
      const expected = row.expect[actor] ?? row.expect.otherwise;
      it(`${row.method} ${row.what} as ${actor} → ${expected}`, async () => {
        const fx = await options.fixture();
        const session = options.session(actor);
        if (row.method === 'GET') {
          const response = await session.get(row.url(fx));
          assert.equal(response.statusCode, expected, response.body.slice(0, 300));
          return;
        }
        await session.get(TOKEN_PAGE);
        const before = await options.fingerprint();
        const response = await session.post(row.url(fx), row.form?.(fx) ?? {});
        assert.equal(response.statusCode, expected, response.body.slice(0, 300));
        if (expected !== 303) assert.equal(await options.fingerprint(), before, 'a refused action changes nothing');
      });
    }
  }
}
