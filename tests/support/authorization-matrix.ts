/**
 * Access tables: who may open which URL of a module, as data. Each row is a page or an action with
 * the status every kind of actor must get; the runner makes one test per row and actor, on fresh
 * objects each time, and checks that a refused action changed nothing. The table is the
 * specification of the module's policies (docs/conventions.md, "Authorization").
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';

/** The status each actor must get: the ones named, and `otherwise` for everyone else. */
export type Expected<Actor extends string> = Partial<Record<Actor, number>> & { otherwise: number };

/** One page (GET) or action (POST with its form) of the table. */
export type MatrixRow<Actor extends string, Fixture> = {
  what: string;
  url: (fx: Fixture) => string;
  expect: Expected<Actor>;
} & (
  | { method: 'GET' }
  | {
      method: 'POST';
      /** The form sent; `actorId` is the sender's account (to assign a case to oneself, say). */
      form: (fx: Fixture, actorId: string | undefined) => Record<string, string>;
    }
);

/** Whoever requests the URLs: a `Person` of tests/support/people.ts, or `t.client()` for a visitor. */
export interface MatrixClient {
  id?: string;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, form: Record<string, string>): Promise<LightMyRequestResponse>;
}

export interface AuthorizationMatrix<Actor extends string, Fixture, Snapshot> {
  rows: readonly MatrixRow<Actor, Fixture>[];
  /** Every kind of actor, in the order the tests run; each row is tried by each. */
  actors: readonly Actor[];
  /** Each actor's client; the map is read when a test runs, so fill it in `before()`. */
  clients: ReadonlyMap<Actor, MatrixClient>;
  /** The objects one test works on, made anew for every test so that no allowed action changes the next. */
  fixture: () => Promise<Fixture>;
  /** What the module's actions change (rows, counters, audit entries), read before and after every POST. */
  snapshot: (fx: Fixture) => Promise<Snapshot>;
  /** Whether a POST answered with `status` was refused and must leave the snapshot as it was; default: 400 and above. */
  refused?: (status: number, actor: Actor) => boolean;
  /** The snapshot an allowed POST must leave, from the one before it (e.g. one more audit entry), when the table checks that too. */
  allowed?: (before: Snapshot) => Snapshot;
}

/**
 * A page with a form that every actor may open: a POST needs the CSRF token of a page, and a refused
 * POST must fail on authorization, not on a missing token.
 */
const TOKEN_PAGE = '/barrierefreiheit/barriere-melden';

/** Registers the tests of `matrix` (call it inside a `describe`). */
export function runAuthorizationMatrix<Actor extends string, Fixture, Snapshot>(matrix: AuthorizationMatrix<Actor, Fixture, Snapshot>): void {
  const refused = matrix.refused ?? ((status: number) => status >= 400);
  for (const row of matrix.rows) {
    for (const actor of matrix.actors) {
      const expected = row.expect[actor] ?? row.expect.otherwise;
      const name = `${row.method} ${row.what} as ${actor}`;
      it(`${name} → ${expected}`, async () => {
        const fx = await matrix.fixture();
        const client = matrix.clients.get(actor);
        assert.ok(client, `${name}: no client for ${actor} (set it in before())`);
        if (row.method === 'GET') {
          assertStatus(name, await client.get(row.url(fx)), expected);
          return;
        }
        await client.get(TOKEN_PAGE);
        const before = await matrix.snapshot(fx);
        assertStatus(name, await client.post(row.url(fx), row.form(fx, client.id)), expected);
        const after = await matrix.snapshot(fx);
        if (refused(expected, actor)) assert.deepEqual(after, before, `${name}: a refused action changes nothing`);
        else if (matrix.allowed) assert.deepEqual(after, matrix.allowed(before), `${name}: an allowed action makes the change the table expects`);
      });
    }
  }
}

function assertStatus(name: string, response: LightMyRequestResponse, expected: number): void {
  assert.equal(response.statusCode, expected, `${name}: expected ${expected}, got ${response.statusCode}\n${response.body.slice(0, 300)}`);
}
