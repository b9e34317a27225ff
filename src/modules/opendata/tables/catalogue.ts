import { sql } from 'drizzle-orm';
import { bigint, boolean, customType, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../../kernel/auth';
import { harvestSources } from './harvest';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const textArray = (name: string) =>
  text(name)
    .array()
    .notNull()
    .default(sql`'{}'::text[]`);

export const ORGANIZATION_KINDS = ['city', 'company', 'institution'] as const;
export const MEMBER_CAPACITIES = ['member', 'editor', 'admin'] as const;
export type MemberCapacity = (typeof MEMBER_CAPACITIES)[number];
/** CKAN's dataset states: a draft is not yet published, a deleted dataset stays for its history and harvesters. */
export const DATASET_STATES = ['draft', 'active', 'deleted'] as const;
export type DatasetState = (typeof DATASET_STATES)[number];
/** Where a dataset's metadata is maintained: in this portal, by a harvest source, or by a module's manifest. */
export const DATASET_ORIGINS = ['portal', 'harvest', 'module'] as const;

/**
 * A publisher: the city, one of its companies or institutions (CKAN organisation, DCAT publisher).
 * Its members are its own part of the permission model: a publisher of the Stadtwerke is not staff of
 * a city department.
 */
export const organizations = pgTable('opendata_organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** CKAN `name`: lower case, digits, `-` and `_`; part of URLs and of `fq=organization:…`. */
  name: text('name').notNull().unique('opendata_organizations_name_key'),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  kind: text('kind', { enum: ORGANIZATION_KINDS }).notNull(),
  homepage: text('homepage'),
  /** A functional mailbox (opendata@…), never a person's address. */
  email: text('email'),
  /** Upload limit per file for this publisher's distributions. */
  uploadLimitBytes: bigint('upload_limit_bytes', { mode: 'number' }).notNull().default(2_147_483_648),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** CKAN's roles per organisation: members read private datasets, editors publish, admins also manage members. */
export const memberships = pgTable(
  'opendata_memberships',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    capacity: text('capacity', { enum: MEMBER_CAPACITIES }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.userId] }), index('opendata_memberships_user_idx').on(t.userId)],
);

/**
 * A dataset with DCAT-AP.de metadata (CKAN package). `facet_keys` and `search` are derived from the
 * dataset, its organisation and its distributions by `refreshDerivedColumns` in the same transaction
 * as every write: `facet_keys` holds `organization:<name>`, `tags:<tag>`, `groups:<theme>`,
 * `res_format:<format>`, `license_id:<id>`, so a facet filter is one GIN-indexed `@>`.
 */
export const datasets = pgTable(
  'opendata_datasets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull().unique('opendata_datasets_name_key'),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    /** Markdown; rendered sanitised (no HTML, safe links only). */
    notes: text('notes').notNull().default(''),
    state: text('state', { enum: DATASET_STATES }).notNull().default('draft'),
    private: boolean('private').notNull().default(false),
    licenseId: text('license_id').notNull(),
    tags: textArray('tags'),
    /** EU data theme codes (`TRAN`, `GOVE`, …): CKAN groups and `dcat:theme`. */
    themes: textArray('themes'),
    contactName: text('contact_name').notNull(),
    contactEmail: text('contact_email').notNull(),
    contactUrl: text('contact_url'),
    /** dcatde:contributorID URIs (the catalogue that delivers the dataset to GovData). */
    contributorIds: textArray('contributor_ids'),
    temporalStart: date('temporal_start'),
    temporalEnd: date('temporal_end'),
    /** Amtlicher Regionalschlüssel of the area the data covers, and its level (dcatde:politicalGeocodingLevelURI). */
    spatialKey: text('spatial_key'),
    spatialLevel: text('spatial_level'),
    /** EU frequency code (`ANNUAL`, `MONTHLY`, …). */
    frequency: text('frequency'),
    legalBasis: text('legal_basis'),
    landingPage: text('landing_page'),
    version: text('version'),
    /** dct:issued / dct:modified of the data as the publisher states them. */
    issued: timestamp('issued', { withTimezone: true }),
    modified: timestamp('modified', { withTimezone: true }),
    origin: text('origin', { enum: DATASET_ORIGINS }).notNull().default('portal'),
    harvestSourceId: uuid('harvest_source_id').references(() => harvestSources.id, { onDelete: 'restrict' }),
    /** The dataset's id at its harvest source, or the name of the module declaration that maintains it. */
    originRef: text('origin_ref'),
    /** Raises with every metadata change; the history keeps one snapshot per revision. */
    revision: integer('revision').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    metadataCreated: timestamp('metadata_created', { withTimezone: true }).notNull().defaultNow(),
    metadataModified: timestamp('metadata_modified', { withTimezone: true }).notNull().defaultNow(),
    facetKeys: textArray('facet_keys'),
    search: tsvector('search')
      .notNull()
      .default(sql`''::tsvector`),
  },
  (t) => [
    index('opendata_datasets_search_idx').using('gin', t.search).with({ fastupdate: false }),
    index('opendata_datasets_facets_idx').using('gin', t.facetKeys).with({ fastupdate: false }),
    index('opendata_datasets_modified_idx').on(t.metadataModified),
    index('opendata_datasets_organization_idx').on(t.organizationId),
    unique('opendata_datasets_origin_key').on(t.harvestSourceId, t.originRef),
  ],
);

/** A distribution (CKAN resource): an uploaded file in the kernel's file store, or a link. */
export const resources = pgTable(
  'opendata_resources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    datasetId: uuid('dataset_id')
      .notNull()
      .references(() => datasets.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** File type code (`CSV`, `GEOJSON`, `PDF`, …) and IANA media type. */
    format: text('format').notNull(),
    mediaType: text('media_type'),
    /** A link's address; null for an upload (served from the portal). */
    url: text('url'),
    fileKey: text('file_key'),
    fileName: text('file_name'),
    byteSize: bigint('byte_size', { mode: 'number' }),
    checksumAlgorithm: text('checksum_algorithm'),
    checksum: text('checksum'),
    /** Null: the dataset's licence. */
    licenseId: text('license_id'),
    datastoreActive: boolean('datastore_active').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    modifiedAt: timestamp('modified_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('opendata_resources_dataset_idx').on(t.datasetId, t.position)],
);

/**
 * The distinct words of each public dataset's title and keywords, kept by `refreshDerivedColumns` in
 * the transaction of every write: the vocabulary the search page's "Meinten Sie …?" corrects typos
 * against. A row per dataset and word (not one per word with a count) so a write only ever replaces
 * its own dataset's rows and two writes cannot race on a shared counter. The trigram index answers
 * `<%` (word similarity) without reading the list (repository/suggest.ts has the measurement).
 */
export const searchWords = pgTable(
  'opendata_search_words',
  {
    datasetId: uuid('dataset_id')
      .notNull()
      .references(() => datasets.id, { onDelete: 'cascade' }),
    word: text('word').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.datasetId, t.word] }),
    index('opendata_search_words_trgm_idx').using('gin', t.word.op('gin_trgm_ops')).with({ fastupdate: false }),
  ],
);

/** Metadata history: a snapshot of the dataset and its distributions after each change. */
export const datasetRevisions = pgTable(
  'opendata_dataset_revisions',
  {
    datasetId: uuid('dataset_id')
      .notNull()
      .references(() => datasets.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    change: text('change').notNull(),
    changedBy: uuid('changed_by').references(() => users.id, { onDelete: 'set null' }),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    snapshot: jsonb('snapshot').notNull(),
  },
  (t) => [primaryKey({ columns: [t.datasetId, t.revision] })],
);

export type Organization = typeof organizations.$inferSelect;
export type Dataset = typeof datasets.$inferSelect;
export type Resource = typeof resources.$inferSelect;
