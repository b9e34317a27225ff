import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { OPARL_BODY_LISTS, OPARL_PATHS, oparlObjectUrl } from '../paths';
import { councilAgendaItemFiles, councilFiles, councilPaperRelations } from '../tables';
import { insertCouncilFixture, type CouncilFixture } from '../test-support';
import { apiFixtureIds, holdFile, type ApiFixture } from './test-support';

describe('OParl server: nothing non-public, CORS, errors and files', () => {
  let t: TestApp;
  let council: CouncilFixture;
  let ids: ApiFixture;
  let everything = '';
  before(async () => {
    t = await createTestApp();
    council = await insertCouncilFixture(t.db);
    ids = await apiFixtureIds(t.db, council);
    await holdFile(t.db, t.deps.files, council.files.publicId, Buffer.from('%PDF-1.4 Radweg'));
    // Links that would reveal the non-public objects if the API followed them.
    await t.db.insert(councilPaperRelations).values({ paperId: council.papers.publicId, otherPaperId: council.papers.nonPublicId, relation: 'related' });
    await t.db.insert(councilAgendaItemFiles).values({ agendaItemId: council.meeting.nonPublicItemId, fileId: council.files.publicId });
    // Every answer of the API, as a client walking it would collect them.
    const answers: string[] = [];
    for (const list of OPARL_BODY_LISTS) {
      answers.push((await t.app.inject({ method: 'GET', url: `${OPARL_PATHS.bodyList(council.bodyId, list)}?modified_since=2000-01-01T00:00:00Z` })).body);
      answers.push((await t.app.inject({ method: 'GET', url: OPARL_PATHS.bodyList(council.bodyId, list) })).body);
    }
    for (const [type, id] of [
      ['meeting', council.meeting.id],
      ['paper', council.papers.publicId],
      ['file', council.files.publicId],
      ['organization', council.committee.id],
      ['location', council.locationId],
    ] as const) {
      answers.push((await t.app.inject({ method: 'GET', url: oparlObjectUrl('', type, id) })).body);
    }
    everything = answers.join('\n');
  });
  after(() => t.close());

  it('answers a non-public agenda item, paper, file or consultation with 404, like an id that never existed', async () => {
    const never = await t.app.inject({ method: 'GET', url: oparlObjectUrl('', 'paper', '00000000-0000-4000-8000-000000000000') });
    for (const [type, id] of [
      ['agendaitem', council.meeting.nonPublicItemId],
      ['paper', council.papers.nonPublicId],
      ['file', council.files.nonPublicId],
      ['consultation', ids.consultationIds.nonPublic],
    ] as const) {
      const response = await t.app.inject({ method: 'GET', url: oparlObjectUrl('', type, id) });
      assert.equal(response.statusCode, 404, type);
      assert.equal(response.body, never.body, `${type}: the same answer as for a missing id`);
    }
  });

  it('never shows them in a list, an embedding or a back-reference', () => {
    for (const id of [council.meeting.nonPublicItemId, council.papers.nonPublicId, council.files.nonPublicId, ids.consultationIds.nonPublic]) {
      assert.ok(!everything.includes(id), `${id} appears nowhere`);
    }
    for (const text of ['Verkauf einer Teilfläche', 'Grundstück', 'N 1']) assert.ok(!everything.includes(text), text);
    assert.ok(everything.includes(council.meeting.publicItemId), 'the public item is there (the check can fail)');
  });

  it('sends CORS and JSON headers on every answer, errors and preflights included', async () => {
    for (const url of [OPARL_PATHS.system, OPARL_PATHS.bodies, oparlObjectUrl('', 'paper', 'kein-objekt'), `${OPARL_PATHS.system}/unbekannt`]) {
      const response = await t.app.inject({ method: 'GET', url });
      assert.equal(response.headers['access-control-allow-origin'], '*', url);
      assert.equal(response.headers['content-type'], 'application/json; charset=utf-8', url);
    }
    const preflight = await t.app.inject({
      method: 'OPTIONS',
      url: OPARL_PATHS.system,
      headers: { origin: 'https://client.example', 'access-control-request-method': 'GET' },
    });
    assert.equal(preflight.statusCode, 204);
    assert.equal(preflight.headers['access-control-allow-origin'], '*');
    assert.match(String(preflight.headers['access-control-allow-methods']), /GET/);
  });

  it('answers unknown URLs with 404 and writes with 405, both as OParl Error objects', async () => {
    const missing = await t.app.inject({ method: 'GET', url: '/oparl/v1/gibtesnicht' });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json<{ type: string }>().type, 'https://schema.oparl.org/1.1/Error');
    const unknownList = await t.app.inject({ method: 'GET', url: `/oparl/v1/body/${council.bodyId}/vorlagen` });
    assert.equal(unknownList.statusCode, 404);
    const write = await t.app.inject({ method: 'POST', url: OPARL_PATHS.bodyList(council.bodyId, 'paper'), payload: { name: 'x' } });
    assert.equal(write.statusCode, 405);
    assert.equal(write.headers.allow, 'GET, HEAD, OPTIONS');
    assert.equal(write.json<{ type: string }>().type, 'https://schema.oparl.org/1.1/Error');
  });

  it('answers 304 to a client that has the answer', async () => {
    const first = await t.app.inject({ method: 'GET', url: OPARL_PATHS.system });
    const again = await t.app.inject({ method: 'GET', url: OPARL_PATHS.system, headers: { 'if-none-match': String(first.headers.etag) } });
    assert.equal(again.statusCode, 304);
  });

  it('serves a held file inline at accessUrl and as an attachment at downloadUrl (spec 2.7)', async () => {
    const access = await t.app.inject({ method: 'GET', url: OPARL_PATHS.fileAccess(council.files.publicId) });
    assert.equal(access.statusCode, 200);
    assert.equal(access.body, '%PDF-1.4 Radweg');
    assert.equal(access.headers['content-type'], 'application/pdf');
    assert.match(String(access.headers['content-disposition']), /^inline; filename="vorlage-radweg.pdf"/);
    const download = await t.app.inject({ method: 'GET', url: OPARL_PATHS.fileDownload(council.files.publicId) });
    assert.match(String(download.headers['content-disposition']), /^attachment; filename="vorlage-radweg.pdf"/);
    assert.equal((await t.app.inject({ method: 'GET', url: OPARL_PATHS.fileAccess(council.files.nonPublicId) })).statusCode, 404);
  });

  it('points a file it does not hold to its source, and answers 410 for a deleted one', async () => {
    await t.db
      .update(councilFiles)
      .set({ sourceAccessUrl: 'https://ris.example/file/9.pdf', sourceDownloadUrl: 'https://ris.example/file/9.pdf?download=1' })
      .where(eq(councilFiles.id, council.files.publicId));
    await t.db.update(councilFiles).set({ storageKey: null }).where(eq(councilFiles.id, council.files.publicId));
    const file = (await t.app.inject({ method: 'GET', url: oparlObjectUrl('', 'file', council.files.publicId) })).json<Record<string, string>>();
    assert.equal(file.accessUrl, 'https://ris.example/file/9.pdf');
    assert.equal(file.downloadUrl, 'https://ris.example/file/9.pdf?download=1');
    assert.equal((await t.app.inject({ method: 'GET', url: OPARL_PATHS.fileAccess(council.files.publicId) })).statusCode, 404);
    await t.db.update(councilFiles).set({ deleted: true }).where(eq(councilFiles.id, council.files.publicId));
    assert.equal((await t.app.inject({ method: 'GET', url: OPARL_PATHS.fileAccess(council.files.publicId) })).statusCode, 410);
  });
});
