import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { textOf } from '../../../../../tests/support/html';
import { actorOf, staffMember } from '../../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../../tests/support/test-app';
import { councilFiles, councilMeetings } from '../../tables';
import { insertCouncilFixture } from '../../test-support';
import { councilStaff } from '../test-support';
import { meetingStaffTasks } from './use-cases/meeting-tasks';

describe('council staff: "Meine Aufgaben"', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  it('counts meetings of the next 7 days without invitation, urgent within 3 days; not cancelled, imported or far ones', async () => {
    const now = new Date('2026-03-08T09:00:00Z');
    const fixture = await insertCouncilFixture(t.db, new Date('2026-03-10T16:00:00Z'));
    const staff = await councilStaff(t);
    const actor = actorOf(staff, { permissions: ['council.manage'] });
    assert.deepEqual(await meetingStaffTasks(actor, t.deps, now), [
      { label: 'Sitzungen der nächsten 7 Tage ohne Einladung', count: 1, href: '/verwaltung/rat/sitzungen', urgent: true },
    ]);
    await t.db.insert(councilMeetings).values([
      { bodyId: fixture.bodyId, name: 'in sechs Tagen', start: new Date('2026-03-14T16:00:00Z') },
      { bodyId: fixture.bodyId, name: 'abgesagt', start: new Date('2026-03-12T16:00:00Z'), cancelled: true },
      { bodyId: fixture.bodyId, name: 'in drei Wochen', start: new Date('2026-03-29T16:00:00Z') },
    ]);
    assert.equal((await meetingStaffTasks(actor, t.deps, now))[0]!.count, 2);
    const [file] = await t.db.insert(councilFiles).values({ bodyId: fixture.bodyId, name: 'Einladung' }).returning();
    await t.db.update(councilMeetings).set({ invitationFileId: file!.id }).where(eq(councilMeetings.id, fixture.meeting.id));
    assert.deepEqual(
      (await meetingStaffTasks(actor, t.deps, now)).map((task) => [task.count, task.urgent]),
      [[1, false]],
    );
    const other = await staffMember(t, [], { permissions: [] });
    assert.deepEqual(await meetingStaffTasks(actorOf(other), t.deps, now), []);
  });

  it('shows the task on the workspace start page', async () => {
    await insertCouncilFixture(t.db, new Date(Date.now() + 24 * 3600_000));
    const staff = await councilStaff(t);
    const page = await staff.get('/verwaltung');
    assert.match(textOf(page.body), /Sitzungen der nächsten 7 Tage ohne Einladung/);
  });
});
