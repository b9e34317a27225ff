import { and, eq, gte, isNull, lt, sql } from 'drizzle-orm';
import type { CurrentUser } from '../../../../../kernel/auth';
import type { ModuleDeps, StaffTask } from '../../../../../kernel/module';
import { STAFF_ENTRY_PATHS } from '../../../paths';
import { mayManageCouncil } from '../../../policies';
import { councilMeetings } from '../../../tables';

const WEEK_MS = 7 * 24 * 3600_000;
/** Closer than this, the missing invitation is marked urgent: the Gemeindeordnung's invitation periods are about a week. */
const URGENT_MS = 3 * 24 * 3600_000;

/**
 * "Meine Aufgaben": meetings entered here that start within the next 7 days and have no invitation
 * document yet (imported meetings get theirs from the council information system).
 */
export async function meetingStaffTasks(actor: CurrentUser, { db }: Pick<ModuleDeps, 'db'>, now = new Date()): Promise<StaffTask[]> {
  if (!mayManageCouncil(actor)) return [];
  const [row] = await db
    .select({
      count: sql<number>`count(*)::int`,
      urgent: sql<number>`count(*) filter (where ${councilMeetings.start} < ${new Date(now.getTime() + URGENT_MS)})::int`,
    })
    .from(councilMeetings)
    .where(
      and(
        eq(councilMeetings.deleted, false),
        eq(councilMeetings.cancelled, false),
        isNull(councilMeetings.sourceId),
        isNull(councilMeetings.invitationFileId),
        gte(councilMeetings.start, now),
        lt(councilMeetings.start, new Date(now.getTime() + WEEK_MS)),
      ),
    );
  const count = row?.count ?? 0;
  return count > 0 ? [{ label: 'Sitzungen der nächsten 7 Tage ohne Einladung', count, href: STAFF_ENTRY_PATHS.meetings, urgent: (row?.urgent ?? 0) > 0 }] : [];
}
