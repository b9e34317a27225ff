import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { courseLinkTargets } from './link-targets';
import { VHS_PATHS } from './paths';
import { insertCourse } from './test-support';

describe('courses as the cockpit links them', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  it('offers courses with a public page (published or cancelled), never drafts', async () => {
    const published = await insertCourse(t.db, { title: 'Webinar: Sicher im Netz', state: 'published' });
    const draft = await insertCourse(t.db, { title: 'Webinar: Entwurf', state: 'draft' });
    await t.settled();
    const hits = await courseLinkTargets.find('webinar', 10, t.deps);
    assert.deepEqual(
      hits.map((hit) => hit.id),
      [published.id],
    );
    assert.equal(hits[0]!.href, VHS_PATHS.course(published.slug));
    assert.deepEqual(
      (await courseLinkTargets.byIds([published.id, draft.id], t.deps)).map((hit) => hit.title),
      ['Webinar: Sicher im Netz'],
    );
  });
});
