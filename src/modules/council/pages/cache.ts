import type { PageCacheRule } from '../../../kernel/http/page-cache';

/**
 * Every council table a page under /rat reads: an anonymous page is kept until one of them changes
 * (each carries the change trigger, migration "pages-change-notifications"). Pages for someone logged
 * in are never kept nor served from the cache (the kernel stores only pages without a user, and
 * answers from it only requests without a session cookie), so a council member's view of the
 * non-public part never reaches a visitor.
 */
export const COUNCIL_PAGE_TABLES = [
  'council_organizations',
  'council_persons',
  'council_memberships',
  'council_locations',
  'council_files',
  'council_meetings',
  'council_meeting_organizations',
  'council_meeting_files',
  'council_agenda_items',
  'council_agenda_item_files',
  'council_papers',
  'council_paper_relations',
  'council_paper_files',
  'council_paper_locations',
  'council_paper_persons',
  'council_paper_organizations',
  'council_consultations',
  'council_consultation_organizations',
] as const;

/** Pages of one object: they change only with the data. */
export const OBJECT_PAGE: { pageCache: PageCacheRule } = { pageCache: { tables: COUNCIL_PAGE_TABLES } };

/** Pages that show "the next meetings" or mark today: they change with the clock too. */
export const DATED_PAGE: { pageCache: PageCacheRule } = { pageCache: { tables: COUNCIL_PAGE_TABLES, maxSeconds: 15 * 60 } };
