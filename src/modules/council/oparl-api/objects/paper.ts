import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
  councilOrganizations,
  councilPaperFiles,
  councilPaperLocations,
  councilPaperOrganizations,
  councilPaperPersons,
  councilPaperRelations,
  councilPapers,
  councilPersons,
} from '../../tables';
import { objectUrl, objectUrls } from '../context';
import { groupBy, inOrder, type JsonObject } from '../json';
import { oparlObject, type OparlKind } from './common';
import { consultationsOfPapers } from './consultation';
import { embeddedFiles } from './file';
import { embeddedLocations } from './location';

export const paperKind: OparlKind = {
  type: 'paper',
  table: councilPapers,
  visible: sql`${councilPapers.public}`,
  async render(context, ids) {
    const list = [...ids];
    const { db } = context;
    const rows = await db.select().from(councilPapers).where(inArray(councilPapers.id, list));
    // Related papers only where the other one is public too.
    const relations = groupBy(
      await db
        .select({ paperId: councilPaperRelations.paperId, id: councilPaperRelations.otherPaperId, relation: councilPaperRelations.relation })
        .from(councilPaperRelations)
        .innerJoin(councilPapers, eq(councilPapers.id, councilPaperRelations.otherPaperId))
        .where(and(inArray(councilPaperRelations.paperId, list), eq(councilPapers.public, true), eq(councilPapers.deleted, false)))
        .orderBy(asc(councilPapers.date), asc(councilPapers.id)),
      (link) => `${link.paperId} ${link.relation}`,
    );
    const persons = groupBy(
      await db
        .select({ paperId: councilPaperPersons.paperId, id: councilPaperPersons.personId })
        .from(councilPaperPersons)
        .innerJoin(councilPersons, eq(councilPersons.id, councilPaperPersons.personId))
        .where(and(inArray(councilPaperPersons.paperId, list), eq(councilPersons.deleted, false)))
        .orderBy(asc(councilPersons.familyName), asc(councilPersons.id)),
      (link) => link.paperId,
    );
    const organizations = groupBy(
      await db
        .select({ paperId: councilPaperOrganizations.paperId, id: councilPaperOrganizations.organizationId, role: councilPaperOrganizations.role })
        .from(councilPaperOrganizations)
        .innerJoin(councilOrganizations, eq(councilOrganizations.id, councilPaperOrganizations.organizationId))
        .where(and(inArray(councilPaperOrganizations.paperId, list), eq(councilOrganizations.deleted, false)))
        .orderBy(asc(councilOrganizations.name), asc(councilOrganizations.id)),
      (link) => `${link.paperId} ${link.role}`,
    );
    const auxiliary = context.omitInternal
      ? new Map<string, Array<{ paperId: string; id: string }>>()
      : groupBy(
          await db
            .select({ paperId: councilPaperFiles.paperId, id: councilPaperFiles.fileId })
            .from(councilPaperFiles)
            .where(inArray(councilPaperFiles.paperId, list))
            .orderBy(asc(councilPaperFiles.position), asc(councilPaperFiles.fileId)),
          (link) => link.paperId,
        );
    const places = context.omitInternal
      ? new Map<string, Array<{ paperId: string; id: string }>>()
      : groupBy(
          await db
            .select({ paperId: councilPaperLocations.paperId, id: councilPaperLocations.locationId })
            .from(councilPaperLocations)
            .where(inArray(councilPaperLocations.paperId, list))
            .orderBy(asc(councilPaperLocations.locationId)),
          (link) => link.paperId,
        );
    const files = await embeddedFiles(context, [
      ...rows.flatMap((row) => (row.mainFileId ? [row.mainFileId] : [])),
      ...[...auxiliary.values()].flat().map((link) => link.id),
    ]);
    const locations = await embeddedLocations(
      context,
      [...places.values()].flat().map((link) => link.id),
    );
    const consultations = await consultationsOfPapers(context, list);
    const idsOf = (links: Array<{ id: string }> | undefined) => (links ?? []).map((link) => link.id);
    const objects = rows.map((row): [string, JsonObject] => [
      row.id,
      oparlObject(context, 'paper', row, () => ({
        body: objectUrl(context, 'body', row.bodyId),
        name: row.name,
        reference: row.reference,
        date: row.date,
        paperType: row.paperType,
        relatedPaper: objectUrls(context, 'paper', idsOf(relations.get(`${row.id} related`))),
        superordinatedPaper: objectUrls(context, 'paper', idsOf(relations.get(`${row.id} superordinated`))),
        subordinatedPaper: objectUrls(context, 'paper', idsOf(relations.get(`${row.id} subordinated`))),
        mainFile: row.mainFileId ? files.get(row.mainFileId) : undefined,
        auxiliaryFile: inOrder(idsOf(auxiliary.get(row.id)), files),
        location: inOrder(idsOf(places.get(row.id)), locations),
        originatorPerson: objectUrls(context, 'person', idsOf(persons.get(row.id))),
        underDirectionOf: objectUrls(context, 'organization', idsOf(organizations.get(`${row.id} underDirectionOf`))),
        originatorOrganization: objectUrls(context, 'organization', idsOf(organizations.get(`${row.id} originator`))),
        consultation: consultations.get(row.id) ?? [],
      })),
    ]);
    return inOrder(list, new Map(objects));
  },
};
