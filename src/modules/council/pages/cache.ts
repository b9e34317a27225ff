/**
 * A page under /rat is kept for anonymous visitors until a council table changes. Pages for someone
 * logged in are never kept nor served from the cache (the kernel stores only pages without a user, and
 * answers from it only requests without a session cookie), so a council member's view of the
 * non-public part never reaches a visitor.
 */

import type { PageCacheRule } from '../../../kernel/http/page-cache';
import { COUNCIL_OPARL_TABLES } from '../tables/notified';

/** Pages of one object: they change only with the data. */
export const OBJECT_PAGE: { pageCache: PageCacheRule } = { pageCache: { tables: COUNCIL_OPARL_TABLES } };

/** Pages that show "the next meetings" or mark today: they change with the clock too. */
export const DATED_PAGE: { pageCache: PageCacheRule } = { pageCache: { tables: COUNCIL_OPARL_TABLES, maxSeconds: 15 * 60 } };
