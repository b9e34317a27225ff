import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../../kernel/config';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { participationComments, participationIdeas } from '../tables';
import { insertMeasures } from '../test-support';
import { seedParticipationDemo } from './index';

const ISERLOHN = /iserlohn/i;

describe('demo ideas', () => {
  const apps: TestApp[] = [];
  after(() => Promise.all(apps.map((app) => app.close())));

  it("seeds Iserlohn's ideas once, in every status, with replies, linked to the measures the cockpit published", async () => {
    const t = await createTestApp();
    apps.push(t);
    const measures = await insertMeasures(t);
    await seedParticipationDemo(t.deps);
    await seedParticipationDemo(t.deps);
    const ideas = await t.db.select().from(participationIdeas);
    assert.ok(ideas.length >= 12, `${ideas.length} ideas`);
    assert.deepEqual([...new Set(ideas.map((idea) => idea.status))].sort(), ['adopted', 'implemented', 'in_review', 'rejected', 'submitted']);
    assert.ok(
      ideas.some((idea) => idea.visibility === 'pending' && idea.reviewedAt === null),
      'one waits in the queue',
    );
    assert.ok(
      ideas.some((idea) => !idea.showName),
      'some are anonymous',
    );
    assert.ok(
      ideas.filter((idea) => idea.status === 'rejected').every((idea) => idea.answer.length > 0),
      'rejections carry their reason',
    );
    const wifi = ideas.filter((idea) => idea.measureId === measures.wifi.id);
    assert.ok(wifi.length >= 2, 'the pack’s slug "freies-wlan-und-freifunk" resolved to the published measure');
    assert.ok(
      ideas.every((idea) => idea.measureId === null || idea.measureId === measures.wifi.id),
      'slugs without a published measure link nothing',
    );
    const comments = await t.db.select().from(participationComments);
    assert.ok(
      comments.some((comment) => comment.parentId !== null),
      'replies',
    );
    assert.ok(comments.every((comment) => comment.createdAt.getTime() >= ideas.find((idea) => idea.id === comment.ideaId)!.createdAt.getTime()));
  });

  it('seeds the second town without a trace of Iserlohn', async () => {
    const t = await createTestApp({ env: { CONFIG_FILE: resolve(PROJECT_ROOT, 'config/menden.json') } });
    apps.push(t);
    await seedParticipationDemo(t.deps);
    const ideas = await t.db.select().from(participationIdeas);
    const comments = await t.db.select().from(participationComments);
    assert.ok(ideas.length >= 4, `${ideas.length} ideas`);
    assert.doesNotMatch(JSON.stringify([ideas, comments]), ISERLOHN);
  });
});
