import type { JobHandler } from '../../../kernel/jobs';
import type { ModuleDeps } from '../../../kernel/module';
import { recordNoShows } from './no-shows';
import { sendReminders } from './reminders';
import { eraseExpiredAppointments } from './retention';

/**
 * What happens to a booking over time: the reminder the day before (every five minutes, so it goes
 * out soon after the reminder hour), the no-shows after the day (hourly: the first run after midnight
 * does the day's), the erasure after the retention time (daily).
 */
export function lifecycleJobs(deps: Pick<ModuleDeps, 'db' | 'config'>): JobHandler[] {
  return [
    {
      kind: 'appointments.reminders',
      everySeconds: 5 * 60,
      run: async () => {
        await sendReminders(deps);
      },
    },
    {
      kind: 'appointments.no-shows',
      everySeconds: 60 * 60,
      run: async () => {
        await recordNoShows(deps);
      },
    },
    {
      kind: 'appointments.retention',
      everySeconds: 24 * 60 * 60,
      run: async () => {
        await eraseExpiredAppointments(deps);
      },
    },
  ];
}
