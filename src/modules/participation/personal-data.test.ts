import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { textOf } from '../../../tests/support/html';
import { citizen, PASSWORD } from '../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { PATHS } from './paths';
import { participationComments, participationIdeas, participationReports, participationSupports } from './tables';
import { insertComment, insertIdea, useSettings } from './test-support';

describe('participation: Meine Daten, Mein Konto and deleting an account', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(async () => {
    await t.reset();
    useSettings(t, {});
  });
  after(() => t.close());

  /** A person with an idea (name shown), a comment, a support of another's idea and a report. */
  async function activePerson() {
    const person = await citizen(t, { displayName: 'Erika Mustermann' });
    const own = await insertIdea(t, { title: 'Mein Vorschlag', authorId: person.id, authorName: 'Erika Mustermann', showName: true, supportCount: 1 });
    const other = await insertIdea(t, { title: 'Fremder Vorschlag', supportCount: 4 });
    await insertComment(t, { ideaId: other.id, authorId: person.id, authorName: 'Erika Mustermann', body: 'Mein Kommentar' });
    await t.db.insert(participationSupports).values({ ideaId: other.id, userId: person.id });
    await t.db.insert(participationReports).values({ ideaId: other.id, reporterId: person.id, reason: 'Doppelt eingereicht' });
    return { person, own, other };
  }

  it('exports the ideas, comments, supports and reports of the person, and shows a card on Mein Konto', async () => {
    const { person } = await activePerson();
    const archive = JSON.parse((await person.get('/konto/meine-daten.json')).body) as {
      data: { participation: Record<string, Array<Record<string, unknown>>> };
    };
    const mine = archive.data.participation;
    assert.deepEqual(
      mine.ideas!.map((idea) => [idea.title, idea.nameShown]),
      [['Mein Vorschlag', 'Erika Mustermann']],
    );
    assert.deepEqual(
      mine.comments!.map((comment) => [comment.idea, comment.text]),
      [['Fremder Vorschlag', 'Mein Kommentar']],
    );
    assert.deepEqual(
      mine.supports!.map((support) => support.idea),
      ['Fremder Vorschlag'],
    );
    assert.deepEqual(
      mine.reports!.map((report) => report.reason),
      ['Doppelt eingereicht'],
    );
    const account = textOf((await person.get('/konto')).body);
    assert.match(account, /Mitmachen\s*1 Vorschlag, 1 Kommentar, 1 Unterstützung\./);
    const own = textOf((await person.get(PATHS.mine)).body);
    assert.match(own, /Mein Vorschlag/);
    assert.match(own, /Mein Kommentar/);

    const newcomer = await citizen(t);
    const empty = JSON.parse((await newcomer.get('/konto/meine-daten.json')).body) as { data: Record<string, unknown> };
    assert.equal(empty.data.participation, undefined, 'nothing to export: no part');
    assert.doesNotMatch(textOf((await newcomer.get('/konto')).body), /Mitmachen\s*\d/);
  });

  it('pseudonymises ideas and comments ("gelöschtes Konto"), deletes supports with their count and keeps reports without the reporter', async () => {
    const { person, own, other } = await activePerson();
    await person.get('/konto/loeschen');
    assert.equal((await person.post('/konto/loeschen', { password: PASSWORD, confirm: 'ja' })).statusCode, 303);
    const [idea] = await t.db.select().from(participationIdeas).where(eq(participationIdeas.id, own.id));
    assert.deepEqual([idea?.authorId, idea?.authorName, idea?.body], [null, null, own.body]);
    const [comment] = await t.db.select().from(participationComments);
    assert.deepEqual([comment?.authorId, comment?.authorName, comment?.body], [null, null, 'Mein Kommentar']);
    assert.equal((await t.db.select().from(participationSupports)).length, 0);
    const [otherIdea] = await t.db.select().from(participationIdeas).where(eq(participationIdeas.id, other.id));
    assert.equal(otherIdea?.supportCount, 3, 'the count follows');
    const [report] = await t.db.select().from(participationReports);
    assert.deepEqual([report?.reporterId, report?.reason], [null, 'Doppelt eingereicht']);
    const page = textOf((await t.client().get(PATHS.idea(own.id))).body);
    assert.match(page, /von gelöschtes Konto/);
    assert.match(textOf((await t.client().get(PATHS.idea(other.id))).body), /gelöschtes Konto am/);
    assert.match(textOf((await person.get('/konto/geloescht')).body), /Vorschläge \(Mitmachen\) \(1\)/);
  });
});
