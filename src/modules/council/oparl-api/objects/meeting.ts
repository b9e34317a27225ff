import { and, asc, eq, sql } from 'drizzle-orm';
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
import { anyOf, listOf, NO_LIST, oparlObject, type OparlKind } from './common';
import { embeddedFiles } from './file';
import { embeddedLocations } from './location';

export const meetingKind: OparlKind = {
  type: 'meeting',
  table: councilMeetings,
  async render(context, ids) {
    const list = [...ids];
    const { db } = context;
    // The references come with each row (listOf): undeleted Gremien and participants, the auxiliary files in order.
    const rows = await db
      .select({
        meeting: councilMeetings,
        organization: listOf<string>(
          sql`link.organization_id`,
          sql`from ${councilMeetingOrganizations} link join ${councilOrganizations} organization on organization.id = link.organization_id
              where link.meeting_id = ${councilMeetings.id} and not organization.deleted`,
          sql`link.organization_id`,
        ),
        participant: listOf<string>(
          sql`link.person_id`,
          sql`from ${councilMeetingParticipants} link join ${councilPersons} person on person.id = link.person_id
              where link.meeting_id = ${councilMeetings.id} and not person.deleted`,
          sql`link.person_id`,
        ),
        auxiliaryFile: context.omitInternal
          ? NO_LIST
          : listOf<string>(
              sql`link.file_id`,
              sql`from ${councilMeetingFiles} link where link.meeting_id = ${councilMeetings.id}`,
              sql`link.position, link.file_id`,
            ),
      })
      .from(councilMeetings)
      .where(anyOf(councilMeetings.id, list));
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
      ...rows.flatMap(({ meeting }) =>
        [meeting.invitationFileId, meeting.resultsProtocolFileId, meeting.verbatimProtocolFileId].filter((id): id is string => id !== null),
      ),
      ...rows.flatMap((row) => row.auxiliaryFile),
    ]);
    const locations = await embeddedLocations(
      context,
      rows.map(({ meeting }) => meeting.locationId),
    );
    const fileOf = (id: string | null) => (id ? files.get(id) : undefined);
    const objects = rows.map(({ meeting: row, organization, participant, auxiliaryFile }): [string, JsonObject] => [
      row.id,
      oparlObject(context, 'meeting', row, () => ({
        name: row.name,
        meetingState: row.meetingState,
        cancelled: row.cancelled || undefined,
        start: optionalDateTime(row.start),
        end: optionalDateTime(row.end),
        location: row.locationId ? locations.get(row.locationId) : undefined,
        organization: objectUrls(context, 'organization', organization),
        participant: objectUrls(context, 'person', participant),
        invitation: fileOf(row.invitationFileId),
        resultsProtocol: fileOf(row.resultsProtocolFileId),
        verbatimProtocol: fileOf(row.verbatimProtocolFileId),
        auxiliaryFile: inOrder(auxiliaryFile, files),
        agendaItem: inOrder(
          (itemsOf.get(row.id) ?? []).map((item) => item.id),
          items,
        ),
      })),
    ]);
    return inOrder(list, new Map(objects));
  },
};
