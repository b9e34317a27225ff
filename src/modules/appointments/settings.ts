import { z } from 'zod';
import { defineSettings } from '../../kernel/config';
import type { LocalHoliday } from '../../kernel/time';

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
  /** Holidays of the town or its part of the state beyond the state's own (no units are made on them). */
  localHolidays: readonly LocalHoliday[];
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
  localHolidays: [],
};

const holidayName = z.string().trim().min(1).max(80);
/** `MM-DD` of a day every year has (29 February is refused: most years would have no holiday). */
const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

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
        // e.g. [{ "name": "Mariä Himmelfahrt", "monthDay": "08-15" }] or [{ "name": "Fronleichnam", "daysAfterEaster": 60 }]
        localHolidays: z
          .array(
            z.union([
              z
                .object({
                  name: holidayName,
                  monthDay: z
                    .string()
                    .regex(MONTH_DAY, 'Tag im Format MM-TT, zum Beispiel 08-15')
                    .refine((day) => !/^(02-(29|30|31)|0[469]-31|11-31)$/.test(day), 'Diesen Tag gibt es nicht in jedem Jahr'),
                })
                .strict(),
              z.object({ name: holidayName, daysAfterEaster: z.number().int().min(-60).max(70) }).strict(),
            ]),
          )
          .max(20)
          .optional(),
      })
      .strict()
      .optional(),
  }),
  resolve: ({ file }): AppointmentSettings => ({ ...DEFAULT_APPOINTMENT_SETTINGS, ...file.appointments }),
});
