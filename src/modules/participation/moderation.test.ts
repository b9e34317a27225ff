import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../kernel/audit';
import { errorMessages, tableRows, textOf } from '../../../tests/support/html';
import { actorOf, staffMember, type Person } from '../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { participationModule } from './index';
import { PATHS, STAFF_PATHS } from './paths';
import { MODERATE_PERMISSION } from './policies';
import { participationComments, participationIdeas, participationReports } from './tables';
import { insertComment, insertIdea, insertMeasures, useSettings } from './test-support';

describe('participation: the moderation', () => {
  let t: TestApp;
  let moderator: Person;
  before(async () => (t = await createTestApp()));
  beforeEach(async () => {
    await t.reset();
    useSettings(t, {});
    moderator = await staffMember(t, [], { permissions: [MODERATE_PERMISSION] });
  });
  after(() => t.close());

  const ideaRow = async (id: string) => (await t.db.select().from(participationIdeas).where(eq(participationIdeas.id, id)))[0]!;
  const actions = async () => (await t.db.select({ action: auditLog.action }).from(auditLog)).map((row) => row.action).sort();

  it('queues what nobody looked at and what was reported, oldest first, and counts it in "Meine Aufgaben"', async () => {
    const pending = await insertIdea(t, { title: 'Neu eingereicht', visibility: 'pending', reviewedAt: null, createdAt: new Date(Date.now() - 60_000) });
    const reported = await insertIdea(t, { title: 'Gemeldet' });
    const checked = await insertIdea(t, { title: 'Längst geprüft' });
    await insertComment(t, { ideaId: checked.id, body: 'Neuer Kommentar', reviewedAt: null });
    await insertComment(t, { ideaId: checked.id, body: 'Gelöschter Kommentar', reviewedAt: null, deletedAt: new Date() });
    await t.db.insert(participationReports).values({ ideaId: reported.id, reason: 'Werbung' });
    const rows = tableRows((await moderator.get(STAFF_PATHS.queue)).body);
    assert.deepEqual(
      rows.map((row) => [row[0], row[1], row[4]]),
      [
        ['Vorschlag', `Neu eingereicht ${pending.body}`, '0'],
        ['Vorschlag', `Gemeldet ${reported.body}`, '1'],
        ['Kommentar', 'Kommentar zu „Längst geprüft“ Neuer Kommentar', '0'],
      ],
    );
    const tasks = await participationModule.staffTasks!(actorOf(moderator, { permissions: [MODERATE_PERMISSION] }), t.deps);
    assert.deepEqual(tasks, [{ label: 'Vorschläge und Kommentare prüfen', count: 3, href: STAFF_PATHS.queue }]);
    assert.match(textOf((await moderator.get('/verwaltung')).body), /Vorschläge und Kommentare prüfen/);
    assert.equal((await ideaRow(pending.id)).visibility, 'pending');
  });

  it('approves a pending idea: public, out of the queue, audited', async () => {
    const idea = await insertIdea(t, { visibility: 'pending', reviewedAt: null });
    await moderator.get(STAFF_PATHS.idea(idea.id));
    const done = await moderator.post(STAFF_PATHS.moderateIdea(idea.id), { entscheidung: 'freigeben', grund: '' });
    assert.equal(done.statusCode, 303);
    assert.equal((await ideaRow(idea.id)).visibility, 'published');
    assert.equal((await t.client().get(PATHS.idea(idea.id))).statusCode, 200);
    assert.match(textOf((await moderator.get(STAFF_PATHS.queue)).body), /Nichts zu tun/);
    assert.deepEqual(await actions(), ['participation.idea.approved']);
  });

  it('hides an idea with a reason its author sees; the public reads only that the moderation hid it', async () => {
    const author = await staffMember(t, [], { role: 'citizen' });
    const idea = await insertIdea(t, { authorId: author.id, body: 'Kauft Uhren bei uns, billig und schnell geliefert!' });
    await t.db.insert(participationReports).values({ ideaId: idea.id, reason: 'Werbung' });
    await moderator.get(STAFF_PATHS.idea(idea.id));
    const noReason = await moderator.post(STAFF_PATHS.moderateIdea(idea.id), { entscheidung: 'ausblenden', grund: '' });
    assert.equal(noReason.statusCode, 400);
    assert.deepEqual(errorMessages(noReason.body), [
      'Geben Sie an, warum der Beitrag ausgeblendet wird. Die Person, die ihn geschrieben hat, sieht den Grund.',
    ]);
    assert.equal(
      (await moderator.post(STAFF_PATHS.moderateIdea(idea.id), { entscheidung: 'ausblenden', grund: 'Werbung ist hier nicht erlaubt.' })).statusCode,
      303,
    );
    const pub = textOf((await t.client().get(PATHS.idea(idea.id))).body);
    assert.match(pub, /vom Moderationsteam ausgeblendet/);
    assert.doesNotMatch(pub, /Kauft Uhren|Werbung ist hier|Vorschlag \d+/, 'neither text nor title');
    assert.match(pub, /Ausgeblendeter Vorschlag/);
    assert.match(textOf((await author.get(PATHS.idea(idea.id))).body), /Grund \(nur für Sie sichtbar\): Werbung ist hier nicht erlaubt\./);
    const [report] = await t.db.select().from(participationReports);
    assert.ok(report?.resolvedAt, 'the report is done');
    assert.doesNotMatch((await t.client().get(PATHS.public)).body, /Kauft Uhren/);
  });

  it('sets status, answer and measure; a rejection needs its reason, "aufgegriffen" a measure', async () => {
    const measures = await insertMeasures(t);
    const idea = await insertIdea(t);
    await moderator.get(STAFF_PATHS.idea(idea.id));
    const cases: Array<[Record<string, string>, string[]]> = [
      [{ status: 'rejected', antwort: '' }, ['Begründen Sie die Ablehnung in der Antwort: Die Begründung wird beim Vorschlag veröffentlicht.']],
      [{ status: 'adopted', antwort: 'Gut.' }, ['Wählen Sie die Maßnahme, in der der Vorschlag aufgegriffen wird.']],
      [{ status: 'adopted', antwort: 'Gut.', massnahme: measures.draft.id }, ['Diese Maßnahme ist nicht veröffentlicht. Wählen Sie eine aus der Liste.']],
      [{ status: 'vergessen' }, ['Wählen Sie einen Stand aus.']],
    ];
    for (const [form, messages] of cases) {
      const page = await moderator.post(STAFF_PATHS.answerIdea(idea.id), form);
      assert.equal(page.statusCode, 400, JSON.stringify(form));
      assert.deepEqual(errorMessages(page.body), messages);
    }
    const ok = await moderator.post(STAFF_PATHS.answerIdea(idea.id), {
      status: 'adopted',
      antwort: 'Wir nehmen das in die Maßnahme auf.',
      massnahme: measures.wifi.id,
    });
    assert.equal(ok.statusCode, 303);
    const row = await ideaRow(idea.id);
    assert.deepEqual([row.status, row.measureId, Boolean(row.answeredAt)], ['adopted', measures.wifi.id, true]);
    const page = (await t.client().get(PATHS.idea(idea.id))).body;
    assert.match(textOf(page), /Aufgegriffen.*Antwort der Stadt\s*Wir nehmen das in die Maßnahme auf\./s);
    assert.match(page, /href="\/digitalisierung\/massnahmen\/freies-wlan-und-freifunk"/);
    assert.match(page, /href="\/mitmachen\?massnahme=freies-wlan-und-freifunk">alle Vorschläge zu dieser Maßnahme/);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'participation.idea.answered'));
    assert.deepEqual((entry?.details as { status: string[] }).status, ['submitted', 'adopted']);
  });

  it('approves and hides comments; a hidden one keeps its place for the replies', async () => {
    const idea = await insertIdea(t);
    const comment = await insertComment(t, { ideaId: idea.id, body: 'Beleidigender Text', reviewedAt: null });
    await insertComment(t, { ideaId: idea.id, parentId: comment.id, body: 'Eine Antwort darauf' });
    await moderator.get(STAFF_PATHS.moderateComment(comment.id));
    assert.equal((await moderator.post(STAFF_PATHS.moderateComment(comment.id), { entscheidung: 'ausblenden', grund: 'Beleidigung' })).statusCode, 303);
    const [row] = await t.db.select().from(participationComments).where(eq(participationComments.id, comment.id));
    assert.deepEqual([row?.visibility, row?.hiddenReason, Boolean(row?.reviewedAt)], ['hidden', 'Beleidigung', true]);
    const pub = textOf((await t.client().get(PATHS.idea(idea.id))).body);
    assert.match(pub, /Dieser Beitrag wurde vom Moderationsteam ausgeblendet\..*Eine Antwort darauf/s);
    assert.doesNotMatch(pub, /Beleidigender Text|Beleidigung/);
    assert.equal((await moderator.post(STAFF_PATHS.moderateComment(comment.id), { entscheidung: 'freigeben' })).statusCode, 303);
    assert.match(textOf((await t.client().get(PATHS.idea(idea.id))).body), /Beleidigender Text/);
    assert.deepEqual(await actions(), ['participation.comment.approved', 'participation.comment.hidden']);
  });
});
