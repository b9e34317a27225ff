import { z } from 'zod';
import { defineSettings } from '../../../kernel/config';

export interface LendingRules {
  /** Days a copy is lent for, and what a renewal adds from the day of renewal. */
  loanDays: number;
  maxRenewals: number;
  /** The due-date reminder goes out this many days before the due date. */
  reminderDaysBefore: number;
  /** Days a returned copy waits at the desk for the reader whose hold it was. */
  holdPickupDays: number;
}

const DEFAULTS: LendingRules = { loanDays: 28, maxRenewals: 2, reminderDaysBefore: 3, holdPickupDays: 7 };

/**
 * The optional `libraryLending` key of the municipality file: the built-in lending system's rules.
 * Without it the usual rules of a German public library apply (four weeks, two renewals).
 */
export const lendingSettings = defineSettings('library.lending', {
  file: z.object({
    libraryLending: z
      .object({
        loanDays: z.number().int().min(1).max(365).optional(),
        maxRenewals: z.number().int().min(0).max(20).optional(),
        reminderDaysBefore: z.number().int().min(1).max(30).optional(),
        holdPickupDays: z.number().int().min(1).max(60).optional(),
      })
      .strict()
      .optional(),
  }),
  resolve: ({ file }): LendingRules => ({ ...DEFAULTS, ...file.libraryLending }),
});
