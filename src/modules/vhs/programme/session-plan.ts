import type { ProgrammeSession } from './programme-format';
import type { StoredSession } from './repository';

export interface SessionPlan {
  insert: ProgrammeSession[];
  update: Array<{ id: string; session: ProgrammeSession }>;
  remove: string[];
  /** Sessions with recorded attendance: never changed or removed by an import. */
  keptWithAttendance: number;
}

/**
 * How the file's sessions replace the stored ones. A session is the same session when it starts at
 * the same moment: then it is updated in place (its id, and so its calendar entry, stays) and only
 * if something changed. A session with recorded attendance is history and stays as it is, and a
 * file session at its start adds nothing. Everything else stored is removed, the rest of the file added.
 */
export function planSessions(stored: readonly StoredSession[], imported: readonly ProgrammeSession[]): SessionPlan {
  const byStart = new Map(stored.map((session) => [session.startsAt.getTime(), session]));
  const plan: SessionPlan = { insert: [], update: [], remove: [], keptWithAttendance: stored.filter((session) => session.attended > 0).length };
  const matched = new Set<string>();
  for (const session of imported) {
    const existing = byStart.get(Date.parse(session.startsAt));
    if (!existing) {
      plan.insert.push(session);
      continue;
    }
    matched.add(existing.id);
    if (existing.attended > 0) continue;
    const changed = existing.endsAt.getTime() !== Date.parse(session.endsAt) || existing.cancelled !== session.cancelled || existing.note !== session.note;
    if (changed) plan.update.push({ id: existing.id, session });
  }
  plan.remove = stored.filter((session) => session.attended === 0 && !matched.has(session.id)).map((session) => session.id);
  return plan;
}
