import { eq } from 'drizzle-orm';
import { audit } from '../../../../../kernel/audit';
import type { Actor } from '../../../../../kernel/auth';
import { parseForm, refuse, type Outcome } from '../../../../../kernel/http';
import type { ModuleDeps } from '../../../../../kernel/module';
import { councilMeetingOrganizations, councilMeetings } from '../../../tables';
import { requireCouncilStaff, requireEditable } from '../../entry/access';
import { allOffered, organizationChoices } from '../../entry/choices';
import { ownBodyId } from '../../entry/own-body';
import { writePlace } from '../../entry/place';
import { findLocation } from '../repository';
import { meetingSchema } from '../schemas';
import { authorizedMeeting } from './open-meeting';

/**
 * Adds or edits a meeting: its Gremien, name, day and times (Berlin), place, state and whether it is
 * cancelled. `created` on insert, `modified` on every change (OParl's incremental lists).
 */
export async function saveMeeting(
  actor: Actor,
  input: { id?: string | undefined; body: unknown; ip?: string },
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<Outcome<{ id: string }>> {
  requireCouncilStaff(actor);
  const existing = input.id ? (await authorizedMeeting(actor, input.id, deps)).meeting : undefined;
  if (existing) requireEditable(existing);
  const parsed = parseForm(meetingSchema, input.body);
  if (!parsed.ok) return refuse(parsed.errors);
  const data = parsed.data;
  if (!allOffered(data.organizationIds, await organizationChoices(deps.db))) return refuse({ organizationIds: 'Wählen Sie mindestens ein Gremium aus.' });
  return deps.db.transaction(async (tx) => {
    const bodyId = existing?.bodyId ?? (await ownBodyId(tx, actor, deps.config));
    const values = {
      name: data.name,
      start: data.start,
      end: data.end,
      meetingState: data.meetingState,
      cancelled: data.cancelled,
      locationId: await writePlace(tx, await findLocation(tx, existing?.locationId ?? null), data, bodyId),
    };
    let id = existing?.id;
    if (existing) {
      await tx
        .update(councilMeetings)
        .set({ ...values, modified: new Date() })
        .where(eq(councilMeetings.id, existing.id));
    } else {
      id = (
        await tx
          .insert(councilMeetings)
          .values({ ...values, bodyId })
          .returning({ id: councilMeetings.id })
      )[0]!.id;
    }
    await tx.delete(councilMeetingOrganizations).where(eq(councilMeetingOrganizations.meetingId, id!));
    await tx.insert(councilMeetingOrganizations).values(data.organizationIds.map((organizationId) => ({ meetingId: id!, organizationId })));
    await audit(tx, actor, {
      action: existing ? 'council.meeting.updated' : 'council.meeting.created',
      objectType: 'council_meeting',
      objectId: id!,
      details: { name: data.name, start: data.start.toISOString(), cancelled: data.cancelled },
      ip: input.ip,
    });
    return { ok: true as const, id: id! };
  });
}
