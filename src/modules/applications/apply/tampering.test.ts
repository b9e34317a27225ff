import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../../kernel/audit';
import { PATHS } from '../paths';
import { applications } from '../tables';
import { answer, answerMaengelmeldung, applyTestApp, startAsGuest, startLoggedIn } from './test-support';
import { hiddenValue } from '../../../../tests/support/html';
import { citizen } from '../../../../tests/support/people';

/** Posts the pages cannot produce: refused with a clear message, logged, and nothing saved. */
describe('tampered application requests', () => {
  let t: Awaited<ReturnType<typeof applyTestApp>>;
  before(async () => {
    t = await applyTestApp();
  });
  beforeEach(() => t.seed());
  after(() => t.close());

  async function refusals(applicationId: string): Promise<string[]> {
    const rows = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'applications.tampering_refused'), eq(auditLog.objectId, applicationId)));
    return rows.map((row) => String((row.details as Record<string, unknown>).problem));
  }

  async function answersOf(id: string): Promise<unknown> {
    return (await t.db.select().from(applications).where(eq(applications.id, id)))[0]!.answers;
  }

  it('refuses a step skipped by URL (GET and POST)', async () => {
    const client = t.client();
    const id = await startAsGuest(client, 'maengelmeldung', 'gast@example.org');
    const skipped = await client.get(PATHS.page(id, 'kontakt'));
    assert.equal(skipped.statusCode, 400);
    assert.match(skipped.body, /Beantworten Sie zuerst die Fragen der vorherigen Seiten/);
    assert.match(skipped.body, new RegExp(`href="${PATHS.page(id, 'mangel')}"`));
    const post = await client.post(PATHS.page(id, 'kontakt'), { wantsFeedback: 'nein' });
    assert.equal(post.statusCode, 400);
    assert.deepEqual(await answersOf(id), {});
    assert.deepEqual(await refusals(id), ['step_skipped', 'step_skipped']);
  });

  it('refuses a page that is not part of the application', async () => {
    const client = t.client();
    const id = await startAsGuest(client, 'maengelmeldung', 'gast@example.org');
    const response = await client.get(PATHS.page(id, 'gibtEsNicht'));
    assert.equal(response.statusCode, 404);
    assert.deepEqual(await refusals(id), ['page_not_visible']);
  });

  it('refuses unknown posted fields', async () => {
    const client = t.client();
    const id = await startAsGuest(client, 'maengelmeldung', 'gast@example.org');
    const response = await answer(client, id, 'mangel', { category: 'strasse', description: 'Schlagloch auf dem Radweg', status: 'approved' });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /Felder, die es auf dieser Seite nicht gibt/);
    assert.deepEqual(await answersOf(id), {});
    assert.deepEqual(await refusals(id), ['unknown_fields']);
  });

  it('refuses a changed form version', async () => {
    const client = t.client();
    const id = await startAsGuest(client, 'maengelmeldung', 'gast@example.org');
    await client.get(PATHS.page(id, 'mangel'));
    const response = await client.post(PATHS.page(id, 'mangel'), {
      formVersion: '00000000-0000-4000-8000-000000000000',
      category: 'strasse',
      description: 'Schlagloch auf dem Radweg',
    });
    assert.equal(response.statusCode, 400);
    assert.deepEqual(await answersOf(id), {});
    assert.deepEqual(await refusals(id), ['form_version_changed']);
  });

  it("answers 404 for another person's draft, logged in or guest", async () => {
    const owner = await citizen(t);
    const id = await startLoggedIn(owner.client, 'maengelmeldung');
    const other = await citizen(t);
    const guest = t.client();
    await startAsGuest(guest, 'maengelmeldung', 'gast@example.org');
    const stranger = t.client();
    await stranger.get(PATHS.start('maengelmeldung')); // holds a CSRF token, so the 404 is the authorization's
    for (const client of [other.client, guest, stranger]) {
      for (const path of [PATHS.page(id, 'mangel'), PATHS.check(id), PATHS.confirmation(id), PATHS.receipt(id)]) {
        assert.equal((await client.get(path)).statusCode, 404, path);
      }
      assert.equal((await client.post(PATHS.page(id, 'mangel'), { category: 'strasse' })).statusCode, 404);
      assert.equal((await client.post(PATHS.submit(id), { submissionKey: 'x', declaration: 'ja' })).statusCode, 404);
    }
    assert.deepEqual(await answersOf(id), {});
  });

  it('refuses a forged guest cookie', async () => {
    const owner = t.client();
    const id = await startAsGuest(owner, 'maengelmeldung', 'gast@example.org');
    const forged = t.client();
    const response = await forged.get(PATHS.page(id, 'mangel'), { cookie: `sp_antraege=${id}.ZmFrZQ` });
    assert.equal(response.statusCode, 404);
  });

  it('does not submit an incomplete draft, even with a valid key', async () => {
    const client = t.client();
    const id = await startAsGuest(client, 'maengelmeldung', 'gast@example.org');
    await answer(client, id, 'mangel', { category: 'strasse', description: 'Schlagloch auf dem Radweg' });
    const check = await client.get(PATHS.check(id));
    assert.match(check.body, /Es fehlen noch Angaben/);
    const [row] = await t.db.select().from(applications).where(eq(applications.id, id));
    const response = await client.post(PATHS.submit(id), { submissionKey: row!.submissionKey, declaration: 'ja' });
    assert.equal(response.statusCode, 400);
    assert.equal((await t.db.select().from(applications).where(eq(applications.id, id)))[0]!.status, 'draft');
  });

  it('refuses a submission without the declaration, and one with a wrong key', async () => {
    const client = t.client();
    const id = await startAsGuest(client, 'maengelmeldung', 'gast@example.org');
    await answerMaengelmeldung(client, id);
    const check = await client.get(PATHS.check(id));
    const noDeclaration = await client.post(PATHS.submit(id), { submissionKey: hiddenValue(check.body, 'submissionKey') });
    assert.equal(noDeclaration.statusCode, 400);
    assert.match(noDeclaration.body, /Bestätigen Sie die Erklärung/);
    const wrongKey = await client.post(PATHS.submit(id), { submissionKey: '00000000-0000-4000-8000-000000000000', declaration: 'ja' });
    assert.equal(wrongKey.statusCode, 400);
    assert.equal((await t.db.select().from(applications).where(eq(applications.id, id)))[0]!.status, 'draft');
    assert.deepEqual(await refusals(id), ['submission_key_mismatch']);
  });
});
