/**
 * The OParl tables, each with the kernel's change trigger (the module's migration): a committed change
 * of any of them reaches every process (kernel/db/changes.ts). What is kept from them (the anonymous
 * /rat pages, the OParl server's rendered objects and list totals) is kept until one of them changes.
 */
export const COUNCIL_OPARL_TABLES = [
  'council_bodies',
  'council_legislative_terms',
  'council_organizations',
  'council_persons',
  'council_memberships',
  'council_locations',
  'council_files',
  'council_meetings',
  'council_meeting_organizations',
  'council_meeting_participants',
  'council_meeting_files',
  'council_agenda_items',
  'council_agenda_item_files',
  'council_papers',
  'council_paper_relations',
  'council_paper_files',
  'council_paper_locations',
  'council_paper_persons',
  'council_paper_organizations',
  'council_consultations',
  'council_consultation_organizations',
] as const;
