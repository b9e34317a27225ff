import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { PROJECT_ROOT } from '../../../kernel/config';
import { lastMailTo } from '../../../../tests/support/mail';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { libraryHolds } from '../tables/lending';
import { insertFee, insertHold, insertItem, insertLoan, insertReader, insertRecord, lentCopy } from '../test-support';
import { builtinConnector } from './builtin-connector';
import type { PaiaDocument } from './connector';
import { addDays, today } from './rules';
import { editionUri, itemUri } from './uris';

const example = (name: string) => JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'tests/fixtures/paia', name), 'utf8')) as Record<string, unknown>;
const EXAMPLE_DOCS = (example('items.json').doc as Record<string, unknown>[]).concat(example('document-rejected.json'));

/** Every field we answer is a field of PAIA's examples with the same JSON type (the examples are the specification's). */
function assertPaiaShape(answer: Record<string, unknown>, examples: Record<string, unknown>[], extra: Record<string, string> = {}) {
  for (const [key, value] of Object.entries(answer)) {
    const sample = examples.find((candidate) => key in candidate)?.[key];
    const expected = extra[key] ?? (sample === undefined ? undefined : typeof sample);
    assert.ok(expected, `${key} is not a field of the PAIA examples`);
    assert.equal(typeof value, expected, `${key} has PAIA's type`);
  }
}

describe('built-in connector (PAIA core)', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  it('answers patron, items and fees in the shapes of the PAIA examples', async () => {
    const connector = builtinConnector(t.deps);
    const reader = await insertReader(t, { name: 'Jane Q. Public', email: 'jane@example.org' });
    const { record, item } = await lentCopy(t, reader, 'Where the wild things are', 12);
    const wanted = await insertRecord(t, { title: 'Who was Maurice Sendak?' });
    const copy = await insertItem(t, wanted.id, { shelfmark: 'BIO SED 03' });
    await insertLoan(t, (await insertReader(t)).id, copy.id, 4);
    await insertHold(t, reader.id, copy.id);
    await insertFee(t, reader.id, 250, 'overdue', 'Where the wild things are');

    const patron = await connector.patron(reader.id);
    assert.ok(patron);
    assertPaiaShape({ ...patron }, [example('patron.json')]);
    assert.equal(patron.status, 0);

    const docs = await connector.items(reader.id);
    for (const doc of docs) {
      assertPaiaShape({ ...doc }, EXAMPLE_DOCS, { canrenew: 'boolean' });
      assert.ok([0, 1, 2, 3, 4, 5].includes(doc.status));
      assert.ok(doc.item ?? doc.edition, 'each document names its item or edition');
    }
    const loan = docs.find((doc) => doc.status === 3);
    assert.deepEqual(
      { item: loan?.item, edition: loan?.edition, endtime: loan?.endtime, renewals: loan?.renewals, queue: loan?.queue, canrenew: loan?.canrenew },
      {
        item: itemUri(t.config.baseUrl, record.id, item.barcode),
        edition: editionUri(t.config.baseUrl, record.id),
        endtime: addDays(today(), 12),
        renewals: 0,
        queue: 0,
        canrenew: true,
      },
    );
    const hold = docs.find((doc) => doc.status === 1);
    assert.equal(hold?.queue, 1);
    assert.equal(hold?.cancancel, true);
    assert.equal(hold?.label, 'BIO SED 03');

    const fees = await connector.fees(reader.id);
    assert.equal(fees.amount, '2.50 EUR');
    assert.deepEqual(
      fees.fee.map((fee) => [fee.amount, fee.feetype, fee.about]),
      [['2.50 EUR', 'Versäumnisgebühr', 'Where the wild things are']],
    );
  });

  it('rejects a request as PAIA does (status 5 with an error), and answers unknown copies without throwing', async () => {
    const connector = builtinConnector(t.deps);
    const reader = await insertReader(t);
    const onShelf = await insertRecord(t);
    await insertItem(t, onShelf.id);
    const [rejected] = await connector.request(reader.id, [{ edition: editionUri(t.config.baseUrl, onShelf.id) }]);
    assertPaiaShape({ ...rejected }, EXAMPLE_DOCS);
    assert.equal(rejected?.status, 5);
    assert.match(rejected?.error ?? '', /steht im Regal/);
    const [renewed] = await connector.renew(reader.id, [{ item: 'http://elsewhere.example/item/1' }]);
    assert.match((renewed as PaiaDocument).error ?? '', /nicht auf Ihrem Ausweis/);
    const [cancelled] = await connector.cancel(reader.id, [{ item: `${editionUri(t.config.baseUrl, onShelf.id)}#exemplar-NICHTDA` }]);
    assert.match(cancelled?.error ?? '', /gibt es nicht/);
  });

  it('passes a cancelled ready hold on to the next in line, whose mail the library signs', async () => {
    const record = await insertRecord(t, { title: 'Abholbereit' });
    const copy = await insertItem(t, record.id);
    const [first, second] = [await insertReader(t, { email: 'erste@example.org' }), await insertReader(t, { email: 'zweite@example.org' })];
    await insertHold(t, first.id, copy.id, new Date(Date.now() - 60_000));
    await insertHold(t, second.id, copy.id);
    await t.db.update(libraryHolds).set({ readyAt: new Date() }).where(eq(libraryHolds.readerId, first.id));
    const [cancelled] = await builtinConnector(t.deps).cancel(first.id, [{ item: itemUri(t.config.baseUrl, record.id, copy.barcode) }]);
    assert.equal(cancelled?.status, 0);
    const mail = await lastMailTo(t, 'zweite@example.org');
    assert.match(mail.subject, /^Ihre Vormerkung liegt bereit: Abholbereit/);
    assert.match(mail.text, /\n\nFreundliche Grüße\nStadtbücherei Iserlohn$/);
  });

  it('says a card has expired (patron status 2)', async () => {
    const reader = await insertReader(t, { expiresOn: addDays(today(), -1) });
    assert.equal((await builtinConnector(t.deps).patron(reader.id))?.status, 2);
    assert.equal(await builtinConnector(t.deps).patron('00000000-0000-4000-8000-000000000000'), undefined);
  });
});
