import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { errorMessages, parseHtml, textOf } from '../../../tests/support/html';
import { citizen } from '../../../tests/support/people';
import { TEST_DATABASE_URL } from '../../../tests/support/database';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { createUser } from '../../kernel/auth';
import { toggleSupport } from './use-cases/toggle-support';
import { FORMS } from './abuse';
import { PATHS } from './paths';
import { participationComments, participationIdeas, participationReports, participationSupports } from './tables';
import { insertComment, insertIdea, personFields, useSettings } from './test-support';

describe('participation: support, comments and reports', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(async () => {
    await t.reset();
    useSettings(t, {});
  });
  after(() => t.close());

  const countOf = async (id: string) => (await t.db.select().from(participationIdeas).where(eq(participationIdeas.id, id)))[0]?.supportCount;

  it('toggles one support per account with a plain POST form, the count following atomically', async () => {
    const idea = await insertIdea(t, { supportCount: 7 });
    const anna = await citizen(t);
    const page = await anna.get(PATHS.idea(idea.id));
    assert.ok(parseHtml(page.body).querySelector(`form[action="${PATHS.support(idea.id)}"] button`), 'a form, no JavaScript needed');
    assert.equal((await anna.post(PATHS.support(idea.id))).statusCode, 303);
    assert.equal(await countOf(idea.id), 8);
    const supported = await anna.get(PATHS.idea(idea.id));
    assert.match(textOf(supported.body), /8 Unterstützungen bisher\./);
    assert.match(supported.body, /Unterstützung zurücknehmen/);
    // Two tabs sending at once: the row decides, the count never drifts.
    await Promise.all([anna.post(PATHS.support(idea.id)), anna.post(PATHS.support(idea.id))]);
    const rows = await t.db.select().from(participationSupports).where(eq(participationSupports.ideaId, idea.id));
    assert.equal(await countOf(idea.id), 7 + rows.length);
    const ben = await citizen(t);
    await ben.get(PATHS.idea(idea.id));
    await ben.post(PATHS.support(idea.id));
    assert.equal(await countOf(idea.id), 7 + rows.length + 1);
  });

  it(`counts 12 supports sent at once by 12 people exactly (${TEST_DATABASE_URL ? 'PostgreSQL, parallel connections' : 'PGlite: serialised, races cannot show'})`, async () => {
    const idea = await insertIdea(t);
    const people = await Promise.all(
      Array.from({ length: 12 }, (_, i) => createUser(t.db, { email: `unterstuetzung-${i}@example.org`, displayName: `Person ${i}`, emailVerified: true })),
    );
    const actor = (user: (typeof people)[number]) => ({ ...user, emailVerified: true, departments: [], permissions: new Set<string>() });
    await t.settled();
    const results = await Promise.all(people.map((user, i) => toggleSupport(actor(user), { ideaId: idea.id, ip: `192.0.2.${i}` }, t.deps)));
    assert.ok(results.every((result) => result.supported));
    assert.equal(await countOf(idea.id), 12);
    assert.equal((await t.db.select().from(participationSupports)).length, 12);
  });

  it('refuses support from visitors (401) and on ideas that are not published (404)', async () => {
    const pending = await insertIdea(t, { visibility: 'pending', reviewedAt: null });
    const hidden = await insertIdea(t, { visibility: 'hidden', hiddenReason: 'Werbung' });
    const visitor = t.client();
    await visitor.get('/konto/anmelden'); // a page with a form: the visitor carries a CSRF token
    assert.equal((await visitor.post(PATHS.support(hidden.id))).statusCode, 401);
    const anna = await citizen(t);
    await anna.get(PATHS.public);
    assert.equal((await anna.post(PATHS.support(pending.id))).statusCode, 404);
    assert.equal((await anna.post(PATHS.support(hidden.id))).statusCode, 404);
    assert.equal((await anna.post(PATHS.support('keine-id'))).statusCode, 404);
    assert.equal((await t.db.select().from(participationSupports)).length, 0);
  });

  it('publishes comments at once (post-moderation), one level of replies, and refuses a reply to a reply', async () => {
    const idea = await insertIdea(t);
    const anna = await citizen(t, { displayName: 'Anna Schulte' });
    await anna.get(PATHS.idea(idea.id));
    const sent = await anna.post(PATHS.comment(idea.id), { ...personFields(t, FORMS.comment), text: 'Gute Idee, <b>wirklich</b>!' });
    assert.equal(sent.statusCode, 303, sent.body.slice(0, 1500));
    const [comment] = await t.db.select().from(participationComments);
    assert.equal(comment?.visibility, 'published');
    assert.equal(comment?.reviewedAt, null, 'in the queue all the same');

    const ben = await citizen(t, { displayName: 'Ben Wagner' });
    const replyPage = await ben.get(`${PATHS.idea(idea.id)}?antwort=${comment!.id}`);
    assert.match(replyPage.body, /Ihre Antwort auf den Kommentar von Anna Schulte/);
    const reply = await ben.post(PATHS.comment(idea.id), { ...personFields(t, FORMS.comment), text: 'Finde ich auch.', antwort_auf: comment!.id });
    assert.equal(reply.statusCode, 303);
    const [replyRow] = await t.db.select().from(participationComments).where(eq(participationComments.authorId, ben.id));
    assert.equal(replyRow?.parentId, comment!.id);
    const deeper = await anna.post(PATHS.comment(idea.id), { ...personFields(t, FORMS.comment), text: 'Und noch tiefer.', antwort_auf: replyRow!.id });
    assert.equal(deeper.statusCode, 400);
    assert.deepEqual(errorMessages(deeper.body), [
      'Auf eine Antwort kann nicht noch einmal geantwortet werden. Antworten Sie auf den ursprünglichen Kommentar.',
    ]);

    const page = parseHtml((await t.client().get(PATHS.idea(idea.id))).body);
    const article = page.querySelector(`#kommentar-${comment!.id}`)!;
    assert.match(article.text, /Gute Idee, <b>wirklich<\/b>!/, 'markup shown as typed');
    assert.equal(article.querySelectorAll('b').length, 0);
    assert.match(article.querySelector('.comment__replies')!.text, /Ben Wagner.*Finde ich auch\./s);
  });

  it('answers a bad comment with the idea page again (400), and refuses the same comment twice', async () => {
    const idea = await insertIdea(t);
    const anna = await citizen(t);
    await anna.get(PATHS.idea(idea.id));
    const empty = await anna.post(PATHS.comment(idea.id), { ...personFields(t, FORMS.comment), text: '   ' });
    assert.equal(empty.statusCode, 400);
    assert.deepEqual(errorMessages(empty.body), ['Geben Sie Ihren Kommentar an.']);
    const long = await anna.post(PATHS.comment(idea.id), { ...personFields(t, FORMS.comment), text: 'x'.repeat(1501) });
    assert.deepEqual(errorMessages(long.body), ['Kürzen Sie Ihren Kommentar auf höchstens 1.500 Zeichen.']);
    const odd = await anna.post(PATHS.comment(idea.id), { ...personFields(t, FORMS.comment), text: 'Hallo', antwort_auf: 'x' });
    assert.equal(odd.statusCode, 400);
    await anna.post(PATHS.comment(idea.id), { ...personFields(t, FORMS.comment), text: 'Ganz meine Meinung.' });
    const twice = await anna.post(PATHS.comment(idea.id), { ...personFields(t, FORMS.comment), text: 'Ganz meine Meinung.' });
    assert.equal(twice.statusCode, 400);
    assert.deepEqual(errorMessages(twice.body), ['Diesen Kommentar haben Sie hier schon geschrieben. Er erscheint nur einmal.']);
    assert.equal((await t.db.select().from(participationComments)).length, 1);
  });

  it('keeps a pre-moderated comment to its author until approved', async () => {
    useSettings(t, { preModerateComments: true });
    const idea = await insertIdea(t);
    const anna = await citizen(t);
    await anna.get(PATHS.idea(idea.id));
    assert.equal((await anna.post(PATHS.comment(idea.id), { ...personFields(t, FORMS.comment), text: 'Wartet auf Freigabe.' })).statusCode, 303);
    assert.match((await anna.get(PATHS.idea(idea.id))).body, /Wartet auf Freigabe\./);
    assert.doesNotMatch((await t.client().get(PATHS.idea(idea.id))).body, /Wartet auf Freigabe\./);
  });

  it('lets the author edit within 15 minutes and delete, keeping replies in place', async () => {
    const idea = await insertIdea(t);
    const anna = await citizen(t);
    const fresh = await insertComment(t, { ideaId: idea.id, authorId: anna.id, body: 'Erster Gedanke' });
    const old = await insertComment(t, { ideaId: idea.id, authorId: anna.id, body: 'Alter Gedanke', createdAt: new Date(Date.now() - 16 * 60_000) });
    await insertComment(t, { ideaId: idea.id, parentId: fresh.id, authorName: 'Ben', body: 'Eine Antwort' });
    const ben = await citizen(t);
    assert.equal((await ben.get(PATHS.editComment(fresh.id))).statusCode, 404, "nobody edits another's comment");
    assert.equal((await anna.get(PATHS.editComment(old.id))).statusCode, 404, 'not after 15 minutes');
    const form = await anna.get(PATHS.editComment(fresh.id));
    assert.equal(form.statusCode, 200);
    assert.equal((await anna.post(PATHS.editComment(fresh.id), { text: '' })).statusCode, 400);
    assert.equal((await anna.post(PATHS.editComment(fresh.id), { text: 'Zweiter Gedanke' })).statusCode, 303);
    const [edited] = await t.db.select().from(participationComments).where(eq(participationComments.id, fresh.id));
    assert.equal(edited?.body, 'Zweiter Gedanke');
    assert.ok(edited?.editedAt);
    assert.equal(edited?.reviewedAt, null, 'an edited comment goes back into the queue');

    assert.equal((await ben.get(PATHS.deleteComment(fresh.id))).statusCode, 404);
    assert.match((await anna.get(PATHS.deleteComment(fresh.id))).body, /Kommentar löschen\?/);
    assert.equal((await anna.post(PATHS.deleteComment(fresh.id))).statusCode, 303);
    const page = textOf((await t.client().get(PATHS.idea(idea.id))).body);
    assert.match(page, /Dieser Kommentar wurde von der Person gelöscht/);
    assert.doesNotMatch(page, /Zweiter Gedanke/);
    assert.match(page, /Eine Antwort/);
  });

  it('takes reports from logged-in people into the queue, once per person and item', async () => {
    const idea = await insertIdea(t);
    const comment = await insertComment(t, { ideaId: idea.id, body: 'Kauft billige Uhren!' });
    const anna = await citizen(t);
    assert.equal((await t.client().get(PATHS.reportIdea(idea.id))).statusCode, 401);
    await anna.get(PATHS.reportComment(comment.id));
    const empty = await anna.post(PATHS.reportComment(comment.id), { ...personFields(t, FORMS.report), grund: '' });
    assert.equal(empty.statusCode, 400);
    assert.deepEqual(errorMessages(empty.body), ['Geben Sie einen Grund an.']);
    for (let i = 0; i < 2; i++) {
      const sent = await anna.post(PATHS.reportComment(comment.id), { ...personFields(t, FORMS.report), grund: 'Das ist Werbung.' });
      assert.equal(sent.statusCode, 303);
    }
    await anna.post(PATHS.reportIdea(idea.id), { ...personFields(t, FORMS.report), grund: 'Passt nicht hierher.' });
    const reports = await t.db.select().from(participationReports);
    assert.deepEqual(
      reports.map((report) => [report.commentId, report.reason]).sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
      [
        [comment.id, 'Das ist Werbung.'],
        [null, 'Passt nicht hierher.'],
      ],
    );
    assert.equal((await anna.get(PATHS.reportComment('00000000-0000-4000-8000-000000000000'))).statusCode, 404);
  });
});
