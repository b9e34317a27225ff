import { and, asc, eq } from 'drizzle-orm';
import { councilMemberships, councilPersons } from '../../tables';
import { objectUrl, type OparlContext } from '../context';
import { groupBy, inOrder, type JsonObject } from '../json';
import { anyOf, oparlObject, type OparlKind } from './common';
import { embeddedFiles } from './file';
import { embeddedLocations } from './location';

type MembershipRow = typeof councilMemberships.$inferSelect;

/** Embedded in its Person, a Membership leaves out the reference back to it (spec 3.0). */
function membershipObject(context: OparlContext, row: MembershipRow, embedded: boolean): JsonObject {
  return oparlObject(context, 'membership', row, () => ({
    person: embedded ? undefined : objectUrl(context, 'person', row.personId),
    organization: objectUrl(context, 'organization', row.organizationId),
    role: row.role,
    votingRight: row.votingRight,
    startDate: row.startDate,
    endDate: row.endDate,
    onBehalfOf: row.onBehalfOfId ? objectUrl(context, 'organization', row.onBehalfOfId) : undefined,
  }));
}

export const membershipKind: OparlKind = {
  type: 'membership',
  table: councilMemberships,
  async render(context, ids) {
    const rows = await context.db
      .select()
      .from(councilMemberships)
      .where(anyOf(councilMemberships.id, [...ids]));
    return inOrder(ids, new Map(rows.map((row) => [row.id, membershipObject(context, row, false)])));
  },
};

export const personKind: OparlKind = {
  type: 'person',
  table: councilPersons,
  async render(context, ids) {
    const list = [...ids];
    const rows = await context.db.select().from(councilPersons).where(anyOf(councilPersons.id, list));
    const memberships = context.omitInternal
      ? new Map<string, MembershipRow[]>()
      : groupBy(
          await context.db
            .select()
            .from(councilMemberships)
            .where(and(anyOf(councilMemberships.personId, list), eq(councilMemberships.deleted, false)))
            .orderBy(asc(councilMemberships.startDate), asc(councilMemberships.id)),
          (membership) => membership.personId,
        );
    const locations = await embeddedLocations(
      context,
      rows.map((row) => row.locationId),
    );
    const images = await embeddedFiles(
      context,
      rows.flatMap((row) => (row.imageFileId ? [row.imageFileId] : [])),
    );
    const objects = rows.map((row): [string, JsonObject] => [
      row.id,
      oparlObject(context, 'person', row, () => ({
        body: objectUrl(context, 'body', row.bodyId),
        name: row.name,
        familyName: row.familyName,
        givenName: row.givenName,
        formOfAddress: row.formOfAddress,
        affix: row.affix,
        title: row.title,
        gender: row.gender,
        phone: row.phone,
        email: row.email,
        location: row.locationId && locations.has(row.locationId) ? objectUrl(context, 'location', row.locationId) : undefined,
        locationObject: row.locationId ? locations.get(row.locationId) : undefined,
        status: row.status,
        membership: (memberships.get(row.id) ?? []).map((membership) => membershipObject(context, membership, true)),
        image: row.imageFileId ? images.get(row.imageFileId) : undefined,
        life: row.life,
        lifeSource: row.lifeSource,
      })),
    ]);
    return inOrder(ids, new Map(objects));
  },
};
