import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CurrentUser } from '../../kernel/auth';
import { manageTokenHashOf, mayManageBooking, mayPlan, mayServe, mayServeAt, PLAN_PERMISSION, SERVE_PERMISSION } from './policies';

function person(role: CurrentUser['role'], departments: string[] = [], permissions: string[] = [], id = `${role}-1`): CurrentUser {
  return { id, email: `${id}@example.org`, displayName: id, role, emailVerified: true, departments, permissions: new Set(permissions) };
}

const LOCATION = { departmentId: 'buergerservice' };

describe('appointments policies', () => {
  it('lets counter staff serve only at their Fachbereich’s locations, planners and admins everywhere', () => {
    const rows: Array<[string, CurrentUser | null, boolean, boolean, boolean]> = [
      // who, actor, mayServe, mayServeAt(buergerservice), mayPlan
      ['anonymous', null, false, false, false],
      ['citizen', person('citizen'), false, false, false],
      ['staff without permission', person('staff', ['buergerservice']), false, false, false],
      ['counter staff of the Fachbereich', person('staff', ['buergerservice'], [SERVE_PERMISSION]), true, true, false],
      ['counter staff of another Fachbereich', person('staff', ['standesamt'], [SERVE_PERMISSION]), true, false, false],
      ['planner', person('staff', [], [PLAN_PERMISSION]), true, true, true],
      ['admin', person('admin'), true, true, true],
    ];
    for (const [who, actor, serve, serveHere, plan] of rows) {
      assert.equal(mayServe(actor), serve, `${who}: mayServe`);
      assert.equal(mayServeAt(actor, LOCATION), serveHere, `${who}: mayServeAt`);
      assert.equal(mayPlan(actor), plan, `${who}: mayPlan`);
    }
  });

  it('lets the booking account or the holder of the link’s secret manage a booking, nobody else', () => {
    const owner = person('citizen', [], [], 'owner');
    const booking = { userId: owner.id, manageTokenHash: manageTokenHashOf('geheim-123') };
    assert.equal(mayManageBooking(owner, booking, undefined), true);
    assert.equal(mayManageBooking(null, booking, 'geheim-123'), true);
    assert.equal(mayManageBooking(person('citizen', [], [], 'other'), booking, undefined), false);
    assert.equal(mayManageBooking(null, booking, 'geheim-124'), false);
    assert.equal(mayManageBooking(null, booking, ''), false);
    assert.equal(mayManageBooking(person('admin'), booking, undefined), false, 'staff act through the office, not as the citizen');
    assert.equal(mayManageBooking(null, { userId: null, manageTokenHash: null }, 'geheim-123'), false, 'a used-up link');
  });
});
