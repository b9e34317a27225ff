import { and, eq, gte, isNull, or, sql } from 'drizzle-orm';
import { hasPermission, type Actor } from '../../kernel/auth';
import type { Executor } from '../../kernel/db/types';
import { councilMemberAccounts, councilMemberships } from './tables';

/** Staff who manage the council information (import sources, meetings and papers entered by hand); admins hold it implicitly. */
export const MANAGE_PERMISSION = 'council.manage';

export function mayManageCouncil(actor: Actor): boolean {
  return hasPermission(actor, MANAGE_PERMISSION);
}

/**
 * What of the non-public council information a person may see (issue 13, point 8):
 * - `public`: nothing non-public (everyone without a role, and always the OParl API);
 * - `member`: the non-public agenda items, papers and files of the Gremien the linked Person is a
 *   current member of (an agenda item belongs to its meeting's Gremien, a paper to the Gremien of its
 *   consultations and its underDirectionOf);
 * - `all`: staff who manage the council information.
 */
export type CouncilViewer = { kind: 'public' } | { kind: 'member'; organizationIds: readonly string[] } | { kind: 'all' };

export const PUBLIC_VIEWER: CouncilViewer = { kind: 'public' };

export async function councilViewerOf(actor: Actor, db: Executor, today: string): Promise<CouncilViewer> {
  if (!actor) return PUBLIC_VIEWER;
  if (mayManageCouncil(actor)) return { kind: 'all' };
  const rows = await db
    .select({ organizationId: councilMemberships.organizationId })
    .from(councilMemberAccounts)
    .innerJoin(councilMemberships, eq(councilMemberships.personId, councilMemberAccounts.personId))
    .where(
      and(
        eq(councilMemberAccounts.userId, actor.id),
        eq(councilMemberships.deleted, false),
        or(isNull(councilMemberships.endDate), gte(councilMemberships.endDate, today)),
        or(isNull(councilMemberships.startDate), sql`${councilMemberships.startDate} <= ${today}`),
      ),
    );
  if (rows.length === 0) return PUBLIC_VIEWER;
  return { kind: 'member', organizationIds: [...new Set(rows.map((row) => row.organizationId))] };
}

/** Whether an object of these Gremien, marked non-public, is visible to the viewer. */
export function maySeeNonPublic(viewer: CouncilViewer, organizationIds: readonly string[]): boolean {
  if (viewer.kind === 'all') return true;
  if (viewer.kind === 'public') return false;
  return organizationIds.some((id) => viewer.organizationIds.includes(id));
}
