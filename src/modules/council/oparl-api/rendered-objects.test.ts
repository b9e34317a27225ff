import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { OPARL_PATHS, oparlObjectUrl } from '../paths';
import { councilBodies, councilLegislativeTerms, councilMeetingParticipants, councilPapers } from '../tables';
import { insertCouncilFixture, type CouncilFixture } from '../test-support';

interface Answer {
  pagination?: { totalElements?: number };
  name?: string;
  participant?: string[];
  legislativeTerm?: Array<{ name: string }>;
  data?: Array<{ name: string }>;
}

/** Objects are kept rendered until a table they come from changes: every such change shows at once. */
describe('OParl server: objects kept rendered, never stale', () => {
  let t: TestApp;
  let council: CouncilFixture;
  const get = async (url: string): Promise<Answer> => JSON.parse((await t.app.inject({ method: 'GET', url })).body) as Answer;
  before(async () => {
    t = await createTestApp();
    council = await insertCouncilFixture(t.db);
  });
  after(() => t.close());

  it('shows a change of the row, of an embedded object and of a reference list on the next request', async () => {
    const bodyUrl = oparlObjectUrl('', 'body', council.bodyId);
    const meetingUrl = oparlObjectUrl('', 'meeting', council.meeting.id);
    const papersUrl = OPARL_PATHS.bodyList(council.bodyId, 'paper');
    assert.equal((await get(bodyUrl)).name, 'Stadt Iserlohn');
    assert.equal((await get(bodyUrl)).legislativeTerm?.[0]?.name, 'Wahlperiode 2025–2030');
    assert.equal((await get(meetingUrl)).participant, undefined);
    assert.ok((await get(papersUrl)).data?.some((paper) => paper.name === 'Verbreiterung des Radwegs an der Baarstraße'));

    // One change at a time: any change of a council table drops every kept object.
    await t.db.update(councilBodies).set({ name: 'Stadt Iserlohn (Sauerland)' }).where(eq(councilBodies.id, council.bodyId));
    await t.settled();
    assert.equal((await get(bodyUrl)).name, 'Stadt Iserlohn (Sauerland)');
    await t.db.update(councilLegislativeTerms).set({ name: 'Wahlperiode 2025 bis 2030' }).where(eq(councilLegislativeTerms.bodyId, council.bodyId));
    await t.settled();
    assert.equal((await get(bodyUrl)).legislativeTerm?.[0]?.name, 'Wahlperiode 2025 bis 2030');
    await t.db.insert(councilMeetingParticipants).values({ meetingId: council.meeting.id, personId: council.persons.anna });
    await t.settled();
    assert.deepEqual((await get(meetingUrl)).participant, [`http://portal.test${oparlObjectUrl('', 'person', council.persons.anna)}`]);
    await t.db.update(councilPapers).set({ name: 'Radweg Baarstraße: zwei Meter' }).where(eq(councilPapers.id, council.papers.publicId));
    await t.settled();
    assert.ok((await get(papersUrl)).data?.some((paper) => paper.name === 'Radweg Baarstraße: zwei Meter'));
  });

  it('counts a list anew after a change (the total is kept too)', async () => {
    const firstOfMany = `${OPARL_PATHS.bodyList(council.bodyId, 'paper')}?limit=1`;
    const addPaper = (reference: string) => t.db.insert(councilPapers).values({ bodyId: council.bodyId, name: `Anfrage ${reference}`, reference });
    await addPaper('A/2026/0001');
    await t.settled();
    assert.equal((await get(firstOfMany)).pagination?.totalElements, 2);
    await addPaper('A/2026/0002');
    await t.settled();
    assert.equal((await get(firstOfMany)).pagination?.totalElements, 3);
  });
});
