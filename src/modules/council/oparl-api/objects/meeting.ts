import { and, asc, eq } from 'drizzle-orm';
import {
  councilAgendaItems,
  councilMeetingFiles,
  councilMeetingOrganizations,
  councilMeetingParticipants,
  councilMeetings,
  councilOrganizations,
  councilPersons,
} from '../../tables';
import { objectUrls } from '../context';
import { groupBy, inOrder, optionalDateTime, type JsonObject } from '../json';
import { agendaItemObjects } from './agenda-item';
import { anyOf, oparlObject, type OparlKind } from './common';
import { embeddedFiles } from './file';
import { embeddedLocations } from './location';

export const meetingKind: OparlKind = {
  type: 'meeting',
  table: councilMeetings,
  async render(context, ids) {
    const list = [...ids];
    const { db } = context;
    const rows = await db.select().from(councilMeetings).where(anyOf(councilMeetings.id, list));
    const organizations = groupBy(
      await db
        .select({ meetingId: councilMeetingOrganizations.meetingId, id: councilMeetingOrganizations.organizationId })
        .from(councilMeetingOrganizations)
        .innerJoin(councilOrganizations, eq(councilOrganizations.id, councilMeetingOrganizations.organizationId))
        .where(and(anyOf(councilMeetingOrganizations.meetingId, list), eq(councilOrganizations.deleted, false)))
        .orderBy(asc(councilOrganizations.name), asc(councilOrganizations.id)),
      (link) => link.meetingId,
    );
    const participants = groupBy(
      await db
        .select({ meetingId: councilMeetingParticipants.meetingId, id: councilMeetingParticipants.personId })
        .from(councilMeetingParticipants)
        .innerJoin(councilPersons, eq(councilPersons.id, councilMeetingParticipants.personId))
        .where(and(anyOf(councilMeetingParticipants.meetingId, list), eq(councilPersons.deleted, false)))
        .orderBy(asc(councilPersons.familyName), asc(councilPersons.id)),
      (link) => link.meetingId,
    );
    const auxiliary = context.omitInternal
      ? new Map<string, Array<{ meetingId: string; id: string }>>()
      : groupBy(
          await db
            .select({ meetingId: councilMeetingFiles.meetingId, id: councilMeetingFiles.fileId })
            .from(councilMeetingFiles)
            .where(anyOf(councilMeetingFiles.meetingId, list))
            .orderBy(asc(councilMeetingFiles.position), asc(councilMeetingFiles.fileId)),
          (link) => link.meetingId,
        );
    // Only the public part of the agenda, never a deleted item (spec 2.5: nothing deleted inside).
    const itemRows = context.omitInternal
      ? []
      : await db
          .select()
          .from(councilAgendaItems)
          .where(and(anyOf(councilAgendaItems.meetingId, list), eq(councilAgendaItems.public, true), eq(councilAgendaItems.deleted, false)))
          .orderBy(asc(councilAgendaItems.order), asc(councilAgendaItems.id));
    const items = await agendaItemObjects(context, itemRows, true);
    const itemsOf = groupBy(itemRows, (item) => item.meetingId);
    const files = await embeddedFiles(context, [
      ...rows.flatMap((row) => [row.invitationFileId, row.resultsProtocolFileId, row.verbatimProtocolFileId].filter((id): id is string => id !== null)),
      ...[...auxiliary.values()].flat().map((link) => link.id),
    ]);
    const locations = await embeddedLocations(
      context,
      rows.map((row) => row.locationId),
    );
    const fileOf = (id: string | null) => (id ? files.get(id) : undefined);
    const idsOf = (links: Array<{ id: string }> | undefined) => (links ?? []).map((link) => link.id);
    const objects = rows.map((row): [string, JsonObject] => [
      row.id,
      oparlObject(context, 'meeting', row, () => ({
        name: row.name,
        meetingState: row.meetingState,
        cancelled: row.cancelled || undefined,
        start: optionalDateTime(row.start),
        end: optionalDateTime(row.end),
        location: row.locationId ? locations.get(row.locationId) : undefined,
        organization: objectUrls(context, 'organization', idsOf(organizations.get(row.id))),
        participant: objectUrls(context, 'person', idsOf(participants.get(row.id))),
        invitation: fileOf(row.invitationFileId),
        resultsProtocol: fileOf(row.resultsProtocolFileId),
        verbatimProtocol: fileOf(row.verbatimProtocolFileId),
        auxiliaryFile: inOrder(idsOf(auxiliary.get(row.id)), files),
        agendaItem: inOrder(idsOf(itemsOf.get(row.id)), items),
      })),
    ]);
    return inOrder(list, new Map(objects));
  },
};
