import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CurrentUser } from '../../kernel/auth';
import { COORDINATE_PERMISSION, EDIT_PERMISSION, mayCoordinate, mayEditMeasure, mayOpenCockpit, maySeeMeasure } from './policies';

function person(role: CurrentUser['role'], departments: string[] = [], permissions: string[] = [], id = `${role}-1`): CurrentUser {
  return { id, email: `${id}@example.org`, displayName: id, role, emailVerified: true, departments, permissions: new Set(permissions) };
}

const MEASURE = { ownerDepartmentId: 'digitales' };

describe('cockpit policies', () => {
  it('lets the coordinator edit every measure, department staff only their Fachbereich’s, and nobody else', () => {
    const rows: Array<[string, CurrentUser | null, boolean, boolean, boolean, boolean]> = [
      // who, actor, mayOpenCockpit, mayCoordinate, mayEditMeasure(digitales), maySee(unpublished)
      ['anonymous', null, false, false, false, false],
      ['citizen', person('citizen'), false, false, false, false],
      ['staff without permission', person('staff', ['digitales']), false, false, false, false],
      ['editor of the owner Fachbereich', person('staff', ['digitales'], [EDIT_PERMISSION]), true, false, true, true],
      ['editor of another Fachbereich', person('staff', ['bauamt'], [EDIT_PERMISSION]), true, false, false, true],
      ['coordinator', person('staff', [], [COORDINATE_PERMISSION]), true, true, true, true],
      ['admin', person('admin'), true, true, true, true],
    ];
    for (const [who, actor, open, coordinate, edit, seeDraft] of rows) {
      assert.equal(mayOpenCockpit(actor), open, `${who}: mayOpenCockpit`);
      assert.equal(mayCoordinate(actor), coordinate, `${who}: mayCoordinate`);
      assert.equal(mayEditMeasure(actor, MEASURE), edit, `${who}: mayEditMeasure`);
      assert.equal(maySeeMeasure(actor, { published: false }), seeDraft, `${who}: maySeeMeasure(unpublished)`);
      assert.equal(maySeeMeasure(actor, { published: true }), true, `${who}: maySeeMeasure(published)`);
    }
  });
});
