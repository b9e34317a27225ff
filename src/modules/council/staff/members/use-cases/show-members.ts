import type { Actor } from '../../../../../kernel/auth';
import type { ModuleDeps } from '../../../../../kernel/module';
import { berlinDay } from '../../../../../kernel/time';
import { requireCouncilStaff } from '../../entry/access';
import { listMemberLinks, unlinkedPersons, type MemberLink } from '../repository';

export interface MembersPage {
  links: MemberLink[];
  /** The persons the link form offers: not deleted, not linked yet. */
  persons: { id: string; name: string }[];
}

/** The council members' accounts (the portal role "Ratsmitglied") and the form to link one more. */
export async function showMembers(actor: Actor, { db }: Pick<ModuleDeps, 'db'>): Promise<MembersPage> {
  requireCouncilStaff(actor);
  const [links, persons] = await Promise.all([listMemberLinks(db, berlinDay(new Date())), unlinkedPersons(db)]);
  return { links, persons };
}
