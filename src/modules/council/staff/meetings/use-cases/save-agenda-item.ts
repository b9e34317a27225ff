import { eq, sql } from 'drizzle-orm';
import { audit } from '../../../../../kernel/audit';
import type { Actor } from '../../../../../kernel/auth';
import type { Executor } from '../../../../../kernel/db';
import { errors, isUuid, parseForm, refuse, type Outcome } from '../../../../../kernel/http';
import type { ModuleDeps } from '../../../../../kernel/module';
import { councilAgendaItems, councilConsultationOrganizations, councilConsultations, councilMeetings, councilPapers } from '../../../tables';
import { requireCouncilStaff, requireEditable } from '../../entry/access';
import { agendaOf, meetingOrganizationIds, paperByReference, type AgendaRow, type CouncilMeeting } from '../repository';
import { agendaItemSchema } from '../schemas';
import { authorizedMeeting } from './open-meeting';

export interface AgendaItemPage {
  meeting: CouncilMeeting;
  item: AgendaRow | undefined;
}

/** The form of an agenda item: a new one (no id) or one of this meeting's (404 for another's). */
export async function openAgendaItem(
  actor: Actor,
  input: { meetingId: string; id?: string | undefined },
  deps: Pick<ModuleDeps, 'db'>,
): Promise<AgendaItemPage> {
  const { meeting } = await authorizedMeeting(actor, input.meetingId, deps);
  const item = input.id && isUuid(input.id) ? (await agendaOf(deps.db, meeting.id)).find((row) => row.id === input.id) : undefined;
  if (input.id && !item) throw errors.notFound('Der Tagesordnungspunkt');
  return { meeting, item };
}

/**
 * The item's Consultation (OParl: the paper's Beratung at this item): created when the item is first
 * linked to a paper, moved to another paper when the reference changes, detached when it is cleared.
 * The paper's `modified` moves as well, as it embeds its consultations.
 */
async function linkPaper(tx: Executor, meeting: CouncilMeeting, item: { id: string; linkedConsultationId: string | null }, paperId: string | null, now: Date) {
  if (paperId === null) {
    if (item.linkedConsultationId) {
      const [detached] = await tx
        .update(councilConsultations)
        .set({ agendaItemId: null, meetingId: null, modified: now })
        .where(eq(councilConsultations.id, item.linkedConsultationId))
        .returning({ paperId: councilConsultations.paperId });
      if (detached?.paperId) await tx.update(councilPapers).set({ modified: now }).where(eq(councilPapers.id, detached.paperId));
    }
    return null;
  }
  await tx.update(councilPapers).set({ modified: now }).where(eq(councilPapers.id, paperId));
  if (item.linkedConsultationId) {
    await tx.update(councilConsultations).set({ paperId, modified: now }).where(eq(councilConsultations.id, item.linkedConsultationId));
    return item.linkedConsultationId;
  }
  const [consultation] = await tx
    .insert(councilConsultations)
    .values({ bodyId: meeting.bodyId, paperId, meetingId: meeting.id, agendaItemId: item.id })
    .returning({ id: councilConsultations.id });
  const organizationIds = await meetingOrganizationIds(tx, meeting.id);
  if (organizationIds.length) {
    await tx.insert(councilConsultationOrganizations).values(organizationIds.map((organizationId) => ({ consultationId: consultation!.id, organizationId })));
  }
  return consultation!.id;
}

/**
 * Adds an item at the end of the agenda or edits one: number, subject, non-public (nichtöffentlicher
 * Teil), the paper it deals with (by Drucksachennummer), result and resolution text. The meeting's
 * `modified` moves too: OParl embeds the agenda in the Meeting.
 */
export async function saveAgendaItem(
  actor: Actor,
  input: { meetingId: string; id?: string | undefined; body: unknown; ip?: string },
  deps: Pick<ModuleDeps, 'db'>,
): Promise<Outcome<{ id: string }>> {
  requireCouncilStaff(actor);
  const { meeting, item } = await openAgendaItem(actor, input, deps);
  requireEditable(meeting);
  const parsed = parseForm(agendaItemSchema, input.body);
  if (!parsed.ok) return refuse(parsed.errors);
  const { nonPublic, paperReference, ...data } = parsed.data;
  const paper = paperReference ? await paperByReference(deps.db, meeting.bodyId, paperReference) : null;
  if (paperReference && !paper) {
    return refuse({ paperReference: 'Eine Vorlage mit dieser Drucksachennummer gibt es nicht. Prüfen Sie die Nummer oder legen Sie die Vorlage zuerst an.' });
  }
  const now = new Date();
  const values = { number: data.number ?? null, name: data.name, public: !nonPublic, result: data.result ?? null, resolutionText: data.resolutionText ?? null };
  return deps.db.transaction(async (tx) => {
    let row = item;
    if (row) {
      await tx
        .update(councilAgendaItems)
        .set({ ...values, modified: now })
        .where(eq(councilAgendaItems.id, row.id));
    } else {
      const order = sql`(select coalesce(max("order"), 0) + 1 from council_agenda_items where meeting_id = ${meeting.id})`;
      const [created] = await tx
        .insert(councilAgendaItems)
        .values({ ...values, bodyId: meeting.bodyId, meetingId: meeting.id, order })
        .returning();
      row = { ...created!, linkedConsultationId: null, paperReference: null };
    }
    const consultationId = await linkPaper(tx, meeting, row, paper?.id ?? null, now);
    await tx.update(councilAgendaItems).set({ consultationId }).where(eq(councilAgendaItems.id, row.id));
    await tx.update(councilMeetings).set({ modified: now }).where(eq(councilMeetings.id, meeting.id));
    await audit(tx, actor, {
      action: item ? 'council.agenda_item.updated' : 'council.agenda_item.created',
      objectType: 'council_agenda_item',
      objectId: row.id,
      details: { meetingId: meeting.id, name: values.name, public: values.public, paperId: paper?.id ?? null },
      ip: input.ip,
    });
    return { ok: true as const, id: row.id };
  });
}
