import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq, like } from 'drizzle-orm';
import { auditLog } from '../../../../kernel/audit';
import { errorMessages, errorSummary, tableRows, textOf } from '../../../../../tests/support/html';
import type { Person } from '../../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../../tests/support/test-app';
import { STAFF_ENTRY_PATHS } from '../../paths';
import {
  councilConsultationOrganizations,
  councilConsultations,
  councilPaperOrganizations,
  councilPaperPersons,
  councilPaperRelations,
  councilPapers,
} from '../../tables';
import { councilStaff, staffFixture } from '../test-support';

type Fixture = Awaited<ReturnType<typeof staffFixture>>;

describe('council staff: Vorlagen and their consultations', () => {
  let t: TestApp;
  let staff: Person;
  let fixture: Fixture;
  before(async () => (t = await createTestApp()));
  beforeEach(async () => {
    await t.reset();
    staff = await councilStaff(t);
    fixture = await staffFixture(t);
  });
  after(() => t.close());

  const paperForm = () => ({
    reference: 'A/2026/0031',
    name: 'Antrag: Tempo 30 vor Schulen',
    paperType: 'Antrag',
    date: '03.03.2026',
    underDirectionOfId: fixture.committee.id,
    originatorOrganizationIds: fixture.faction.id,
    originatorPersonIds: [fixture.persons.anna, fixture.persons.beate],
    relatedReferences: 'V/2026/0012',
  });
  const paperRow = async (id: string) => (await t.db.select().from(councilPapers).where(eq(councilPapers.id, id)))[0]!;

  it('adds a paper with federführend Gremium, originators and a related paper; filters the list', async () => {
    const saved = await staff.submit(STAFF_ENTRY_PATHS.newPaper, paperForm());
    assert.equal(saved.statusCode, 303);
    const id = saved.headers.location!.split('/').pop()!;
    const paper = await paperRow(id);
    assert.deepEqual([paper.reference, paper.date, paper.public, paper.bodyId], ['A/2026/0031', '2026-03-03', true, fixture.bodyId]);
    const organizations = await t.db.select().from(councilPaperOrganizations).where(eq(councilPaperOrganizations.paperId, id));
    assert.deepEqual(
      organizations.map((row) => `${row.role} ${row.organizationId}`).sort(),
      [`originator ${fixture.faction.id}`, `underDirectionOf ${fixture.committee.id}`].sort(),
    );
    assert.equal((await t.db.select().from(councilPaperPersons).where(eq(councilPaperPersons.paperId, id))).length, 2);
    const [relation] = await t.db.select().from(councilPaperRelations).where(eq(councilPaperRelations.paperId, id));
    assert.deepEqual([relation!.otherPaperId, relation!.relation], [fixture.papers.publicId, 'related']);
    const filtered = await staff.get(`${STAFF_ENTRY_PATHS.papers}?q=tempo&art=Antrag`);
    assert.deepEqual(
      tableRows(filtered.body).map((row) => row[0]),
      ['A/2026/0031'],
    );
    assert.match(textOf(filtered.body), /Gefunden: 1 Vorlage/);
    const all = await staff.get(`${STAFF_ENTRY_PATHS.papers}?art=Unsinn&q=%25`);
    assert.equal(all.statusCode, 200);
    assert.equal(tableRows((await staff.get(STAFF_ENTRY_PATHS.papers)).body).length, 3);
    // Editing it: it becomes non-public, loses its originators; modified moves.
    const edited = await staff.submit(STAFF_ENTRY_PATHS.paper(id), {
      ...paperForm(),
      originatorOrganizationIds: [],
      originatorPersonIds: [],
      nonPublic: 'ja',
      relatedReferences: '',
    });
    assert.equal(edited.statusCode, 303);
    const after = await paperRow(id);
    assert.equal(after.public, false);
    assert.ok(after.modified > paper.modified);
    assert.equal((await t.db.select().from(councilPaperPersons).where(eq(councilPaperPersons.paperId, id))).length, 0);
    const actions = (await t.db.select({ action: auditLog.action }).from(auditLog).where(like(auditLog.action, 'council.%'))).map((row) => row.action);
    assert.deepEqual(actions, ['council.paper.created', 'council.paper.updated']);
  });

  it('refuses a paper without reference, title, type or a valid date, and unknown related references (400)', async () => {
    const response = await staff.submit(STAFF_ENTRY_PATHS.newPaper, { ...paperForm(), reference: '', name: '', paperType: '', date: '3.13.2026' });
    assert.equal(response.statusCode, 400);
    assert.deepEqual(
      errorSummary(response.body).map((error) => error.href),
      ['#reference', '#name', '#paperType', '#date'],
    );
    // The ticked originators stay ticked.
    assert.match(response.body, new RegExp(`value="${fixture.persons.beate}" checked`));
    const unknown = await staff.submit(STAFF_ENTRY_PATHS.newPaper, { ...paperForm(), relatedReferences: 'V/2026/0012, X/1' });
    assert.deepEqual(errorMessages(unknown.body), ['Diese Drucksachennummern gibt es nicht: X/1.']);
    assert.equal((await t.db.select().from(councilPapers)).length, 2);
  });

  it('adds a consultation in a Gremium at a meeting, and deletes one softly', async () => {
    const before = await paperRow(fixture.papers.publicId);
    const url = STAFF_ENTRY_PATHS.newConsultation(fixture.papers.publicId);
    const missing = await staff.submit(url, { organizationId: '', meetingId: '' });
    assert.equal(missing.statusCode, 400);
    assert.deepEqual(errorMessages(missing.body), ['Wählen Sie das Gremium aus.']);
    const saved = await staff.submit(url, { organizationId: fixture.rat.id, meetingId: fixture.meeting.id, role: 'Entscheidung', authoritative: 'ja' });
    assert.equal(saved.statusCode, 303);
    const rows = await t.db.select().from(councilConsultations).where(eq(councilConsultations.paperId, fixture.papers.publicId));
    const added = rows.find((row) => row.meetingId === fixture.meeting.id && row.role === 'Entscheidung')!;
    assert.equal(added.authoritative, true);
    const [gremium] = await t.db.select().from(councilConsultationOrganizations).where(eq(councilConsultationOrganizations.consultationId, added.id));
    assert.equal(gremium!.organizationId, fixture.rat.id);
    assert.ok((await paperRow(fixture.papers.publicId)).modified > before.modified);
    const page = await staff.get(STAFF_ENTRY_PATHS.paper(fixture.papers.publicId));
    assert.equal(tableRows(page.body).length, 3);
    const deleted = await staff.submit(STAFF_ENTRY_PATHS.deleteObject('vorlagen/beratungen', added.id), {});
    assert.equal(deleted.headers.location, STAFF_ENTRY_PATHS.paper(fixture.papers.publicId));
    assert.equal((await t.db.select().from(councilConsultations).where(eq(councilConsultations.id, added.id)))[0]!.deleted, true);
  });

  it('deletes a paper softly with its consultations; an imported paper stays read-only', async () => {
    assert.equal((await staff.submit(STAFF_ENTRY_PATHS.deleteObject('vorlagen', fixture.papers.nonPublicId), {})).statusCode, 303);
    assert.equal((await paperRow(fixture.papers.nonPublicId)).deleted, true);
    const consultations = await t.db.select().from(councilConsultations).where(eq(councilConsultations.paperId, fixture.papers.nonPublicId));
    assert.deepEqual(
      consultations.map((row) => row.deleted),
      [true],
    );
    await t.db
      .update(councilPapers)
      .set({ sourceId: fixture.sourceId, externalUrl: 'https://ris.example.org/oparl/paper/12' })
      .where(eq(councilPapers.id, fixture.papers.publicId));
    const page = await staff.get(STAFF_ENTRY_PATHS.paper(fixture.papers.publicId));
    assert.match(textOf(page.body), /Nur lesbar/);
    assert.equal((await staff.post(STAFF_ENTRY_PATHS.paper(fixture.papers.publicId), paperForm())).statusCode, 409);
    assert.equal((await staff.post(STAFF_ENTRY_PATHS.newConsultation(fixture.papers.publicId), { organizationId: fixture.rat.id })).statusCode, 409);
    assert.equal((await paperRow(fixture.papers.publicId)).reference, 'V/2026/0012');
  });
});
