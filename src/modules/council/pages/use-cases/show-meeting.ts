import type { Actor } from '../../../../kernel/auth';
import { isUuid } from '../../../../kernel/http/validation';
import { errors } from '../../../../kernel/http/errors';
import type { ModuleDeps } from '../../../../kernel/module';
import { agendaItemFiles, filesById, meetingAuxiliaryFiles, type FileRef } from '../queries/files-of';
import { agendaOf, findMeeting, type AgendaItemRecord, type MeetingRecord } from '../queries/meeting-detail';
import { meetingOrganizations, paperOrganizationIds, type OrganizationRef } from '../queries/organizations-of';
import { viewerOf, visibleTo } from '../viewer';

export interface ShownAgendaItem extends Omit<AgendaItemRecord, 'paper' | 'resolutionFileId'> {
  /** The paper, when the viewer may see it. */
  paper: { id: string; reference: string | null; name: string | null } | null;
  resolutionFile: FileRef | null;
  files: FileRef[];
}

export type MeetingPage =
  | { kind: 'gone'; meeting: MeetingRecord; organizations: OrganizationRef[] }
  | {
      kind: 'shown';
      meeting: MeetingRecord;
      organizations: OrganizationRef[];
      documents: { invitation?: FileRef; resultsProtocol?: FileRef; verbatimProtocol?: FileRef; auxiliary: FileRef[] };
      agenda: ShownAgendaItem[];
      /** Non-public items left out for this viewer: the page says only that a non-public part exists. */
      hiddenItems: number;
    };

/**
 * `/rat/sitzungen/<id>`: the meeting with its documents and agenda. Non-public agenda items and the
 * files of non-public objects only for viewers of the meeting's Gremien (policies.ts); for everyone
 * else at most the fact that a non-public part exists. A deleted meeting is `gone` (410).
 */
export async function showMeeting(actor: Actor, input: { id: string }, deps: Pick<ModuleDeps, 'db'>): Promise<MeetingPage> {
  if (!isUuid(input.id)) throw errors.notFound('Die Sitzung');
  const meeting = await findMeeting(deps.db, input.id);
  if (!meeting) throw errors.notFound('Die Sitzung');
  const [organizations, viewer] = await Promise.all([meetingOrganizations(deps.db, [meeting.id]), viewerOf(actor, deps.db)]);
  const gremien = organizations.get(meeting.id) ?? [];
  if (meeting.deleted) return { kind: 'gone', meeting, organizations: gremien };
  const gremiumIds = gremien.map((org) => org.id);
  const [items, auxiliary, single] = await Promise.all([
    agendaOf(deps.db, meeting.id),
    meetingAuxiliaryFiles(deps.db, meeting.id),
    filesById(deps.db, [meeting.invitationFileId, meeting.resultsProtocolFileId, meeting.verbatimProtocolFileId]),
  ]);
  const shownItems = items.filter((item) => visibleTo(viewer, item, gremiumIds));
  const [itemFiles, resolutionFiles, paperGremien] = await Promise.all([
    agendaItemFiles(
      deps.db,
      shownItems.map((item) => item.id),
    ),
    filesById(
      deps.db,
      shownItems.map((item) => item.resolutionFileId),
    ),
    paperOrganizationIds(
      deps.db,
      shownItems.flatMap((item) => (item.paper && !item.paper.public ? [item.paper.id] : [])),
    ),
  ]);
  // A file of this meeting or its items is non-public only for those who may not see the meeting's non-public part.
  const seen = (file: FileRef | undefined) => (file && visibleTo(viewer, file, gremiumIds) ? file : undefined);
  return {
    kind: 'shown',
    meeting,
    organizations: gremien,
    documents: {
      invitation: seen(single.get(meeting.invitationFileId ?? '')),
      resultsProtocol: seen(single.get(meeting.resultsProtocolFileId ?? '')),
      verbatimProtocol: seen(single.get(meeting.verbatimProtocolFileId ?? '')),
      auxiliary: auxiliary.filter((file) => seen(file)),
    },
    agenda: shownItems.map(({ paper, resolutionFileId, ...item }) => ({
      ...item,
      paper:
        paper && !paper.deleted && visibleTo(viewer, paper, paperGremien.get(paper.id) ?? [])
          ? { id: paper.id, reference: paper.reference, name: paper.name }
          : null,
      resolutionFile: seen(resolutionFiles.get(resolutionFileId ?? '')) ?? null,
      files: (itemFiles.get(item.id) ?? []).filter((file) => seen(file)),
    })),
    hiddenItems: items.length - shownItems.length,
  };
}
