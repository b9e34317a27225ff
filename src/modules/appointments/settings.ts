import { z } from 'zod';
import { defineSettings } from '../../kernel/config';

export interface AppointmentSettings {
  /** Days ahead for which slots are made and may be booked (the booking window). */
  windowDays: number;
  /** Open (booked, not yet past) appointments one e-mail address or account may hold at once. */
  maxOpenPerPerson: number;
  /** Open appointments per person for one service. */
  maxOpenPerService: number;
  /** Missed appointments within `noShowWindowDays` after which booking needs a confirmed account. */
  noShowLimit: number;
  noShowWindowDays: number;
  /** How long after the last counted no-show an account is required. */
  accountRequiredWeeks: number;
  /** Days after the day of the visit until name, e-mail, phone and link are erased. */
  retentionDays: number;
  /** Hour (Berlin) on the day before at which reminders go out. */
  reminderHour: number;
  /** Minutes a chosen time is held for the person while they type their details (booking/). */
  holdMinutes: number;
}

export const DEFAULT_APPOINTMENT_SETTINGS: AppointmentSettings = {
  windowDays: 28,
  maxOpenPerPerson: 2,
  maxOpenPerService: 1,
  noShowLimit: 2,
  noShowWindowDays: 180,
  accountRequiredWeeks: 8,
  retentionDays: 30,
  reminderHour: 16,
  holdMinutes: 10,
};

const days = (max: number) => z.number().int().min(1).max(max).optional();

/**
 * The optional `appointments` key of the municipality file (issue 14: limits, no-shows and retention
 * "configurable"). Without it the defaults above apply: two open appointments per person and one per
 * service, an account required for eight weeks after two missed ones within half a year, personal data
 * erased 30 days after the visit.
 */
export const appointmentSettings = defineSettings('appointments', {
  file: z.object({
    appointments: z
      .object({
        windowDays: days(180),
        maxOpenPerPerson: days(20),
        maxOpenPerService: days(20),
        noShowLimit: days(20),
        noShowWindowDays: days(730),
        accountRequiredWeeks: days(104),
        retentionDays: days(730),
        reminderHour: z.number().int().min(0).max(23).optional(),
        holdMinutes: z.number().int().min(2).max(30).optional(),
      })
      .strict()
      .optional(),
  }),
  resolve: ({ file }): AppointmentSettings => ({ ...DEFAULT_APPOINTMENT_SETTINGS, ...file.appointments }),
});
