import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { parseHtml, textOf } from '../../../../tests/support/html';
import { mailsTo } from '../../../../tests/support/mail';
import type { TestApp } from '../../../../tests/support/test-app';
import { formStamp, SPAM_FIELDS } from '../../../kernel/http';
import { SEARCH_PATHS } from '../paths';
import {
  councilAlertSubscriptions,
  councilConsultationOrganizations,
  councilConsultations,
  councilFiles,
  councilMeetingOrganizations,
  councilMeetings,
  councilPaperFiles,
  councilPaperOrganizations,
  councilPapers,
} from '../tables';
import type { CouncilFixture } from '../test-support';
import { sendAlertDigests } from './digest';
import { ALERT_FORM } from './use-cases/subscribe-to-alert';
import { councilTestApp } from '../search/test-support';
import { ADDRESS, confirmedAlerts, DAY, h1, linkIn, personFields } from './test-support';

describe('council e-mail alerts', () => {
  const council = councilTestApp();
  let t: TestApp;
  let fixture: CouncilFixture;
  beforeEach(() => ({ t, fixture } = council));

  const confirmedAlert = confirmedAlerts(() => t);

  it('asks for a paper alert with double opt-in: nothing is sent before the button on the link’s page confirms it', async () => {
    const client = t.client();
    const page = await client.get(`${SEARCH_PATHS.newAlert}?vorlage=${fixture.papers.publicId}`);
    assert.equal(page.statusCode, 200);
    assert.match(textOf(parseHtml(page.body).querySelector('main')!), /dieser Vorlage: Vorlage V\/2026\/0012: Verbreiterung des Radwegs/);
    assert.equal((await t.app.inject(`${SEARCH_PATHS.newAlert}?vorlage=${fixture.papers.nonPublicId}`)).statusCode, 404, 'a non-public paper');
    assert.equal((await t.app.inject(`${SEARCH_PATHS.newAlert}?gremium=unbekannt`)).statusCode, 404);
    assert.equal((await t.app.inject(`${SEARCH_PATHS.newAlert}?vorlage=kein-uuid`)).statusCode, 303);

    const target = { vorlage: fixture.papers.publicId };
    const wrong = await client.post(SEARCH_PATHS.newAlert, { ...target, ...personFields(t), email: 'keine-adresse' });
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /Es gibt ein Problem/);
    const tooFast = await client.post(SEARCH_PATHS.newAlert, {
      ...target,
      [SPAM_FIELDS.trap]: '',
      [SPAM_FIELDS.stamp]: formStamp(t.config.secret, ALERT_FORM),
      email: ADDRESS,
    });
    assert.equal(tooFast.statusCode, 400, 'the spam guard: sent at once');
    const sent = await client.post(SEARCH_PATHS.newAlert, { ...target, ...personFields(t), email: ` ${ADDRESS.toUpperCase()} ` });
    assert.equal(sent.statusCode, 303);
    assert.equal(sent.headers.location, SEARCH_PATHS.requested);

    const [confirmation] = await mailsTo(t, ADDRESS);
    assert.match(confirmation!.subject, /^Bitte bestätigen Sie Ihre Benachrichtigung: Vorlage V\/2026\/0012/);
    assert.equal(await sendAlertDigests(t.deps, new Date(Date.now() + 2 * DAY)), 0, 'no digest before the confirmation');
    const link = linkIn(t, confirmation!, '/rat/benachrichtigungen/bestaetigen/');
    const opened = await client.get(link);
    assert.equal(opened.statusCode, 200);
    assert.equal(h1(opened.body), 'Benachrichtigung bestätigen');
    const [unconfirmed] = await t.db.select().from(councilAlertSubscriptions);
    assert.equal(unconfirmed!.confirmedAt, null, 'opening the link (a mail scanner) confirms nothing');
    const confirmed = await client.post(link);
    assert.equal(confirmed.statusCode, 303);
    const manage = await client.get(confirmed.headers.location as string);
    assert.match(manage.body, /Ihre Benachrichtigung ist eingerichtet/);
    assert.match(textOf(parseHtml(manage.body).querySelector('main')!), /b…@example\.org/);
    const [row] = await t.db.select().from(councilAlertSubscriptions);
    assert.ok(row!.confirmedAt && row!.reportedUntil);
    assert.equal(row!.email, ADDRESS);

    // Asked again: the same alert, and a mail that says so instead of a second confirmation.
    assert.equal((await client.post(SEARCH_PATHS.newAlert, { ...target, ...personFields(t), email: ADDRESS })).statusCode, 303);
    assert.equal((await t.db.select().from(councilAlertSubscriptions)).length, 1);
    assert.match((await mailsTo(t, ADDRESS)).at(-1)!.subject, /^Sie erhalten diese Benachrichtigung bereits/);
  });

  it('limits the confirmation mails to one address', async () => {
    const client = t.client();
    await client.get(`${SEARCH_PATHS.newAlert}?gremium=${fixture.committee.slug}`);
    for (let at = 0; at < 5; at += 1) {
      const answer = await client.post(SEARCH_PATHS.newAlert, { suche: 'ja', q: `thema${at}`, ...personFields(t), email: ADDRESS });
      assert.equal(answer.statusCode, 303, `request ${at + 1}`);
    }
    const refused = await client.post(SEARCH_PATHS.newAlert, { suche: 'ja', q: 'thema6', ...personFields(t), email: ADDRESS });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /schon mehrere Bestätigungen/);
    assert.equal((await mailsTo(t, ADDRESS)).length, 5);
  });

  it('sends one daily digest per address with what is new for each alert, nothing twice and nothing when nothing is new', async () => {
    const paperAlert = await confirmedAlert({
      kind: 'paper',
      paperId: fixture.papers.publicId,
      targetKey: `paper:${fixture.papers.publicId}`,
      label: 'Vorlage V/2026/0012',
    });
    await confirmedAlert({
      kind: 'gremium',
      organizationId: fixture.committee.id,
      targetKey: `gremium:${fixture.committee.id}`,
      label: 'Ausschuss für Planung',
    });
    await confirmedAlert({ kind: 'search', search: { q: 'Radweg' }, targetKey: 'search:radweg', label: 'Suche „Radweg“' });
    await confirmedAlert({ kind: 'search', search: { q: 'Kläranlage' }, targetKey: 'search:klaeranlage', label: 'Suche „Kläranlage“' });
    // The fixture's rows are older than the alerts: move them back, so only what follows is new.
    for (const table of [councilPapers, councilFiles, councilMeetings, councilConsultations]) {
      await t.db.update(table).set({ created: new Date(Date.now() - 3 * DAY), modified: new Date(Date.now() - 3 * DAY) });
    }
    // What is new: a document of the paper, a meeting of the committee, a paper about a Radweg (and a non-public one).
    const [file] = await t.db
      .insert(councilFiles)
      .values({ bodyId: fixture.bodyId, name: 'Stellungnahme des Radverkehrsbeauftragten', text: 'Zustimmung.' })
      .returning();
    await t.db.insert(councilPaperFiles).values({ paperId: fixture.papers.publicId, fileId: file!.id, position: 1 });
    const [meeting] = await t.db
      .insert(councilMeetings)
      .values({ bodyId: fixture.bodyId, name: '6. Sitzung des Ausschusses', start: new Date('2026-04-14T15:00:00Z') })
      .returning();
    await t.db.insert(councilMeetingOrganizations).values({ meetingId: meeting!.id, organizationId: fixture.committee.id });
    const papers = await t.db
      .insert(councilPapers)
      .values([
        { bodyId: fixture.bodyId, name: 'Radweg am Seilersee', reference: 'V/2026/0020', date: '2026-03-01', paperType: 'Antrag' },
        { bodyId: fixture.bodyId, name: 'Radweg: Grunderwerb', reference: 'V/2026/0021', date: '2026-03-02', paperType: 'Beschlussvorlage', public: false },
      ])
      .returning();
    await t.db
      .insert(councilPaperOrganizations)
      .values(papers.map((paper) => ({ paperId: paper.id, organizationId: fixture.committee.id, role: 'underDirectionOf' as const })));
    const [consultation] = await t.db
      .insert(councilConsultations)
      .values({ bodyId: fixture.bodyId, paperId: papers[0]!.id, meetingId: meeting!.id, role: 'Vorberatung' })
      .returning();
    await t.db.insert(councilConsultationOrganizations).values({ consultationId: consultation!.id, organizationId: fixture.committee.id });
    // The search index is kept until a change is heard; on PostgreSQL the notification comes over its own connection.
    await t.settled();

    assert.equal(await sendAlertDigests(t.deps), 1, 'one mail for the address');
    const [digest] = await mailsTo(t, ADDRESS);
    assert.match(digest!.subject, /^Ratsinformation Iserlohn: 6 Neuigkeiten zu Ihren Benachrichtigungen$/);
    const sections = digest!.text.split('\n== ').slice(1);
    assert.deepEqual(
      sections.map((section) => section.split(' ==')[0]),
      ['Vorlage V/2026/0012', 'Ausschuss für Planung', 'Suche „Radweg“'],
      'each alert with news, in the order they were set up; none for the search without news',
    );
    assert.match(sections[0]!, /Neues Dokument: Stellungnahme des Radverkehrsbeauftragten\n {2}http:\/\/[^\n]+\/rat\/dokumente\//);
    assert.match(sections[1]!, /Neue Sitzung: 6\. Sitzung des Ausschusses, 14\.04\.2026, 17:00 Uhr/);
    assert.match(sections[1]!, /Neue Vorlage: Radweg am Seilersee \(V\/2026\/0020, 01\.03\.2026\)/);
    assert.match(sections[1]!, /Vorlage geändert: Verbreiterung des Radwegs an der Baarstraße/, 'a new document changes its paper');
    assert.match(sections[2]!, /Neue Vorlage: Radweg am Seilersee/);
    assert.match(sections[2]!, /Vorlage geändert: Verbreiterung des Radwegs/);
    assert.doesNotMatch(digest!.text, /Grunderwerb/, 'never a non-public paper');
    assert.match(digest!.headers['List-Unsubscribe'] ?? '', /^<http:\/\/[^>]+\/rat\/benachrichtigungen\/abmelden\/[^>]+\.all\.[^>]+>$/);
    assert.equal(digest!.headers['List-Unsubscribe-Post'], 'List-Unsubscribe=One-Click');

    assert.equal(await sendAlertDigests(t.deps), 0, 'the same day again: nothing twice');
    assert.equal(await sendAlertDigests(t.deps, new Date(Date.now() + DAY)), 0, 'the next day without news: no mail');
    await t.db
      .update(councilFiles)
      .set({ name: 'Stellungnahme (ergänzt)', modified: new Date(Date.now() + DAY + 60_000) })
      .where(eq(councilFiles.id, file!.id));
    assert.equal(await sendAlertDigests(t.deps, new Date(Date.now() + 2 * DAY)), 1, 'a changed document the day after');
    const next = (await mailsTo(t, ADDRESS)).at(-1)!;
    assert.match(next.text, /Dokument geändert: Stellungnahme \(ergänzt\)/);
    assert.equal(next.text.split('\n== ').length - 1, 3, 'the paper, its Gremium and the Radweg search: the paper has a changed document');
    assert.ok(next.text.includes(paperAlert.label));
  });
});
