import type { Actor, CurrentUser } from '../../../../../kernel/auth';
import { errors, isUuid } from '../../../../../kernel/http';
import type { ModuleDeps } from '../../../../../kernel/module';
import { requireCouncilStaff } from '../../entry/access';
import { organizationChoices, type OrganizationChoice } from '../../entry/choices';
import {
  agendaOf,
  findLocation,
  findMeeting,
  listMeetings,
  meetingOrganizationIds,
  type AgendaRow,
  type CouncilLocation,
  type CouncilMeeting,
  type MeetingRow,
} from '../repository';

/** A meeting by id for staff with council.manage; a deleted one or a malformed id is missing (404). */
export async function authorizedMeeting(actor: Actor, id: string, { db }: Pick<ModuleDeps, 'db'>): Promise<{ user: CurrentUser; meeting: CouncilMeeting }> {
  requireCouncilStaff(actor);
  const meeting = isUuid(id) ? await findMeeting(db, id) : undefined;
  if (!meeting) throw errors.notFound('Die Sitzung');
  return { user: actor, meeting };
}

export async function showMeetings(actor: Actor, input: { past: boolean }, { db }: Pick<ModuleDeps, 'db'>): Promise<MeetingRow[]> {
  requireCouncilStaff(actor);
  return listMeetings(db, input.past ? 'past' : 'upcoming', new Date());
}

export interface MeetingPage {
  meeting: CouncilMeeting | undefined;
  location: CouncilLocation | undefined;
  organizationIds: string[];
  agenda: AgendaRow[];
  /** The Gremien the form offers (Fraktionen meet too, so every organisation). */
  organizations: OrganizationChoice[];
}

/** The form to add a meeting (no id), or a meeting's form with its agenda (read-only when imported). */
export async function openMeeting(actor: Actor, input: { id?: string | undefined }, deps: Pick<ModuleDeps, 'db'>): Promise<MeetingPage> {
  requireCouncilStaff(actor);
  const organizations = await organizationChoices(deps.db);
  if (!input.id) return { meeting: undefined, location: undefined, organizationIds: [], agenda: [], organizations };
  const { meeting } = await authorizedMeeting(actor, input.id, deps);
  const [location, organizationIds, agenda] = await Promise.all([
    findLocation(deps.db, meeting.locationId),
    meetingOrganizationIds(deps.db, meeting.id),
    agendaOf(deps.db, meeting.id),
  ]);
  return { meeting, location, organizationIds, agenda, organizations };
}
