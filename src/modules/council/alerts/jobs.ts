import type { JobHandler } from '../../../kernel/jobs';
import type { ModuleDeps } from '../../../kernel/module';
import { sendAlertDigests } from './digest';
import { UNCONFIRMED_DAYS } from './mails';
import { deleteUnconfirmed } from './repository';

/**
 * The alerts' jobs: the daily digest (checked every hour, sent once a day per address from
 * DIGEST_TIME on), and the deletion of alerts never confirmed (their addresses are personal data
 * of perhaps someone else).
 */
export function alertJobs(deps: Pick<ModuleDeps, 'db' | 'config'>): JobHandler[] {
  return [
    { kind: 'council.alerts.digest', everySeconds: 3600, run: async () => void (await sendAlertDigests(deps)) },
    {
      kind: 'council.alerts.prune-unconfirmed',
      everySeconds: 3600,
      run: async () => void (await deleteUnconfirmed(deps.db, new Date(Date.now() - UNCONFIRMED_DAYS * 86_400_000))),
    },
  ];
}
