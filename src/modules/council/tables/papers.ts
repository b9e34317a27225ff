import { boolean, date, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { councilBodies, councilLocations, councilOrganizations, councilPersons } from './bodies';
import { councilFiles } from './files';
import { councilAgendaItems, councilMeetings } from './meetings';
import { oparlColumns, oparlIndexes } from './oparl-columns';
import { paperSearchColumn } from './search';

/** OParl Paper (Drucksache: Vorlage, Antrag, Anfrage, Mitteilung), with its consultations. */
export const councilPapers = pgTable(
  'council_papers',
  {
    ...oparlColumns(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => councilBodies.id, { onDelete: 'cascade' }),
    name: text('name'),
    /** The Drucksachennummer ("V/2026/0123"). */
    reference: text('reference'),
    date: date('date'),
    paperType: text('paper_type'),
    mainFileId: uuid('main_file_id').references(() => councilFiles.id, { onDelete: 'set null' }),
    /**
     * Not an OParl property (every OParl paper is public): false for a paper entered here for the
     * nichtöffentlicher Teil. Only council members of its Gremien and staff see it; never the API.
     */
    public: boolean('public').notNull().default(true),
    /** council-search: the paper's own words for the full-text search (tables/search.ts). */
    search: paperSearchColumn(),
  },
  (t) => [
    ...oparlIndexes('council_papers', t, t.bodyId),
    index('council_papers_date_idx').on(t.bodyId, t.date),
    // The file's side (OParl server, File.paper).
    index('council_papers_main_file_idx').on(t.mainFileId),
  ],
);

/** Paper.relatedPaper, superordinatedPaper and subordinatedPaper, as the source gives them. */
export const PAPER_RELATIONS = ['related', 'superordinated', 'subordinated'] as const;
export type PaperRelation = (typeof PAPER_RELATIONS)[number];

export const councilPaperRelations = pgTable(
  'council_paper_relations',
  {
    paperId: uuid('paper_id')
      .notNull()
      .references(() => councilPapers.id, { onDelete: 'cascade' }),
    otherPaperId: uuid('other_paper_id')
      .notNull()
      .references(() => councilPapers.id, { onDelete: 'cascade' }),
    relation: text('relation', { enum: PAPER_RELATIONS }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.paperId, t.otherPaperId, t.relation] })],
);

/** Paper.auxiliaryFile. */
export const councilPaperFiles = pgTable(
  'council_paper_files',
  {
    paperId: uuid('paper_id')
      .notNull()
      .references(() => councilPapers.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => councilFiles.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.paperId, t.fileId] }), index('council_paper_files_file_idx').on(t.fileId)],
);

/** Paper.location: the places a paper is about. */
export const councilPaperLocations = pgTable(
  'council_paper_locations',
  {
    paperId: uuid('paper_id')
      .notNull()
      .references(() => councilPapers.id, { onDelete: 'cascade' }),
    locationId: uuid('location_id')
      .notNull()
      .references(() => councilLocations.id, { onDelete: 'cascade' }),
  },
  // The location's side (OParl server, Location.papers).
  (t) => [primaryKey({ columns: [t.paperId, t.locationId] }), index('council_paper_locations_location_idx').on(t.locationId)],
);

/** Paper.originatorPerson. */
export const councilPaperPersons = pgTable(
  'council_paper_persons',
  {
    paperId: uuid('paper_id')
      .notNull()
      .references(() => councilPapers.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => councilPersons.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.paperId, t.personId] })],
);

/** Paper.underDirectionOf (federführend) and Paper.originatorOrganization. */
export const PAPER_ORGANIZATION_ROLES = ['underDirectionOf', 'originator'] as const;

export const councilPaperOrganizations = pgTable(
  'council_paper_organizations',
  {
    paperId: uuid('paper_id')
      .notNull()
      .references(() => councilPapers.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => councilOrganizations.id, { onDelete: 'cascade' }),
    role: text('role', { enum: PAPER_ORGANIZATION_ROLES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.paperId, t.organizationId, t.role] })],
);

/** OParl Consultation: a paper's Beratung in a Gremium, at a meeting's agenda item. */
export const councilConsultations = pgTable(
  'council_consultations',
  {
    ...oparlColumns(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => councilBodies.id, { onDelete: 'cascade' }),
    paperId: uuid('paper_id').references(() => councilPapers.id, { onDelete: 'cascade' }),
    agendaItemId: uuid('agenda_item_id').references(() => councilAgendaItems.id, { onDelete: 'set null' }),
    meetingId: uuid('meeting_id').references(() => councilMeetings.id, { onDelete: 'set null' }),
    /** Whether this Gremium decides (true) or only advises. */
    authoritative: boolean('authoritative'),
    /** "Entscheidung", "Vorberatung", "Kenntnisnahme"… */
    role: text('role'),
  },
  (t) => [
    ...oparlIndexes('council_consultations', t, t.bodyId),
    index('council_consultations_paper_idx').on(t.paperId),
    index('council_consultations_meeting_idx').on(t.meetingId),
  ],
);

/** Consultation.organization. */
export const councilConsultationOrganizations = pgTable(
  'council_consultation_organizations',
  {
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => councilConsultations.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => councilOrganizations.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.organizationId] }), index('council_consultation_organizations_org_idx').on(t.organizationId)],
);
