/**
 * Where each OParl type and each list of references is stored: the tables of tables/, by the names the
 * importer uses (OParl's type names and "<type>.<property>").
 */
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import {
  councilAgendaItemFiles,
  councilAgendaItems,
  councilBodies,
  councilConsultationOrganizations,
  councilConsultations,
  councilFiles,
  councilLegislativeTerms,
  councilLocations,
  councilMeetingFiles,
  councilMeetingOrganizations,
  councilMeetingParticipants,
  councilMeetings,
  councilMemberships,
  councilOrganizations,
  councilPaperFiles,
  councilPaperLocations,
  councilPaperOrganizations,
  councilPaperPersons,
  councilPaperRelations,
  councilPapers,
  councilPersons,
} from '../tables';

export const OPARL_TABLES = {
  Body: councilBodies,
  LegislativeTerm: councilLegislativeTerms,
  Organization: councilOrganizations,
  Person: councilPersons,
  Membership: councilMemberships,
  Meeting: councilMeetings,
  AgendaItem: councilAgendaItems,
  Paper: councilPapers,
  Consultation: councilConsultations,
  File: councilFiles,
  Location: councilLocations,
} as const;

export type OparlKind = keyof typeof OPARL_TABLES;

export const isOparlKind = (name: string | undefined): name is OparlKind => name !== undefined && Object.hasOwn(OPARL_TABLES, name);

/** The common columns every table of OPARL_TABLES has (oparlColumns). */
export interface OparlTable {
  table: PgTable;
  id: PgColumn;
  sourceId: PgColumn;
  externalUrl: PgColumn;
  modified: PgColumn;
  deleted: PgColumn;
}

export function oparlTable(kind: OparlKind): OparlTable {
  const table = OPARL_TABLES[kind];
  return { table, id: table.id, sourceId: table.sourceId, externalUrl: table.externalUrl, modified: table.modified, deleted: table.deleted };
}

/** A list of references kept in a join table: the holder's column, the target's, fixed values (a role) and the target's types. */
export interface JoinField {
  table: PgTable;
  holder: PgColumn;
  target: PgColumn;
  targetTypes: readonly OparlKind[];
  fixed?: { column: PgColumn; value: string };
  position?: PgColumn;
}

const files = (table: typeof councilMeetingFiles | typeof councilAgendaItemFiles | typeof councilPaperFiles, holder: PgColumn): JoinField => ({
  table,
  holder,
  target: table.fileId,
  targetTypes: ['File'],
  position: table.position,
});
const paperOrganizations = (role: 'underDirectionOf' | 'originator'): JoinField => ({
  table: councilPaperOrganizations,
  holder: councilPaperOrganizations.paperId,
  target: councilPaperOrganizations.organizationId,
  targetTypes: ['Organization'],
  fixed: { column: councilPaperOrganizations.role, value: role },
});
const paperRelations = (relation: 'related' | 'superordinated' | 'subordinated'): JoinField => ({
  table: councilPaperRelations,
  holder: councilPaperRelations.paperId,
  target: councilPaperRelations.otherPaperId,
  targetTypes: ['Paper'],
  fixed: { column: councilPaperRelations.relation, value: relation },
});

export const JOIN_FIELDS = {
  'Meeting.organization': {
    table: councilMeetingOrganizations,
    holder: councilMeetingOrganizations.meetingId,
    target: councilMeetingOrganizations.organizationId,
    targetTypes: ['Organization'],
  },
  'Meeting.participant': {
    table: councilMeetingParticipants,
    holder: councilMeetingParticipants.meetingId,
    target: councilMeetingParticipants.personId,
    targetTypes: ['Person'],
  },
  'Meeting.auxiliaryFile': files(councilMeetingFiles, councilMeetingFiles.meetingId),
  'AgendaItem.auxiliaryFile': files(councilAgendaItemFiles, councilAgendaItemFiles.agendaItemId),
  'Paper.auxiliaryFile': files(councilPaperFiles, councilPaperFiles.paperId),
  'Paper.location': {
    table: councilPaperLocations,
    holder: councilPaperLocations.paperId,
    target: councilPaperLocations.locationId,
    targetTypes: ['Location'],
  },
  'Paper.originatorPerson': { table: councilPaperPersons, holder: councilPaperPersons.paperId, target: councilPaperPersons.personId, targetTypes: ['Person'] },
  'Paper.underDirectionOf': paperOrganizations('underDirectionOf'),
  'Paper.originatorOrganization': paperOrganizations('originator'),
  'Paper.relatedPaper': paperRelations('related'),
  'Paper.superordinatedPaper': paperRelations('superordinated'),
  'Paper.subordinatedPaper': paperRelations('subordinated'),
  'Consultation.organization': {
    table: councilConsultationOrganizations,
    holder: councilConsultationOrganizations.consultationId,
    target: councilConsultationOrganizations.organizationId,
    targetTypes: ['Organization'],
  },
} satisfies Record<string, JoinField>;

export type JoinName = keyof typeof JOIN_FIELDS;
export const isJoinName = (name: string): name is JoinName => Object.hasOwn(JOIN_FIELDS, name);
