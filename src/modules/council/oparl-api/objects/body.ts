import { and, asc, eq } from 'drizzle-orm';
import { OPARL_PATHS, type OparlBodyList } from '../../paths';
import { councilBodies, councilLegislativeTerms } from '../../tables';
import { objectUrl, type OparlContext } from '../context';
import { groupBy, inOrder, optionalDateTime, type JsonObject } from '../json';
import { anyOf, oparlObject, type OparlKind } from './common';
import { embeddedLocations } from './location';

type TermRow = typeof councilLegislativeTerms.$inferSelect;

function termObject(context: OparlContext, row: TermRow, embedded: boolean): JsonObject {
  return oparlObject(context, 'legislativeterm', row, () => ({
    body: embedded ? undefined : objectUrl(context, 'body', row.bodyId),
    name: row.name,
    startDate: row.startDate,
    endDate: row.endDate,
  }));
}

export const legislativeTermKind: OparlKind = {
  type: 'legislativeterm',
  table: councilLegislativeTerms,
  async render(context, ids) {
    const rows = await context.db
      .select()
      .from(councilLegislativeTerms)
      .where(anyOf(councilLegislativeTerms.id, [...ids]));
    return inOrder(ids, new Map(rows.map((row) => [row.id, termObject(context, row, false)])));
  },
};

/** The external lists of a Body by their OParl property (1.1 names the Location and LegislativeTerm lists …List). */
const BODY_LISTS: Array<[string, OparlBodyList]> = [
  ['organization', 'organization'],
  ['person', 'person'],
  ['meeting', 'meeting'],
  ['paper', 'paper'],
  ['agendaItem', 'agendaitem'],
  ['consultation', 'consultation'],
  ['file', 'file'],
  ['locationList', 'location'],
  ['legislativeTermList', 'legislativeterm'],
  ['membership', 'membership'],
];

function bodyLists(context: OparlContext, bodyId: string): Record<string, string> {
  return Object.fromEntries(BODY_LISTS.map(([property, list]) => [property, `${context.baseUrl}${OPARL_PATHS.bodyList(bodyId, list)}`]));
}

export const bodyKind: OparlKind = {
  type: 'body',
  table: councilBodies,
  async render(context, ids) {
    const list = [...ids];
    const rows = await context.db.select().from(councilBodies).where(anyOf(councilBodies.id, list));
    const terms = context.omitInternal
      ? new Map<string, TermRow[]>()
      : groupBy(
          await context.db
            .select()
            .from(councilLegislativeTerms)
            .where(and(anyOf(councilLegislativeTerms.bodyId, list), eq(councilLegislativeTerms.deleted, false)))
            .orderBy(asc(councilLegislativeTerms.startDate), asc(councilLegislativeTerms.id)),
          (term) => term.bodyId,
        );
    const locations = await embeddedLocations(
      context,
      rows.map((row) => row.locationId),
    );
    const objects = rows.map((row): [string, JsonObject] => {
      const lists = bodyLists(context, row.id);
      // Required by the schema; left out with omit_internal as spec 2.5 allows.
      const legislativeTerm = context.omitInternal ? undefined : (terms.get(row.id) ?? []).map((term) => termObject(context, term, true));
      const required = () => ({ name: row.name, ...lists, ...(legislativeTerm ? { legislativeTerm } : {}) });
      const body = oparlObject(
        context,
        'body',
        row,
        () => ({
          system: `${context.baseUrl}${OPARL_PATHS.system}`,
          name: row.name,
          shortName: row.shortName,
          website: row.website,
          licenseValidSince: optionalDateTime(row.licenseValidSince),
          oparlSince: optionalDateTime(row.oparlSince),
          ags: row.ags,
          rgs: row.rgs,
          equivalent: row.equivalent,
          contactEmail: row.contactEmail,
          contactName: row.contactName,
          ...lists,
          classification: row.classification,
          location: row.locationId ? locations.get(row.locationId) : undefined,
          mainOrganization: row.mainOrganizationId ? objectUrl(context, 'organization', row.mainOrganizationId) : undefined,
        }),
        required,
      );
      // An empty legislativeTerm list is still given: the schema requires the property.
      return [row.id, legislativeTerm && !row.deleted ? { ...body, legislativeTerm } : body];
    });
    return inOrder(ids, new Map(objects));
  },
};
