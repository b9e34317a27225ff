import { and, asc, eq } from 'drizzle-orm';
import { OPARL_PATHS } from '../../paths';
import { councilMemberships, councilOrganizations } from '../../tables';
import { objectUrl, objectUrls } from '../context';
import { groupBy, inOrder, type JsonObject } from '../json';
import { anyOf, oparlObject, type OparlKind } from './common';
import { embeddedLocations } from './location';

export const organizationKind: OparlKind = {
  type: 'organization',
  table: councilOrganizations,
  async render(context, ids) {
    const list = [...ids];
    const rows = await context.db.select().from(councilOrganizations).where(anyOf(councilOrganizations.id, list));
    const memberships = groupBy(
      await context.db
        .select({ id: councilMemberships.id, organizationId: councilMemberships.organizationId })
        .from(councilMemberships)
        .where(and(anyOf(councilMemberships.organizationId, list), eq(councilMemberships.deleted, false)))
        .orderBy(asc(councilMemberships.startDate), asc(councilMemberships.id)),
      (membership) => membership.organizationId,
    );
    const locations = await embeddedLocations(
      context,
      rows.map((row) => row.locationId),
    );
    const objects = rows.map((row): [string, JsonObject] => [
      row.id,
      oparlObject(context, 'organization', row, () => ({
        body: objectUrl(context, 'body', row.bodyId),
        name: row.name,
        membership: objectUrls(
          context,
          'membership',
          (memberships.get(row.id) ?? []).map((membership) => membership.id),
        ),
        meeting: `${context.baseUrl}${OPARL_PATHS.organizationList(row.id, 'meeting')}`,
        consultation: `${context.baseUrl}${OPARL_PATHS.organizationList(row.id, 'consultation')}`,
        shortName: row.shortName,
        post: row.post,
        subOrganizationOf: row.subOrganizationOfId ? objectUrl(context, 'organization', row.subOrganizationOfId) : undefined,
        organizationType: row.organizationType,
        classification: row.classification,
        startDate: row.startDate,
        endDate: row.endDate,
        website: row.website,
        location: row.locationId ? locations.get(row.locationId) : undefined,
        externalBody: row.externalBodyId ? objectUrl(context, 'body', row.externalBodyId) : undefined,
      })),
    ]);
    return inOrder(ids, new Map(objects));
  },
};
