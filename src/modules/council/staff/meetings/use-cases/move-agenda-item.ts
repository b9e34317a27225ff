import { eq } from 'drizzle-orm';
import { audit } from '../../../../../kernel/audit';
import type { Actor } from '../../../../../kernel/auth';
import { errors, parseForm } from '../../../../../kernel/http';
import type { ModuleDeps } from '../../../../../kernel/module';
import { councilAgendaItems, councilMeetings } from '../../../tables';
import { requireEditable } from '../../entry/access';
import { agendaOf } from '../repository';
import { moveSchema } from '../schemas';
import { authorizedMeeting } from './open-meeting';

/**
 * Moves an agenda item one place up or down (a button per row, so it works without JavaScript). The
 * whole agenda is numbered 1…n afresh, which also mends gaps and equal orders an import left behind.
 */
export async function moveAgendaItem(
  actor: Actor,
  input: { meetingId: string; id: string; body: unknown; ip?: string },
  deps: Pick<ModuleDeps, 'db'>,
): Promise<void> {
  const { meeting } = await authorizedMeeting(actor, input.meetingId, deps);
  requireEditable(meeting);
  const parsed = parseForm(moveSchema, input.body);
  if (!parsed.ok) throw errors.validation(parsed.errors);
  await deps.db.transaction(async (tx) => {
    const agenda = await agendaOf(tx, meeting.id);
    const from = agenda.findIndex((row) => row.id === input.id);
    if (from < 0) throw errors.notFound('Der Tagesordnungspunkt');
    const to = parsed.data.direction === 'hoch' ? from - 1 : from + 1;
    if (to < 0 || to >= agenda.length) return;
    const ids = agenda.map((row) => row.id);
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    const now = new Date();
    const changed = ids.map((id, index) => ({ id, order: index + 1 })).filter(({ id, order }) => agenda.find((row) => row.id === id)!.order !== order);
    for (const { id, order } of changed) await tx.update(councilAgendaItems).set({ order, modified: now }).where(eq(councilAgendaItems.id, id));
    await tx.update(councilMeetings).set({ modified: now }).where(eq(councilMeetings.id, meeting.id));
    await audit(tx, actor, {
      action: 'council.agenda_item.moved',
      objectType: 'council_agenda_item',
      objectId: input.id,
      details: { meetingId: meeting.id, direction: parsed.data.direction },
      ip: input.ip,
    });
  });
}
