import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eq, like } from 'drizzle-orm';
import { auditLog } from '../../../../kernel/audit';
import { errorMessages, errorSummary, tableRows, textOf } from '../../../../../tests/support/html';
import { STAFF_ENTRY_PATHS } from '../../paths';
import {
  councilConsultationOrganizations,
  councilConsultations,
  councilLocations,
  councilPaperLocations,
  councilPaperOrganizations,
  councilPaperPersons,
  councilPaperRelations,
  councilPapers,
} from '../../tables';
import { staffTestContext } from '../test-support';

describe('council staff: Vorlagen and their consultations', () => {
  const context = staffTestContext();

  const paperForm = () => ({
    reference: 'A/2026/0031',
    name: 'Antrag: Tempo 30 vor Schulen',
    paperType: 'Antrag',
    date: '03.03.2026',
    underDirectionOfId: context.fixture.committee.id,
    originatorOrganizationIds: context.fixture.faction.id,
    originatorPersonIds: [context.fixture.persons.anna, context.fixture.persons.beate],
    relatedReferences: 'V/2026/0012',
    streetAddress: 'Bahnhofsplatz 1',
    locality: 'Iserlohn',
    latitude: '51,3740',
    longitude: '7,6990',
  });
  const paperRow = async (id: string) => (await context.t.db.select().from(councilPapers).where(eq(councilPapers.id, id)))[0]!;

  it('adds a paper with federführend Gremium, originators and a related paper; filters the list', async () => {
    const saved = await context.staff.submit(STAFF_ENTRY_PATHS.newPaper, paperForm());
    assert.equal(saved.statusCode, 303);
    const id = saved.headers.location!.split('/').pop()!;
    const paper = await paperRow(id);
    assert.deepEqual([paper.reference, paper.date, paper.public, paper.bodyId], ['A/2026/0031', '2026-03-03', true, context.fixture.bodyId]);
    const organizations = await context.t.db.select().from(councilPaperOrganizations).where(eq(councilPaperOrganizations.paperId, id));
    assert.deepEqual(
      organizations.map((row) => `${row.role} ${row.organizationId}`).sort(),
      [`originator ${context.fixture.faction.id}`, `underDirectionOf ${context.fixture.committee.id}`].sort(),
    );
    assert.equal((await context.t.db.select().from(councilPaperPersons).where(eq(councilPaperPersons.paperId, id))).length, 2);
    const [relation] = await context.t.db.select().from(councilPaperRelations).where(eq(councilPaperRelations.paperId, id));
    assert.deepEqual([relation!.otherPaperId, relation!.relation], [context.fixture.papers.publicId, 'related']);
    const [place] = await context.t.db
      .select({ location: councilLocations })
      .from(councilPaperLocations)
      .innerJoin(councilLocations, eq(councilLocations.id, councilPaperLocations.locationId))
      .where(eq(councilPaperLocations.paperId, id));
    assert.deepEqual([place!.location.description, place!.location.geojson?.geometry.coordinates], ['Bahnhofsplatz 1, Iserlohn', [7.699, 51.374]]);
    const filtered = await context.staff.get(`${STAFF_ENTRY_PATHS.papers}?q=tempo&art=Antrag`);
    assert.deepEqual(
      tableRows(filtered.body).map((row) => row[0]),
      ['A/2026/0031'],
    );
    assert.match(textOf(filtered.body), /Gefunden: 1 Vorlage/);
    const all = await context.staff.get(`${STAFF_ENTRY_PATHS.papers}?art=Unsinn&q=%25`);
    assert.equal(all.statusCode, 200);
    assert.equal(tableRows((await context.staff.get(STAFF_ENTRY_PATHS.papers)).body).length, 3);
    // Editing it: it becomes non-public, loses its originators; modified moves.
    const edited = await context.staff.submit(STAFF_ENTRY_PATHS.paper(id), {
      ...paperForm(),
      originatorOrganizationIds: [],
      originatorPersonIds: [],
      nonPublic: 'ja',
      relatedReferences: '',
      streetAddress: '',
      locality: '',
      latitude: '',
      longitude: '',
    });
    assert.equal(edited.statusCode, 303);
    const after = await paperRow(id);
    assert.equal(after.public, false);
    assert.ok(after.modified > paper.modified);
    assert.equal((await context.t.db.select().from(councilPaperPersons).where(eq(councilPaperPersons.paperId, id))).length, 0);
    assert.equal((await context.t.db.select().from(councilPaperLocations).where(eq(councilPaperLocations.paperId, id))).length, 0);
    const actions = (await context.t.db.select({ action: auditLog.action }).from(auditLog).where(like(auditLog.action, 'council.%'))).map((row) => row.action);
    assert.deepEqual(actions, ['council.paper.created', 'council.paper.updated']);
  });

  it('refuses a paper without reference, title, type or a valid date, and unknown related references (400)', async () => {
    const response = await context.staff.submit(STAFF_ENTRY_PATHS.newPaper, { ...paperForm(), reference: '', name: '', paperType: '', date: '3.13.2026' });
    assert.equal(response.statusCode, 400);
    assert.deepEqual(
      errorSummary(response.body).map((error) => error.href),
      ['#reference', '#name', '#paperType', '#date'],
    );
    // The ticked originators stay ticked.
    assert.match(response.body, new RegExp(`value="${context.fixture.persons.beate}" checked`));
    const unknown = await context.staff.submit(STAFF_ENTRY_PATHS.newPaper, { ...paperForm(), relatedReferences: 'V/2026/0012, X/1' });
    assert.deepEqual(errorMessages(unknown.body), ['Diese Drucksachennummern gibt es nicht: X/1.']);
    assert.equal((await context.t.db.select().from(councilPapers)).length, 2);
  });

  it('adds a consultation in a Gremium at a meeting, and deletes one softly', async () => {
    const before = await paperRow(context.fixture.papers.publicId);
    const url = STAFF_ENTRY_PATHS.newConsultation(context.fixture.papers.publicId);
    const missing = await context.staff.submit(url, { organizationId: '', meetingId: '' });
    assert.equal(missing.statusCode, 400);
    assert.deepEqual(errorMessages(missing.body), ['Wählen Sie das Gremium aus.']);
    const saved = await context.staff.submit(url, {
      organizationId: context.fixture.rat.id,
      meetingId: context.fixture.meeting.id,
      role: 'Entscheidung',
      authoritative: 'ja',
    });
    assert.equal(saved.statusCode, 303);
    const rows = await context.t.db.select().from(councilConsultations).where(eq(councilConsultations.paperId, context.fixture.papers.publicId));
    const added = rows.find((row) => row.meetingId === context.fixture.meeting.id && row.role === 'Entscheidung')!;
    assert.equal(added.authoritative, true);
    const [gremium] = await context.t.db.select().from(councilConsultationOrganizations).where(eq(councilConsultationOrganizations.consultationId, added.id));
    assert.equal(gremium!.organizationId, context.fixture.rat.id);
    assert.ok((await paperRow(context.fixture.papers.publicId)).modified > before.modified);
    const page = await context.staff.get(STAFF_ENTRY_PATHS.paper(context.fixture.papers.publicId));
    assert.equal(tableRows(page.body).length, 3);
    const deleted = await context.staff.submit(STAFF_ENTRY_PATHS.deleteObject('vorlagen/beratungen', added.id), {});
    assert.equal(deleted.headers.location, STAFF_ENTRY_PATHS.paper(context.fixture.papers.publicId));
    assert.equal((await context.t.db.select().from(councilConsultations).where(eq(councilConsultations.id, added.id)))[0]!.deleted, true);
  });

  it('deletes a paper softly with its consultations; an imported paper stays read-only', async () => {
    assert.equal((await context.staff.submit(STAFF_ENTRY_PATHS.deleteObject('vorlagen', context.fixture.papers.nonPublicId), {})).statusCode, 303);
    assert.equal((await paperRow(context.fixture.papers.nonPublicId)).deleted, true);
    const consultations = await context.t.db.select().from(councilConsultations).where(eq(councilConsultations.paperId, context.fixture.papers.nonPublicId));
    assert.deepEqual(
      consultations.map((row) => row.deleted),
      [true],
    );
    await context.t.db
      .update(councilPapers)
      .set({ sourceId: context.fixture.sourceId, externalUrl: 'https://ris.example.org/oparl/paper/12' })
      .where(eq(councilPapers.id, context.fixture.papers.publicId));
    const page = await context.staff.get(STAFF_ENTRY_PATHS.paper(context.fixture.papers.publicId));
    assert.match(textOf(page.body), /Nur lesbar/);
    assert.equal((await context.staff.post(STAFF_ENTRY_PATHS.paper(context.fixture.papers.publicId), paperForm())).statusCode, 409);
    assert.equal(
      (await context.staff.post(STAFF_ENTRY_PATHS.newConsultation(context.fixture.papers.publicId), { organizationId: context.fixture.rat.id })).statusCode,
      409,
    );
    assert.equal((await paperRow(context.fixture.papers.publicId)).reference, 'V/2026/0012');
  });
});
