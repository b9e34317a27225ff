import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { councilBodies, councilLocations, councilOrganizations, councilPersons } from './bodies';
import { councilFiles } from './files';
import { oparlColumns, oparlIndexes } from './oparl-columns';

/** OParl Meeting: a session of one or more Gremien, with its agenda and documents. */
export const councilMeetings = pgTable(
  'council_meetings',
  {
    ...oparlColumns(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => councilBodies.id, { onDelete: 'cascade' }),
    name: text('name'),
    /** OParl's values: terminiert, eingeladen, durchgeführt (free text at some sources). */
    meetingState: text('meeting_state'),
    cancelled: boolean('cancelled').notNull().default(false),
    start: timestamp('start', { withTimezone: true }),
    end: timestamp('end', { withTimezone: true }),
    locationId: uuid('location_id').references(() => councilLocations.id, { onDelete: 'set null' }),
    invitationFileId: uuid('invitation_file_id').references(() => councilFiles.id, { onDelete: 'set null' }),
    resultsProtocolFileId: uuid('results_protocol_file_id').references(() => councilFiles.id, { onDelete: 'set null' }),
    verbatimProtocolFileId: uuid('verbatim_protocol_file_id').references(() => councilFiles.id, { onDelete: 'set null' }),
  },
  (t) => [...oparlIndexes('council_meetings', t, t.bodyId), index('council_meetings_start_idx').on(t.start)],
);

/** Meeting.organization: the Gremien that meet (usually one, joint sessions several). */
export const councilMeetingOrganizations = pgTable(
  'council_meeting_organizations',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => councilMeetings.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => councilOrganizations.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.organizationId] }), index('council_meeting_organizations_org_idx').on(t.organizationId)],
);

/** Meeting.participant. */
export const councilMeetingParticipants = pgTable(
  'council_meeting_participants',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => councilMeetings.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => councilPersons.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.personId] })],
);

/** Meeting.auxiliaryFile, in the source's order. */
export const councilMeetingFiles = pgTable(
  'council_meeting_files',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => councilMeetings.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => councilFiles.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
  },
  // The file's side (OParl server, File.meeting): which meetings hold a file.
  (t) => [primaryKey({ columns: [t.meetingId, t.fileId] }), index('council_meeting_files_file_idx').on(t.fileId)],
);

/** OParl AgendaItem (Tagesordnungspunkt). Listed per body in the API: the meeting's body. */
export const councilAgendaItems = pgTable(
  'council_agenda_items',
  {
    ...oparlColumns(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => councilBodies.id, { onDelete: 'cascade' }),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => councilMeetings.id, { onDelete: 'cascade' }),
    /** The printed number ("Ö 3.1", "N 2"); free text. */
    number: text('number'),
    /** Position on the agenda (required in 1.1; the importer counts when a source leaves it out). */
    order: integer('order').notNull(),
    name: text('name'),
    /**
     * OParl's `public`: false for the nichtöffentlicher Teil. Only council members of the meeting's
     * Gremien and staff see such an item; the OParl API never shows it.
     */
    public: boolean('public').notNull().default(true),
    /** The paper's consultation this item deals with (AgendaItem.consultation). */
    consultationId: uuid('consultation_id'),
    result: text('result'),
    resolutionText: text('resolution_text'),
    resolutionFileId: uuid('resolution_file_id').references(() => councilFiles.id, { onDelete: 'set null' }),
    start: timestamp('start', { withTimezone: true }),
    end: timestamp('end', { withTimezone: true }),
  },
  (t) => [
    ...oparlIndexes('council_agenda_items', t, t.bodyId),
    index('council_agenda_items_meeting_idx').on(t.meetingId, t.order),
    // The file's side (OParl server, File.agendaItem).
    index('council_agenda_items_resolution_file_idx').on(t.resolutionFileId),
  ],
);

/** AgendaItem.auxiliaryFile. */
export const councilAgendaItemFiles = pgTable(
  'council_agenda_item_files',
  {
    agendaItemId: uuid('agenda_item_id')
      .notNull()
      .references(() => councilAgendaItems.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => councilFiles.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.agendaItemId, t.fileId] }), index('council_agenda_item_files_file_idx').on(t.fileId)],
);
