/** Body, LegislativeTerm, Organization, Person, Membership and Location as rows (tables/bodies.ts). */
import { children, emptyMapped, holderOrRef, refTo, type MapContext, type Mapped } from './mapped';
import { ags, bool, calendarDate, geojson, httpUrlOf, postalCode, referenceUrl, text, texts, timestamp, type Json } from './normalize';

export function mapBody(data: Json): Mapped {
  const mapped = emptyMapped({
    name: text(data.name) ?? text(data.shortName) ?? String(data.id),
    shortName: text(data.shortName),
    website: httpUrlOf(data.website) ?? null,
    licenseValidSince: timestamp(data.licenseValidSince),
    oparlSince: timestamp(data.oparlSince),
    ags: ags(data.ags),
    rgs: text(data.rgs),
    equivalent: texts(data.equivalent),
    contactEmail: text(data.contactEmail),
    contactName: text(data.contactName),
    classification: text(data.classification),
  });
  refTo(mapped, 'locationId', data.location, 'Location');
  refTo(mapped, 'mainOrganizationId', data.mainOrganization, 'Organization');
  children(mapped, data.legislativeTerm, 'LegislativeTerm');
  return mapped;
}

export function mapLegislativeTerm(data: Json, ctx: MapContext): Mapped {
  return emptyMapped({ bodyId: ctx.bodyId, name: text(data.name), startDate: calendarDate(data.startDate), endDate: calendarDate(data.endDate) });
}

export function mapOrganization(data: Json, ctx: MapContext): Mapped {
  const mapped = emptyMapped({
    bodyId: ctx.bodyId,
    name: text(data.name),
    shortName: text(data.shortName),
    post: texts(data.post),
    organizationType: text(data.organizationType),
    classification: text(data.classification),
    startDate: calendarDate(data.startDate),
    endDate: calendarDate(data.endDate),
    website: httpUrlOf(data.website) ?? null,
  });
  refTo(mapped, 'subOrganizationOfId', data.subOrganizationOf, 'Organization');
  refTo(mapped, 'locationId', data.location, 'Location');
  refTo(mapped, 'externalBodyId', data.externalBody, 'Body');
  return mapped;
}

export function mapPerson(data: Json, ctx: MapContext): Mapped {
  // Only what the source publishes; nothing is looked up elsewhere.
  const mapped = emptyMapped({
    bodyId: ctx.bodyId,
    name: text(data.name),
    familyName: text(data.familyName),
    givenName: text(data.givenName),
    formOfAddress: text(data.formOfAddress),
    affix: text(data.affix),
    title: texts(data.title),
    gender: text(data.gender),
    phone: texts(data.phone),
    email: texts(data.email),
    status: texts(data.status),
    life: text(data.life),
    lifeSource: text(data.lifeSource),
  });
  // 1.1 has `location` as URL and `locationObject` embedded; 1.0 servers embed `location`.
  refTo(mapped, 'locationId', data.locationObject ?? data.location, 'Location');
  refTo(mapped, 'imageFileId', data.image, 'File');
  children(mapped, data.membership, 'Membership');
  return mapped;
}

export function mapMembership(data: Json, ctx: MapContext): Mapped {
  const mapped = emptyMapped({
    bodyId: ctx.bodyId,
    role: text(data.role),
    votingRight: bool(data.votingRight),
    startDate: calendarDate(data.startDate),
    endDate: calendarDate(data.endDate),
  });
  holderOrRef(mapped, 'personId', ctx, data.person, 'Person');
  mapped.required.push({ column: 'organizationId', url: referenceUrl(data.organization) ?? '', types: ['Organization'] });
  refTo(mapped, 'onBehalfOfId', data.onBehalfOf, 'Organization');
  return mapped;
}

export function mapLocation(data: Json, ctx: MapContext): Mapped {
  return emptyMapped({
    bodyId: ctx.bodyId,
    description: text(data.description),
    geojson: geojson(data.geojson),
    streetAddress: text(data.streetAddress),
    room: text(data.room),
    postalCode: postalCode(data.postalCode),
    subLocality: text(data.subLocality),
    locality: text(data.locality),
  });
}
