import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { errorSummary } from '../../../../tests/support/html';
import { createAccount, logInAs } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../../kernel/config';
import { today } from '../lending/rules';
import { LENDING_PATHS } from '../paths';
import { libraryFees, libraryHolds, libraryLoans, libraryReaders } from '../tables/lending';
import { insertItem, insertRecord } from '../test-support';
import { lendingPackSchema, seedLendingDemo } from './lending';

describe('lending demo', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  async function catalogue(copies: number) {
    for (let n = 0; n < copies; n++) {
      await insertItem(t, (await insertRecord(t, { title: `Demotitel ${n}` })).id, { barcode: `D${String(n).padStart(4, '0')}` });
    }
  }

  it('gives the demo citizen loans (one overdue), a hold on a copy another reader has, and a fee; seeding again changes nothing', async () => {
    const citizen = await createAccount(t, { email: 'buerger@iserlohn.example' });
    await catalogue(6);
    await seedLendingDemo(t.deps);
    await seedLendingDemo(t.deps);
    const [anna] = await t.db.select().from(libraryReaders).where(eq(libraryReaders.cardNumber, '2026004711'));
    assert.equal(anna?.userId, citizen.id, 'linked to the demo citizen');
    const loans = await t.db.select().from(libraryLoans).where(eq(libraryLoans.readerId, anna!.id));
    assert.equal(loans.length, 3);
    assert.equal(loans.filter((loan) => loan.dueOn < today()).length, 1, 'one overdue');
    assert.equal((await t.db.select().from(libraryHolds).where(eq(libraryHolds.readerId, anna!.id))).length, 1);
    assert.equal((await t.db.select().from(libraryFees).where(eq(libraryFees.readerId, anna!.id))).length, 1);
    assert.equal((await t.db.select().from(libraryLoans)).length, 4, 'nothing doubled by the second seed');

    const client = t.client();
    await logInAs(client, 'buerger@iserlohn.example');
    const page = await client.get(LENDING_PATHS.account);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /überfällig/);
    assert.match(page.body, /Platz 1 in der Warteschlange/);
  });

  it('logs in with the card number and PIN the README names', async () => {
    await catalogue(6);
    await seedLendingDemo(t.deps);
    const client = t.client();
    const wrong = await client.submit(LENDING_PATHS.login, { cardNumber: '2026000815', pin: '4711' });
    assert.equal(errorSummary(wrong.body).length, 1);
    assert.equal((await client.submit(LENDING_PATHS.login, { cardNumber: '2026000815', pin: '0815' })).statusCode, 303);
  });

  it('seeds nothing while the catalogue has too few copies on the shelf', async () => {
    await catalogue(2);
    await seedLendingDemo(t.deps);
    assert.equal((await t.db.select().from(libraryReaders)).length, 0);
  });

  it('both shipped packs are valid, and the second town names only itself', () => {
    for (const town of ['iserlohn', 'menden']) {
      const text = readFileSync(resolve(PROJECT_ROOT, 'config/demo', town, 'library-lending.json'), 'utf8');
      const pack = lendingPackSchema.parse(JSON.parse(text));
      assert.ok(pack.readers.some((reader) => reader.linkedAccount && pack.readers.some((other) => other.cardNumber === reader.holdsOnLoansOf)));
      if (town === 'menden') assert.doesNotMatch(text, /iserlohn/i);
    }
  });
});
