import type { LendingRules } from './settings';
import { addDays, berlinDay } from '../../../kernel/time';

/** Why a loan cannot be renewed, in the reader's words; undefined when it can. */
export type RenewalRefusal = 'max_renewals' | 'held' | 'overdue_limit';

export const RENEWAL_REFUSALS: Record<RenewalRefusal, string> = {
  max_renewals: 'Dieses Medium wurde schon so oft verlängert, wie es möglich ist. Bitte geben Sie es zurück.',
  held: 'Dieses Medium ist für eine andere Person vorgemerkt und kann nicht verlängert werden.',
  overdue_limit: 'Die Leihfrist ist überschritten. Bitte geben Sie das Medium zurück.',
};

/** Calendar days count in Germany's time zone (kernel/time); lending speaks of days, never of hours. */
export { addDays } from '../../../kernel/time';

/** Today's calendar date in the library's time zone (Germany). */
export function today(now = new Date()): string {
  return berlinDay(now);
}

/** The due date of a new loan or a renewal made today. */
export function dueDateFrom(day: string, rules: LendingRules): string {
  return addDays(day, rules.loanDays);
}

/**
 * May this loan be renewed today? Not beyond the maximum, not when someone else holds the copy,
 * and not once it is overdue (the desk settles the fee first; the library's usual rule).
 */
export function renewalRefusal(loan: { renewals: number; dueOn: string }, othersWaiting: number, rules: LendingRules, day: string): RenewalRefusal | undefined {
  if (othersWaiting > 0) return 'held';
  if (loan.renewals >= rules.maxRenewals) return 'max_renewals';
  if (loan.dueOn < day) return 'overdue_limit';
  return undefined;
}
