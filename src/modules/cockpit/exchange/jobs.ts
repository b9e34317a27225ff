import type { JobHandler } from '../../../kernel/jobs';
import type { ModuleDeps } from '../../../kernel/module';
import { feedsWithUrl } from './repository';
import { refreshFeed } from './use-cases/refresh-partner-feed';

export const REFRESH_FEEDS_JOB = 'cockpit.partner_feeds.refresh';

/** Every imported town's feed read again once a day, one after the other (a handful of towns, each bounded in time and size). */
export function exchangeJobs(deps: Pick<ModuleDeps, 'db' | 'config'>): JobHandler[] {
  return [
    {
      kind: REFRESH_FEEDS_JOB,
      everySeconds: 24 * 60 * 60,
      run: async () => {
        for (const partner of await feedsWithUrl(deps.db)) await refreshFeed(partner, deps);
      },
    },
  ];
}
