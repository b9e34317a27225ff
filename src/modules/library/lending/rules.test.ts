import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, dueDateFrom, renewalRefusal, today } from './rules';

const RULES = { loanDays: 28, maxRenewals: 2, reminderDaysBefore: 3, holdPickupDays: 7 };

describe('lending rules', () => {
  it('counts calendar days across month ends and the summer-time change', () => {
    assert.equal(addDays('2026-01-31', 1), '2026-02-01');
    assert.equal(addDays('2026-03-28', 2), '2026-03-30');
    assert.equal(addDays('2026-03-01', -1), '2026-02-28');
    assert.equal(dueDateFrom('2026-12-07', RULES), '2027-01-04');
  });

  it('takes today in German time, not UTC', () => {
    assert.equal(today(new Date('2026-12-07T23:30:00Z')), '2026-12-08');
    assert.equal(today(new Date('2026-07-01T21:59:00Z')), '2026-07-01');
    assert.equal(today(new Date('2026-07-01T22:00:00Z')), '2026-07-02');
  });

  const table: Array<[string, { renewals: number; dueOn: string }, number, ReturnType<typeof renewalRefusal>]> = [
    ['a fresh loan', { renewals: 0, dueOn: '2026-12-20' }, 0, undefined],
    ['the last allowed renewal', { renewals: 1, dueOn: '2026-12-20' }, 0, undefined],
    ['beyond the maximum', { renewals: 2, dueOn: '2026-12-20' }, 0, 'max_renewals'],
    ['held by someone else', { renewals: 0, dueOn: '2026-12-20' }, 1, 'held'],
    ['due today', { renewals: 0, dueOn: '2026-12-07' }, 0, undefined],
    ['overdue', { renewals: 0, dueOn: '2026-12-06' }, 0, 'overdue_limit'],
  ];
  for (const [name, loan, waiting, expected] of table) {
    it(`renewal: ${name}`, () => assert.equal(renewalRefusal(loan, waiting, RULES, '2026-12-07'), expected));
  }
});
