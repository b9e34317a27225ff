import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../../../kernel/db';
import { PATHS } from '../paths';
import { applicationEvents, applications } from '../tables';
import { answerMaengelmeldung, applyTestApp, startAsGuest } from './test-support';
import { hiddenValue } from '../../../../tests/support/html';
import { mailsTo } from '../../../../tests/support/mail';

/** "Never lose an application": one submission per application, however often it is posted. */
describe('submitting is idempotent', () => {
  let t: Awaited<ReturnType<typeof applyTestApp>>;
  before(async () => {
    t = await applyTestApp();
  });
  beforeEach(() => t.seed());
  after(() => t.close());

  async function readyToSubmit(email: string) {
    const client = t.client();
    const id = await startAsGuest(client, 'maengelmeldung', email);
    await answerMaengelmeldung(client, id);
    const key = hiddenValue((await client.get(PATHS.check(id))).body, 'submissionKey');
    return { client, id, key };
  }

  it('gives the same result for the same key posted twice', async () => {
    const { client, id, key } = await readyToSubmit('gast@example.org');
    const first = await client.post(PATHS.submit(id), { submissionKey: key, declaration: 'ja' });
    const [afterFirst] = await t.db.select().from(applications).where(eq(applications.id, id));
    const second = await client.post(PATHS.submit(id), { submissionKey: key, declaration: 'ja' });
    assert.equal(first.headers.location, PATHS.confirmation(id));
    assert.equal(second.headers.location, PATHS.confirmation(id));
    const [afterSecond] = await t.db.select().from(applications).where(eq(applications.id, id));
    assert.equal(afterSecond!.reference, afterFirst!.reference);
    assert.equal(afterSecond!.submittedAt!.getTime(), afterFirst!.submittedAt!.getTime());
    assert.equal((await t.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, id))).length, 1);
    assert.equal((await mailsTo(t, 'gast@example.org')).filter((mail) => mail.subject.includes(afterFirst!.reference!)).length, 1);
  });

  it('submits once when the same key arrives in parallel', async () => {
    const { client, id, key } = await readyToSubmit('gast@example.org');
    const responses = await Promise.all(Array.from({ length: 8 }, () => client.post(PATHS.submit(id), { submissionKey: key, declaration: 'ja' })));
    assert.deepEqual(
      responses.map((response) => [response.statusCode, response.headers.location]),
      responses.map(() => [303, PATHS.confirmation(id)]),
    );
    assert.equal((await t.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, id))).length, 1);
    const [row] = await t.db.select().from(applications).where(eq(applications.id, id));
    assert.equal((await mailsTo(t, 'gast@example.org')).filter((mail) => mail.subject.includes(row!.reference!)).length, 1);
  });

  it('gives different applications unique, ascending reference numbers, also in parallel', async () => {
    const drafts = await Promise.all(Array.from({ length: 6 }, (_, index) => readyToSubmit(`gast${index}@example.org`)));
    await Promise.all(drafts.map(({ client, id, key }) => client.post(PATHS.submit(id), { submissionKey: key, declaration: 'ja' })));
    const references = (await t.db.select().from(applications)).map((row) => row.reference!);
    assert.equal(references.length, 6);
    for (const reference of references) assert.match(reference, /^ISN-\d{4}-\d{6}$/);
    assert.equal(new Set(references).size, 6);
    const numbers = references.map((reference) => Number(reference.split('-').at(-1))).sort((a, b) => a - b);
    assert.deepEqual(numbers, [1, 2, 3, 4, 5, 6]);
  });

  it('makes the submission findable in the search document', async () => {
    const { client, id, key } = await readyToSubmit('gast@example.org');
    await client.post(PATHS.submit(id), { submissionKey: key, declaration: 'ja' });
    // "Radweg" is in the answers; German stemming finds it by "Radwege" too.
    const rows = await queryRows<{ id: string }>(t.db, sql`select id from applications where search @@ plainto_tsquery('german', unaccent('Radwege'))`);
    assert.deepEqual(
      rows.map((row) => row.id),
      [id],
    );
    const byReference = await queryRows<{ id: string }>(t.db, sql`select id from applications where search @@ plainto_tsquery('german', 'Seilersee')`);
    assert.deepEqual(
      byReference.map((row) => row.id),
      [id],
    );
  });
});
