import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { recordAvailability } from '../index';
import { addDays, today } from '../lending/rules';
import { germanDay } from '../presenters';
import { insertHold, insertItem, insertLoan, insertReader, insertRecord } from '../test-support';

describe("a record's availability for its page", () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  it('labels each copy and offers the hold form only when no copy stands on the shelf', async () => {
    const record = await insertRecord(t);
    const lent = await insertItem(t, record.id, { barcode: 'V1' });
    const shelf = await insertItem(t, record.id, { barcode: 'V2' });
    await insertItem(t, record.id, { barcode: 'V3', state: 'reference' });
    await insertLoan(t, (await insertReader(t)).id, lent.id, 10);
    await insertHold(t, (await insertReader(t)).id, lent.id);
    const before = await recordAvailability(record.id, t.deps);
    assert.deepEqual(
      before.copies.map((copy) => [copy.barcode, copy.status, copy.label]),
      [
        ['V1', 'lent', `Entliehen bis ${germanDay(addDays(today(), 10))}, 1 Vormerkung`],
        ['V2', 'available', 'Verfügbar'],
        ['V3', 'reference', 'Präsenzbestand: nur in der Bücherei zu lesen'],
      ],
    );
    assert.equal(before.holdable, false, 'a copy is on the shelf');
    await insertLoan(t, (await insertReader(t)).id, shelf.id, 3);
    assert.equal((await recordAvailability(record.id, t.deps)).holdable, true);
    const onlyReference = await insertRecord(t);
    await insertItem(t, onlyReference.id, { state: 'reference' });
    assert.equal((await recordAvailability(onlyReference.id, t.deps)).holdable, false, 'nothing to lend, nothing to hold');
  });
});
