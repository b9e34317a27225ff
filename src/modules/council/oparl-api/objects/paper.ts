import { sql } from 'drizzle-orm';
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
import { inOrder, type JsonObject } from '../json';
import { anyOf, listOf, NO_LIST, oparlObject, type OparlKind } from './common';
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
    // The references come with each row (listOf), public and undeleted ones only; the embedded objects follow by id.
    const rows = await db
      .select({
        paper: councilPapers,
        relations: listOf<[string, string]>(
          sql`json_build_array(r.relation, r.other_paper_id)`,
          sql`from ${councilPaperRelations} r join ${councilPapers} other on other.id = r.other_paper_id
              where r.paper_id = ${councilPapers.id} and other.public and not other.deleted`,
          sql`r.other_paper_id`,
        ),
        originatorPerson: listOf<string>(
          sql`link.person_id`,
          sql`from ${councilPaperPersons} link join ${councilPersons} person on person.id = link.person_id
              where link.paper_id = ${councilPapers.id} and not person.deleted`,
          sql`link.person_id`,
        ),
        organizations: listOf<[string, string]>(
          sql`json_build_array(link.role, link.organization_id)`,
          sql`from ${councilPaperOrganizations} link join ${councilOrganizations} organization on organization.id = link.organization_id
              where link.paper_id = ${councilPapers.id} and not organization.deleted`,
          sql`link.organization_id`,
        ),
        auxiliaryFile: context.omitInternal
          ? NO_LIST
          : listOf<string>(sql`link.file_id`, sql`from ${councilPaperFiles} link where link.paper_id = ${councilPapers.id}`, sql`link.position, link.file_id`),
        location: context.omitInternal
          ? NO_LIST
          : listOf<string>(sql`link.location_id`, sql`from ${councilPaperLocations} link where link.paper_id = ${councilPapers.id}`, sql`link.location_id`),
      })
      .from(councilPapers)
      .where(anyOf(councilPapers.id, list));
    const files = await embeddedFiles(context, [
      ...rows.flatMap(({ paper }) => (paper.mainFileId ? [paper.mainFileId] : [])),
      ...rows.flatMap((row) => row.auxiliaryFile),
    ]);
    const locations = await embeddedLocations(
      context,
      rows.flatMap((row) => row.location),
    );
    const consultations = await consultationsOfPapers(context, list);
    const objects = rows.map(({ paper, relations, originatorPerson, organizations, auxiliaryFile, location }): [string, JsonObject] => {
      const related = (relation: string) => relations.filter(([kind]) => kind === relation).map(([, id]) => id);
      const inRole = (role: string) => organizations.filter(([kind]) => kind === role).map(([, id]) => id);
      return [
        paper.id,
        oparlObject(context, 'paper', paper, () => ({
          body: objectUrl(context, 'body', paper.bodyId),
          name: paper.name,
          reference: paper.reference,
          date: paper.date,
          paperType: paper.paperType,
          relatedPaper: objectUrls(context, 'paper', related('related')),
          superordinatedPaper: objectUrls(context, 'paper', related('superordinated')),
          subordinatedPaper: objectUrls(context, 'paper', related('subordinated')),
          mainFile: paper.mainFileId ? files.get(paper.mainFileId) : undefined,
          auxiliaryFile: inOrder(auxiliaryFile, files),
          location: inOrder(location, locations),
          originatorPerson: objectUrls(context, 'person', originatorPerson),
          underDirectionOf: objectUrls(context, 'organization', inRole('underDirectionOf')),
          originatorOrganization: objectUrls(context, 'organization', inRole('originator')),
          consultation: consultations.get(paper.id) ?? [],
        })),
      ];
    });
    return inOrder(list, new Map(objects));
  },
};
