import type { Actor } from '../../../../kernel/auth';
import { errors } from '../../../../kernel/http/errors';
import { isUuid } from '../../../../kernel/http/validation';
import type { ModuleDeps } from '../../../../kernel/module';
import { filesById, paperAuxiliaryFiles, type FileRef } from '../queries/files-of';
import { meetingOrganizations, paperOrganizationIds } from '../queries/organizations-of';
import { findPaper, paperConsultations, paperParties, paperPlaces, paperRelations, type ConsultationRecord, type PaperRecord } from '../queries/paper-detail';
import { viewerOf, visibleTo } from '../viewer';

type PaperRelationRow = Awaited<ReturnType<typeof paperRelations>>[number];

export type PaperPage =
  | { kind: 'gone'; paper: PaperRecord }
  | {
      kind: 'shown';
      paper: PaperRecord;
      parties: Awaited<ReturnType<typeof paperParties>>;
      mainFile: FileRef | null;
      auxiliaryFiles: FileRef[];
      relations: PaperRelationRow[];
      places: string[];
      /** Agenda items the viewer may not see are left out of their consultation (`agendaItem: null`, `nonPublic: true`). */
      consultations: (ConsultationRecord & { nonPublic: boolean })[];
    };

/**
 * `/rat/vorlagen/<id>`: the paper with its files, relations, places and consultation history. A
 * non-public paper answers 404 unless the viewer may see it (its consultations' Gremien and its
 * underDirectionOf, policies.ts); a deleted one that may be seen is `gone` (410).
 */
export async function showPaper(actor: Actor, input: { id: string }, deps: Pick<ModuleDeps, 'db'>): Promise<PaperPage> {
  if (!isUuid(input.id)) throw errors.notFound('Die Vorlage');
  const paper = await findPaper(deps.db, input.id);
  if (!paper) throw errors.notFound('Die Vorlage');
  const viewer = await viewerOf(actor, deps.db);
  const gremien = (await paperOrganizationIds(deps.db, [paper.id])).get(paper.id) ?? [];
  // Checked before `deleted`: a 410 would tell that a hidden paper exists.
  if (!visibleTo(viewer, paper, gremien)) throw errors.notFoundOrForbidden('Die Vorlage');
  if (paper.deleted) return { kind: 'gone', paper };
  const [parties, single, auxiliary, relations, places, consultations] = await Promise.all([
    paperParties(deps.db, paper.id),
    filesById(deps.db, [paper.mainFileId]),
    paperAuxiliaryFiles(deps.db, paper.id),
    paperRelations(deps.db, paper.id),
    paperPlaces(deps.db, paper.id),
    paperConsultations(deps.db, paper.id),
  ]);
  const [relatedGremien, meetingGremien] = await Promise.all([
    paperOrganizationIds(
      deps.db,
      relations.filter((row) => !row.public).map((row) => row.id),
    ),
    meetingOrganizations(
      deps.db,
      consultations.flatMap((row) => (row.agendaItem && !row.agendaItem.public && row.meeting ? [row.meeting.id] : [])),
    ),
  ]);
  const seen = (file: FileRef | undefined) => (file && visibleTo(viewer, file, gremien) ? file : undefined);
  return {
    kind: 'shown',
    paper,
    parties,
    mainFile: seen(single.get(paper.mainFileId ?? '')) ?? null,
    auxiliaryFiles: auxiliary.filter((file) => seen(file)),
    relations: relations.filter((row) => visibleTo(viewer, row, relatedGremien.get(row.id) ?? [])),
    places,
    consultations: consultations.map((row) => {
      const item = row.agendaItem;
      const itemGremien = (row.meeting && meetingGremien.get(row.meeting.id)?.map((org) => org.id)) || [];
      const hidden = item !== null && !visibleTo(viewer, item, itemGremien);
      return { ...row, agendaItem: hidden ? null : item, nonPublic: item !== null && !item.public };
    }),
  };
}
