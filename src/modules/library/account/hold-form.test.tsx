import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { ModuleManifest } from '../../../kernel/module';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { MODULES } from '../../../registry';
import { HoldForm } from '../index';
import { addDays, today } from '../lending/rules';
import { LENDING_PATHS } from '../paths';
import { libraryHolds, libraryLoans } from '../tables/lending';
import { insertItem, insertReader, insertRecord, TEST_PIN } from '../test-support';

/** Stands in for the catalogue's record page, which renders the hold form the module exports. */
const recordPageStandIn: ModuleManifest = {
  id: 'hold-form-test',
  routes: (app: FastifyInstance) => {
    app.get<{ Params: { id: string } }>('/test/titel/:id', async (request, reply) =>
      reply.page({ title: 'Titel', body: <HoldForm recordId={request.params.id} title="Der Schwarm" /> }),
    );
  },
};

describe('hold form for the record page', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp({ modules: [...MODULES, recordPageStandIn] })));
  after(() => t.close());

  it('posts with its CSRF token to the hold route and queues the reader', async () => {
    const record = await insertRecord(t, { title: 'Der Schwarm' });
    const copy = await insertItem(t, record.id);
    await t.db.insert(libraryLoans).values({ readerId: (await insertReader(t)).id, itemId: copy.id, dueOn: addDays(today(), 3) });
    const reader = await insertReader(t);
    const client = t.client();
    await client.submit(LENDING_PATHS.login, { cardNumber: reader.cardNumber, pin: TEST_PIN });
    const page = await client.get(`/test/titel/${record.id}`);
    assert.match(page.body, new RegExp(`<form action="${LENDING_PATHS.placeHold(record.id)}" method="post"`));
    assert.match(page.body, /Vormerken<span class="visually-hidden"> – Der Schwarm<\/span>/);
    const placed = await client.post(LENDING_PATHS.placeHold(record.id));
    assert.equal(placed.headers.location, `${LENDING_PATHS.account}#vormerkungen`);
    const holds = await t.db.select().from(libraryHolds);
    assert.deepEqual(
      holds.map((hold) => [hold.readerId, hold.itemId]),
      [[reader.id, copy.id]],
    );
  });
});
