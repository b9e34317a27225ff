import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { councilMeetingFiles, councilMeetingParticipants, councilPaperLocations, councilPaperPersons } from '../tables';
import { OPARL_BODY_LISTS, OPARL_PATHS, oparlObjectUrl, type OparlType } from '../paths';
import { insertCouncilFixture, type CouncilFixture } from '../test-support';
import { apiFixtureIds, holdFile, insertDeletedPaper, validateOparl, type ApiFixture } from './test-support';

describe('OParl server: every object type valid against the official 1.1 schemas', () => {
  let t: TestApp;
  let council: CouncilFixture;
  let ids: ApiFixture;
  let deletedPaper: string;
  before(async () => {
    t = await createTestApp();
    council = await insertCouncilFixture(t.db);
    ids = await apiFixtureIds(t.db, council);
    await holdFile(t.db, t.deps.files, council.files.publicId, Buffer.from('%PDF-1.4 Radweg'));
    deletedPaper = await insertDeletedPaper(t.db, council.bodyId);
    // The references and lists the fixture leaves empty, so every property's shape is validated.
    await t.db.insert(councilMeetingParticipants).values({ meetingId: council.meeting.id, personId: council.persons.anna });
    await t.db.insert(councilMeetingFiles).values({ meetingId: council.meeting.id, fileId: council.files.publicId });
    await t.db.insert(councilPaperPersons).values({ paperId: council.papers.publicId, personId: council.persons.anna });
    await t.db.insert(councilPaperLocations).values({ paperId: council.papers.publicId, locationId: council.locationId });
  });
  after(() => t.close());

  async function get(url: string): Promise<Record<string, unknown>> {
    const response = await t.app.inject({ method: 'GET', url: url.replace(t.config.baseUrl, '') });
    assert.equal(response.statusCode, 200, `${url}: ${response.body}`);
    assert.equal(response.headers['content-type'], 'application/json; charset=utf-8');
    return response.json<Record<string, unknown>>();
  }

  it('serves the System, the entry point, from the configuration', async () => {
    const system = await get(OPARL_PATHS.system);
    validateOparl(system, 'system');
    assert.equal(system.oparlVersion, 'https://schema.oparl.org/1.1/');
    assert.equal(system.id, `${t.config.baseUrl}${OPARL_PATHS.system}`);
    assert.equal(system.contactEmail, t.config.municipality.contact.email);
    const bodies = await get(system.body as string);
    assert.deepEqual(
      (bodies.data as Array<{ id: string }>).map((body) => body.id),
      [oparlObjectUrl(t.config.baseUrl, 'body', council.bodyId)],
    );
  });

  it('serves every type at its canonical URL with zero violations, embedded objects included', async () => {
    const objects: Array<[OparlType, string]> = [
      ['body', council.bodyId],
      ['legislativeterm', ids.termId],
      ['organization', council.committee.id],
      ['person', council.persons.anna],
      ['membership', ids.membershipId],
      ['meeting', council.meeting.id],
      ['agendaitem', council.meeting.publicItemId],
      ['paper', council.papers.publicId],
      ['consultation', ids.consultationIds.public],
      ['file', council.files.publicId],
      ['location', council.locationId],
      ['paper', deletedPaper],
    ];
    for (const [type, id] of objects) {
      const url = oparlObjectUrl(t.config.baseUrl, type, id);
      const object = await get(url);
      validateOparl(object, url);
      assert.equal(object.id, url, 'the id is the canonical URL it was fetched at');
      assert.ok(!JSON.stringify(object).includes('null'), `${type}: no null values (spec 2.4)`);
    }
  });

  it('has a validator that refuses what the schemas refuse', () => {
    const item = { id: 'http://portal.test/oparl/v1/agendaitem/1', type: 'https://schema.oparl.org/1.1/AgendaItem', name: 'Ohne Reihenfolge' };
    assert.throws(() => validateOparl(item), /order/);
    assert.throws(() => validateOparl({ ...item, order: 1, created: '2026-03-10' }), /date-time/);
  });

  it('answers a deleted object with 200 and only its remains (spec 2.8)', async () => {
    const paper = await get(oparlObjectUrl(t.config.baseUrl, 'paper', deletedPaper));
    assert.deepEqual(Object.keys(paper).sort(), ['created', 'deleted', 'id', 'modified', 'type']);
    assert.equal(paper.deleted, true);
  });

  it('embeds what the spec embeds and references the rest', async () => {
    const meeting = await get(oparlObjectUrl(t.config.baseUrl, 'meeting', council.meeting.id));
    const location = meeting.location as Record<string, unknown>;
    assert.equal(location.id, oparlObjectUrl(t.config.baseUrl, 'location', council.locationId));
    assert.ok(location.created && location.modified, 'embedded objects carry created and modified (1.1)');
    assert.deepEqual(meeting.organization, [oparlObjectUrl(t.config.baseUrl, 'organization', council.committee.id)]);
    const paper = await get(oparlObjectUrl(t.config.baseUrl, 'paper', council.papers.publicId));
    const consultations = paper.consultation as Array<Record<string, unknown>>;
    assert.equal(consultations.length, 2);
    assert.ok(
      consultations.every((consultation) => consultation.paper === undefined),
      'no back-reference inside the parent (spec 3.0)',
    );
    const mainFile = paper.mainFile as Record<string, unknown>;
    assert.equal(mainFile.accessUrl, `${t.config.baseUrl}${OPARL_PATHS.fileAccess(council.files.publicId)}`);
    assert.equal(mainFile.paper, undefined);
    const url = (type: OparlType, id: string) => oparlObjectUrl(t.config.baseUrl, type, id);
    assert.deepEqual(meeting.participant, [url('person', council.persons.anna)]);
    assert.deepEqual(
      (meeting.auxiliaryFile as Array<{ id: string }>).map((file) => file.id),
      [url('file', council.files.publicId)],
    );
    assert.deepEqual(paper.originatorPerson, [url('person', council.persons.anna)]);
    assert.deepEqual(
      (paper.location as Array<{ id: string }>).map((place) => place.id),
      [url('location', council.locationId)],
    );
    const place = await get(url('location', council.locationId));
    assert.deepEqual(place.meetings, [url('meeting', council.meeting.id)]);
    assert.deepEqual(place.papers, [url('paper', council.papers.publicId)]);
    const file = await get(oparlObjectUrl(t.config.baseUrl, 'file', council.files.publicId));
    assert.deepEqual(file.meeting, [url('meeting', council.meeting.id)]);
    assert.deepEqual(file.paper, [oparlObjectUrl(t.config.baseUrl, 'paper', council.papers.publicId)], 'alone, the file names its parents');
  });

  it('gives every external list of the body with valid objects', async () => {
    const body = await get(oparlObjectUrl(t.config.baseUrl, 'body', council.bodyId));
    for (const property of [
      'organization',
      'person',
      'meeting',
      'paper',
      'agendaItem',
      'consultation',
      'file',
      'locationList',
      'legislativeTermList',
      'membership',
    ]) {
      const list = await get(body[property] as string);
      assert.ok(Array.isArray(list.data) && list.pagination && list.links, `${property}: data, pagination and links`);
      assert.ok((list.data as unknown[]).length > 0, `${property} has objects`);
      for (const object of list.data as unknown[]) validateOparl(object, property);
    }
    assert.equal(OPARL_BODY_LISTS.length, 10);
  });
});
