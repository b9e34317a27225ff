import { boolean, date, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { oparlColumns, oparlIndexes } from './oparl-columns';

/**
 * OParl's people and bodies: Body, LegislativeTerm, Organization (Gremien, Fraktionen, Verwaltung),
 * Person, Membership and Location. Lists of references in the spec that are back-references (a
 * Body's organizations, an Organization's memberships, a Location's meetings) are not stored twice:
 * they are queried from the side that holds the reference.
 */

/** OParl Body: a council's municipality (or Kreis) with its external lists. */
export const councilBodies = pgTable(
  'council_bodies',
  {
    ...oparlColumns(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    website: text('website'),
    licenseValidSince: timestamp('license_valid_since', { withTimezone: true }),
    oparlSince: timestamp('oparl_since', { withTimezone: true }),
    /** Amtlicher Gemeindeschlüssel, always 8 digits here (sources drop the leading zero). */
    ags: text('ags'),
    rgs: text('rgs'),
    equivalent: text('equivalent').array().notNull().default([]),
    contactEmail: text('contact_email'),
    contactName: text('contact_name'),
    classification: text('classification'),
    locationId: uuid('location_id'),
    mainOrganizationId: uuid('main_organization_id'),
  },
  (t) => oparlIndexes('council_bodies', t),
);

export const councilLegislativeTerms = pgTable(
  'council_legislative_terms',
  {
    ...oparlColumns(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => councilBodies.id, { onDelete: 'cascade' }),
    name: text('name'),
    startDate: date('start_date'),
    endDate: date('end_date'),
  },
  (t) => oparlIndexes('council_legislative_terms', t, t.bodyId),
);

/** A Gremium (Rat, Ausschuss, Beirat), a Fraktion, a Partei, a Verwaltungsbereich: OParl Organization. */
export const councilOrganizations = pgTable(
  'council_organizations',
  {
    ...oparlColumns(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => councilBodies.id, { onDelete: 'cascade' }),
    /** The URL part of its page under /rat (from the short name or the name; unique per body). */
    slug: text('slug').notNull(),
    name: text('name'),
    shortName: text('short_name'),
    post: text('post').array().notNull().default([]),
    subOrganizationOfId: uuid('sub_organization_of_id'),
    /** OParl's suggested values: Gremium, Partei, Fraktion, Verwaltungsbereich, externes Gremium, Institution, Sonstiges. */
    organizationType: text('organization_type'),
    classification: text('classification'),
    startDate: date('start_date'),
    endDate: date('end_date'),
    website: text('website'),
    locationId: uuid('location_id'),
    externalBodyId: uuid('external_body_id'),
  },
  (t) => [...oparlIndexes('council_organizations', t, t.bodyId), uniqueIndex('council_organizations_slug_key').on(t.bodyId, t.slug)],
);

/** OParl Person. Only what the source publishes (or staff enter) is kept: no more personal data. */
export const councilPersons = pgTable(
  'council_persons',
  {
    ...oparlColumns(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => councilBodies.id, { onDelete: 'cascade' }),
    name: text('name'),
    familyName: text('family_name'),
    givenName: text('given_name'),
    formOfAddress: text('form_of_address'),
    affix: text('affix'),
    title: text('title').array().notNull().default([]),
    gender: text('gender'),
    phone: text('phone').array().notNull().default([]),
    email: text('email').array().notNull().default([]),
    locationId: uuid('location_id'),
    status: text('status').array().notNull().default([]),
    imageFileId: uuid('image_file_id'),
    life: text('life'),
    lifeSource: text('life_source'),
  },
  (t) => oparlIndexes('council_persons', t, t.bodyId),
);

export const councilMemberships = pgTable(
  'council_memberships',
  {
    ...oparlColumns(),
    /** Memberships are listed per body in the API; the body is the person's. */
    bodyId: uuid('body_id')
      .notNull()
      .references(() => councilBodies.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => councilPersons.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => councilOrganizations.id, { onDelete: 'cascade' }),
    role: text('role'),
    votingRight: boolean('voting_right'),
    startDate: date('start_date'),
    endDate: date('end_date'),
    onBehalfOfId: uuid('on_behalf_of_id'),
  },
  (t) => oparlIndexes('council_memberships', t, t.bodyId),
);

/** A GeoJSON Feature as OParl carries it (spec: Location.geojson), always [lon, lat] once stored. */
export type LocationGeoJson = { type: 'Feature'; geometry: { type: string; coordinates: unknown }; properties?: Record<string, unknown> };

/** OParl Location: a meeting room, an address or an area a paper is about. */
export const councilLocations = pgTable(
  'council_locations',
  {
    ...oparlColumns(),
    /** The body it was read with; a Location's bodies/meetings/papers are back-references. */
    bodyId: uuid('body_id').references(() => councilBodies.id, { onDelete: 'cascade' }),
    description: text('description'),
    geojson: jsonb('geojson').$type<LocationGeoJson>(),
    streetAddress: text('street_address'),
    room: text('room'),
    postalCode: text('postal_code'),
    subLocality: text('sub_locality'),
    locality: text('locality'),
  },
  (t) => oparlIndexes('council_locations', t, t.bodyId),
);
