import type { SeededRandom } from '../../../kernel/random';
import type { PdfBlock } from '../../../kernel/pdf';
import {
  councilAgendaItems,
  councilBodies,
  councilConsultationOrganizations,
  councilConsultations,
  councilFiles,
  councilLegislativeTerms,
  councilLocations,
  councilMeetingOrganizations,
  councilMeetingParticipants,
  councilMeetings,
  councilMemberships,
  councilOrganizations,
  councilPaperLocations,
  councilPaperOrganizations,
  councilPaperPersons,
  councilPapers,
  councilPersons,
} from '../tables';
import type { CouncilPack } from './pack';

/** A PDF the seed renders into the file store for the file row `fileId` (its text is the row's `text`). */
export interface DemoDocument {
  fileId: string;
  title: string;
  blocks: PdfBlock[];
}

/** The tables a generated council fills, in insert order (parents first). */
export const DEMO_TABLES = {
  bodies: councilBodies,
  terms: councilLegislativeTerms,
  locations: councilLocations,
  organizations: councilOrganizations,
  persons: councilPersons,
  memberships: councilMemberships,
  files: councilFiles,
  meetings: councilMeetings,
  meetingOrganizations: councilMeetingOrganizations,
  meetingParticipants: councilMeetingParticipants,
  agendaItems: councilAgendaItems,
  papers: councilPapers,
  paperOrganizations: councilPaperOrganizations,
  paperPersons: councilPaperPersons,
  paperLocations: councilPaperLocations,
  consultations: councilConsultations,
  consultationOrganizations: councilConsultationOrganizations,
} as const;

/** Every row of a generated council, table by table. */
export type CouncilDemoRows = { [K in keyof typeof DEMO_TABLES]: (typeof DEMO_TABLES)[K]['$inferInsert'][] };

export function emptyRows(): CouncilDemoRows {
  return Object.fromEntries(Object.keys(DEMO_TABLES).map((key) => [key, []])) as unknown as CouncilDemoRows;
}

/** What the generator's parts share while they write one council. */
export interface DemoContext {
  pack: CouncilPack;
  random: SeededRandom;
  /** The seeding moment and its Berlin day: every date is placed relative to them. */
  now: Date;
  today: string;
  bodyId: string;
  rows: CouncilDemoRows;
  documents: DemoDocument[];
}
