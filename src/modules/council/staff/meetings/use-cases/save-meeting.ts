import { eq } from 'drizzle-orm';
import { audit } from '../../../../../kernel/audit';
import type { Actor } from '../../../../../kernel/auth';
import type { Executor } from '../../../../../kernel/db';
import { parseForm, refuse, type Outcome } from '../../../../../kernel/http';
import type { ModuleDeps } from '../../../../../kernel/module';
import { councilLocations, councilMeetingOrganizations, councilMeetings } from '../../../tables';
import { requireCouncilStaff, requireEditable } from '../../shared/access';
import { allOffered, organizationChoices } from '../../shared/choices';
import { ownBodyId } from '../../shared/own-body';
import { findLocation, meetingsAt, type CouncilMeeting } from '../repository';
import { meetingSchema, type MeetingInput } from '../schemas';
import { authorizedMeeting } from './open-meeting';

/**
 * The meeting's place as an OParl Location: changed in place when only this meeting uses it and it
 * was entered here, otherwise written anew (another meeting's or an imported place stays as it is).
 */
async function savePlace(tx: Executor, meeting: CouncilMeeting | undefined, input: MeetingInput, bodyId: string): Promise<string | null> {
  const { streetAddress, postalCode, locality, room, latitude, longitude } = input;
  if (!streetAddress && !postalCode && !locality && !room && latitude === null) return null;
  const values = {
    bodyId,
    streetAddress: streetAddress ?? null,
    postalCode: postalCode ?? null,
    locality: locality ?? null,
    room: room ?? null,
    description: [room, streetAddress, [postalCode, locality].filter(Boolean).join(' ')].filter(Boolean).join(', '),
    // GeoJSON is [longitude, latitude].
    geojson: latitude !== null && longitude !== null ? { type: 'Feature' as const, geometry: { type: 'Point', coordinates: [longitude, latitude] } } : null,
    modified: new Date(),
  };
  const current = await findLocation(tx, meeting?.locationId ?? null);
  if (current && current.sourceId === null && (await meetingsAt(tx, current.id)) === 1) {
    await tx.update(councilLocations).set(values).where(eq(councilLocations.id, current.id));
    return current.id;
  }
  const [created] = await tx.insert(councilLocations).values(values).returning({ id: councilLocations.id });
  return created!.id;
}

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
      locationId: await savePlace(tx, existing, data, bodyId),
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
