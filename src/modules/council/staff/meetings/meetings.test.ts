import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { and, asc, eq, like } from 'drizzle-orm';
import { auditLog } from '../../../../kernel/audit';
import { errorMessages, errorSummary, tableRows, textOf } from '../../../../../tests/support/html';
import { STAFF_ENTRY_PATHS } from '../../paths';
import {
  councilAgendaItems,
  councilConsultationOrganizations,
  councilConsultations,
  councilLocations,
  councilMeetingOrganizations,
  councilMeetings,
  councilPapers,
} from '../../tables';
import { staffTestContext } from '../test-support';

describe('council staff: Sitzungen and their agenda', () => {
  const context = staffTestContext();

  const meetingForm = () => ({
    organizationIds: [context.fixture.rat.id, context.fixture.committee.id],
    name: 'Gemeinsame Sitzung Rat und APS',
    day: '24.06.2027',
    startTime: '17:00',
    endTime: '20:30',
    meetingState: 'terminiert',
    room: 'Ratssaal',
    streetAddress: 'Schillerplatz 7',
    postalCode: '58636',
    locality: 'Iserlohn',
    latitude: '51,3746',
    longitude: '7,6955',
  });
  const meetingRow = async (id: string) => (await context.t.db.select().from(councilMeetings).where(eq(councilMeetings.id, id)))[0]!;
  const agenda = (meetingId: string) =>
    context.t.db
      .select()
      .from(councilAgendaItems)
      .where(and(eq(councilAgendaItems.meetingId, meetingId), eq(councilAgendaItems.deleted, false)))
      .orderBy(asc(councilAgendaItems.order));

  it('adds a joint meeting with its place in Berlin time and coordinates as [lon, lat]; lists it as upcoming', async () => {
    const saved = await context.staff.submit(STAFF_ENTRY_PATHS.newMeeting, meetingForm());
    assert.equal(saved.statusCode, 303);
    const id = saved.headers.location!.split('/').pop()!;
    const meeting = await meetingRow(id);
    assert.deepEqual(
      [meeting.start?.toISOString(), meeting.end?.toISOString(), meeting.meetingState, meeting.bodyId],
      ['2027-06-24T15:00:00.000Z', '2027-06-24T18:30:00.000Z', 'terminiert', context.fixture.bodyId],
    );
    const gremien = await context.t.db.select().from(councilMeetingOrganizations).where(eq(councilMeetingOrganizations.meetingId, id));
    assert.deepEqual(gremien.map((row) => row.organizationId).sort(), [context.fixture.rat.id, context.fixture.committee.id].sort());
    const [location] = await context.t.db.select().from(councilLocations).where(eq(councilLocations.id, meeting.locationId!));
    assert.deepEqual(location!.geojson?.geometry.coordinates, [7.6955, 51.3746]);
    assert.equal(location!.description, 'Ratssaal, Schillerplatz 7, 58636 Iserlohn');
    const list = await context.staff.get(STAFF_ENTRY_PATHS.meetings);
    assert.deepEqual(tableRows(list.body)[0]!.slice(1, 7), [
      'Gemeinsame Sitzung Rat und APS',
      'Ausschuss für Planung und Stadtentwicklung, Rat der Stadt Iserlohn',
      'terminiert',
      '0',
      'fehlt',
      'von Hand',
    ]);
    const past = await context.staff.get(`${STAFF_ENTRY_PATHS.meetings}?zeit=vergangen`);
    assert.match(textOf(past.body), /5\. Sitzung des Ausschusses/);
    // Cancelling it: modified moves, the place (used by this meeting only) is changed in place.
    const cancelled = await context.staff.submit(STAFF_ENTRY_PATHS.meeting(id), {
      ...meetingForm(),
      organizationIds: context.fixture.committee.id,
      cancelled: 'ja',
      room: 'Raum 101',
    });
    assert.equal(cancelled.statusCode, 303);
    const after = await meetingRow(id);
    assert.deepEqual([after.cancelled, after.locationId], [true, meeting.locationId]);
    assert.ok(after.modified > meeting.modified);
    assert.equal((await context.t.db.select().from(councilMeetingOrganizations).where(eq(councilMeetingOrganizations.meetingId, id))).length, 1);
  });

  it('shows the meeting form again with 400 and a message at each wrong field', async () => {
    const response = await context.staff.submit(STAFF_ENTRY_PATHS.newMeeting, {
      ...meetingForm(),
      organizationIds: [],
      name: '',
      day: '30.02.2027',
      startTime: '25:00',
      meetingState: 'vertagt',
      latitude: '151',
    });
    assert.equal(response.statusCode, 400);
    assert.deepEqual(
      errorSummary(response.body).map((error) => error.href),
      ['#organizationIds', '#name', '#day', '#startTime', '#meetingState', '#latitude'],
    );
    assert.match(response.body, /value="Schillerplatz 7"/);
    const backwards = await context.staff.submit(STAFF_ENTRY_PATHS.newMeeting, { ...meetingForm(), endTime: '16:00' });
    assert.deepEqual(errorMessages(backwards.body), ['Das Ende muss nach dem Beginn liegen.']);
    const half = await context.staff.submit(STAFF_ENTRY_PATHS.newMeeting, { ...meetingForm(), longitude: '' });
    assert.deepEqual(errorMessages(half.body), ['Geben Sie Breiten- und Längengrad an, oder keinen von beiden.']);
    assert.equal((await context.t.db.select().from(councilMeetings)).length, 1);
  });

  it('builds the agenda: items at the end, one non-public, one linked to a paper (a Consultation of the meeting’s Gremien), reordered', async () => {
    const id = context.fixture.meeting.id;
    const before = await meetingRow(id);
    const add = (form: Record<string, string>) => context.staff.submit(STAFF_ENTRY_PATHS.newAgendaItem(id), form);
    assert.equal((await add({ number: 'Ö 2', name: 'Bebauungsplan Nr. 451', paperReference: 'V/2026/0012' })).statusCode, 303);
    assert.equal((await add({ number: 'N 2', name: 'Personalangelegenheit', nonPublic: 'ja' })).statusCode, 303);
    const unknown = await add({ name: 'Anfrage', paperReference: 'V/1999/0001' });
    assert.equal(unknown.statusCode, 400);
    assert.match(errorMessages(unknown.body)[0]!, /Eine Vorlage mit dieser Drucksachennummer gibt es nicht/);
    const items = await agenda(id);
    assert.deepEqual(
      items.map((item) => [item.number, item.order, item.public]),
      [
        ['Ö 1', 1, true],
        ['N 1', 2, false],
        ['Ö 2', 3, true],
        ['N 2', 4, false],
      ],
    );
    const linked = items[2]!;
    const [consultation] = await context.t.db.select().from(councilConsultations).where(eq(councilConsultations.id, linked.consultationId!));
    assert.deepEqual([consultation!.paperId, consultation!.meetingId, consultation!.agendaItemId], [context.fixture.papers.publicId, id, linked.id]);
    const gremien = await context.t.db
      .select()
      .from(councilConsultationOrganizations)
      .where(eq(councilConsultationOrganizations.consultationId, consultation!.id));
    assert.deepEqual(
      gremien.map((row) => row.organizationId),
      [context.fixture.committee.id],
    );
    const page = await context.staff.post(STAFF_ENTRY_PATHS.moveAgendaItem(id, linked.id), { direction: 'hoch' });
    assert.equal(page.statusCode, 303);
    await context.staff.get(STAFF_ENTRY_PATHS.meeting(id));
    await context.staff.post(STAFF_ENTRY_PATHS.moveAgendaItem(id, items[0]!.id), { direction: 'runter' });
    assert.deepEqual(
      (await agenda(id)).map((item) => item.number),
      ['Ö 2', 'Ö 1', 'N 1', 'N 2'],
    );
    assert.ok((await meetingRow(id)).modified > before.modified);
    const table = tableRows((await context.staff.get(STAFF_ENTRY_PATHS.meeting(id))).body);
    assert.deepEqual(
      table.map((row) => row.slice(0, 4)),
      [
        ['Ö 2', 'Bebauungsplan Nr. 451', 'öffentlich', 'V/2026/0012'],
        ['Ö 1', 'Verbreiterung des Radwegs an der Baarstraße', 'öffentlich', 'V/2026/0012'],
        ['N 1', 'Verkauf einer Teilfläche', 'nichtöffentlich', 'V/2026/0013'],
        ['N 2', 'Personalangelegenheit', 'nichtöffentlich', ''],
      ],
    );
    const actions = (await context.t.db.select({ action: auditLog.action }).from(auditLog).where(like(auditLog.action, 'council.%'))).map((row) => row.action);
    assert.deepEqual(actions, ['council.agenda_item.created', 'council.agenda_item.created', 'council.agenda_item.moved', 'council.agenda_item.moved']);
  });

  it('records a result, unlinks the paper by clearing the reference, and deletes an item softly', async () => {
    const id = context.fixture.meeting.id;
    const item = context.fixture.meeting.publicItemId;
    const paperBefore = (await context.t.db.select().from(councilPapers).where(eq(councilPapers.id, context.fixture.papers.publicId)))[0]!;
    const saved = await context.staff.submit(STAFF_ENTRY_PATHS.agendaItem(id, item), {
      number: 'Ö 1',
      name: 'Verbreiterung des Radwegs an der Baarstraße',
      paperReference: 'V/2026/0012',
      result: 'einstimmig beschlossen',
      resolutionText: 'Der Ausschuss empfiehlt dem Rat, den Radweg zu verbreitern.',
    });
    assert.equal(saved.statusCode, 303);
    let [row] = await context.t.db.select().from(councilAgendaItems).where(eq(councilAgendaItems.id, item));
    assert.deepEqual([row!.result, row!.public], ['einstimmig beschlossen', true]);
    assert.ok(row!.consultationId);
    const paperAfter = (await context.t.db.select().from(councilPapers).where(eq(councilPapers.id, context.fixture.papers.publicId)))[0]!;
    assert.ok(paperAfter.modified > paperBefore.modified);
    await context.staff.submit(STAFF_ENTRY_PATHS.agendaItem(id, item), { name: 'Radweg', paperReference: '' });
    [row] = await context.t.db.select().from(councilAgendaItems).where(eq(councilAgendaItems.id, item));
    assert.equal(row!.consultationId, null);
    const deleted = await context.staff.submit(STAFF_ENTRY_PATHS.deleteObject('sitzungen/tagesordnung', item), {});
    assert.equal(deleted.headers.location, STAFF_ENTRY_PATHS.meeting(id));
    assert.deepEqual(
      (await agenda(id)).map((entry) => entry.number),
      ['N 1'],
    );
    assert.equal((await context.staff.get(STAFF_ENTRY_PATHS.agendaItem(id, item))).statusCode, 404);
  });

  it('deletes a meeting softly with its agenda, after the confirmation page', async () => {
    const id = context.fixture.meeting.id;
    assert.match(textOf((await context.staff.get(STAFF_ENTRY_PATHS.deleteObject('sitzungen', id))).body), /Wirklich die Sitzung löschen/);
    assert.equal((await context.staff.post(STAFF_ENTRY_PATHS.deleteObject('sitzungen', id), {})).statusCode, 303);
    assert.equal((await meetingRow(id)).deleted, true);
    const items = await context.t.db.select().from(councilAgendaItems).where(eq(councilAgendaItems.meetingId, id));
    assert.deepEqual(
      items.map((item) => item.deleted),
      [true, true],
    );
    assert.equal((await context.staff.get(STAFF_ENTRY_PATHS.meeting(id))).statusCode, 404);
  });

  it('keeps an imported meeting read-only: no agenda changes, no moves', async () => {
    const id = context.fixture.meeting.id;
    await context.t.db
      .update(councilMeetings)
      .set({ sourceId: context.fixture.sourceId, externalUrl: 'https://ris.example.org/oparl/meeting/5' })
      .where(eq(councilMeetings.id, id));
    const page = await context.staff.get(STAFF_ENTRY_PATHS.meeting(id));
    assert.match(textOf(page.body), /Nur lesbar/);
    assert.doesNotMatch(textOf(page.body), /Nach unten|Tagesordnungspunkt hinzufügen/);
    assert.equal((await context.staff.post(STAFF_ENTRY_PATHS.newAgendaItem(id), { name: 'Neu' })).statusCode, 409);
    assert.equal(
      (await context.staff.post(STAFF_ENTRY_PATHS.moveAgendaItem(id, context.fixture.meeting.publicItemId), { direction: 'runter' })).statusCode,
      409,
    );
    assert.equal((await context.staff.post(STAFF_ENTRY_PATHS.meeting(id), meetingForm())).statusCode, 409);
    assert.deepEqual(
      (await agenda(id)).map((item) => item.number),
      ['Ö 1', 'N 1'],
    );
  });
});
