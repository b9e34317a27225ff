import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CurrentUser } from '../../../kernel/auth';
import { applicationsModule } from '../index';
import { PATHS } from '../paths';
import { PROCESS_PERMISSION } from '../policies';
import { caseWorker, createApplication, seedCatalogue } from '../../../../tests/support/applications';
import { actorOf, citizen, type Person, staffMember } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';

const DAY = 24 * 60 * 60 * 1000;

function asUser(staff: Person, departments: string[], permissions = [PROCESS_PERMISSION]): CurrentUser {
  return actorOf(staff, { departments, permissions });
}

describe('staff sections and "Meine Aufgaben" of applications', () => {
  let t: TestApp;

  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('counts assigned, overdue and new unassigned applications of the own departments, each linked to the same inbox list', async () => {
    const department = (await seedCatalogue(t)).departmentId;
    const owner = (await citizen(t)).id;
    const staff = await caseWorker(t, [department]);
    const colleague = await caseWorker(t, [department]);
    const future = new Date(Date.now() + 10 * DAY);
    const past = new Date(Date.now() - DAY);
    await createApplication(t, { applicantId: owner }, { assigneeId: staff.id, status: 'in_progress', dueAt: future });
    await createApplication(t, { applicantId: owner }, { assigneeId: staff.id, dueAt: past });
    await createApplication(t, { applicantId: owner }, { assigneeId: staff.id, status: 'approved', dueAt: past });
    await createApplication(t, { applicantId: owner }, { dueAt: future });
    await createApplication(t, { applicantId: owner }, { status: 'in_progress', dueAt: future });
    await createApplication(t, { applicantId: owner }, { assigneeId: colleague.id, dueAt: past });
    await createApplication(t, { applicantId: owner }, { status: 'draft' });
    await createApplication(t, { applicantId: owner }, { departmentId: 'jugendamt', dueAt: past });

    const tasks = await applicationsModule.staffTasks!(asUser(staff, [department]), t.deps);
    assert.deepEqual(
      tasks.map(({ label, count, urgent }) => ({ label, count, urgent: urgent ?? false })),
      [
        { label: 'Mir zugewiesen, offen', count: 2, urgent: false },
        { label: 'Überfällig', count: 2, urgent: true },
        { label: 'Neu und niemandem zugewiesen', count: 1, urgent: false },
      ],
    );
    for (const task of tasks) {
      const response = await staff.get(task.href);
      assert.equal(response.statusCode, 200, task.href);
      assert.match(response.body, new RegExp(`Gefunden: ${task.count} Antr(ag|äge)`), `${task.label}: ${task.href}`);
    }
    assert.deepEqual(await applicationsModule.staffTasks!(asUser(staff, [department], []), t.deps), [], 'no permission, no tasks');

    // An admin's inbox shows every department, and so do the counts (the Jugendamt's new, overdue one too).
    const admin = await staffMember(t, [], { role: 'admin' });
    const adminTasks = await applicationsModule.staffTasks!({ ...asUser(admin, []), role: 'admin' }, t.deps);
    assert.deepEqual(
      adminTasks.map(({ count }) => count),
      [0, 3, 2],
    );
    for (const task of adminTasks.filter(({ count }) => count > 0)) {
      assert.match((await admin.get(task.href)).body, new RegExp(`Gefunden: ${task.count} Antr(ag|äge)`), `admin ${task.label}`);
    }
  });

  it('shows the inbox section to staff with the permission and webhooks to admins only', () => {
    const sections = applicationsModule.staffSections!;
    assert.deepEqual(
      sections.map((section) => [section.group, section.label, section.href]),
      [
        ['Anträge', 'Posteingang', PATHS.inbox],
        ['Anträge', 'Webhooks', PATHS.staffWebhooks],
      ],
    );
    const clerk: CurrentUser = {
      id: 'x',
      email: 'x@example.org',
      displayName: 'X',
      role: 'staff',
      emailVerified: true,
      departments: ['a'],
      permissions: new Set([PROCESS_PERMISSION]),
    };
    const admin: CurrentUser = { ...clerk, role: 'admin', permissions: new Set() };
    assert.deepEqual(
      sections.map((section) => section.allowed(clerk)),
      [true, false],
    );
    assert.deepEqual(
      sections.map((section) => section.allowed(admin)),
      [true, true],
    );
    assert.deepEqual(
      sections.map((section) => section.allowed(null)),
      [false, false],
    );
  });
});
