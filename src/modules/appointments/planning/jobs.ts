import { moduleSettings } from '../../../kernel/config';
import type { JobHandler } from '../../../kernel/jobs';
import type { ModuleDeps } from '../../../kernel/module';
import { appointmentSettings } from '../settings';
import { generateUnits } from './generate-units';

export const GENERATE_UNITS_JOB = 'appointments.generate-units';

/**
 * The units of the window for every location (generate-units.ts). Run every hour, not once a day: the
 * window's last day appears right after midnight, a restart loses nothing, and a run that changes
 * nothing costs a few milliseconds. Every planning change also regenerates its location at once.
 */
export function planningJobs(deps: Pick<ModuleDeps, 'db' | 'config'>): JobHandler[] {
  return [
    {
      kind: GENERATE_UNITS_JOB,
      everySeconds: 3600,
      run: async () => {
        const { windowDays, localHolidays } = moduleSettings(deps, appointmentSettings);
        await generateUnits(deps.db, { state: deps.config.municipality.state, localHolidays, windowDays, now: new Date() });
      },
    },
  ];
}
