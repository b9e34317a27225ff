import type { StaffSection } from '../../../kernel/module';
import { STAFF_ENTRY_PATHS } from '../paths';
import { mayManageCouncil } from '../policies';

const GROUP = 'Ratsinformation';

/** The sections of entering by hand, in the group "Ratsinformation" (order 100–109 belongs to this part). */
export const STAFF_ENTRY_SECTIONS: StaffSection[] = [
  { href: STAFF_ENTRY_PATHS.meetings, label: 'Sitzungen', group: GROUP, order: 100, allowed: mayManageCouncil },
  { href: STAFF_ENTRY_PATHS.papers, label: 'Vorlagen', group: GROUP, order: 101, allowed: mayManageCouncil },
  { href: STAFF_ENTRY_PATHS.gremien, label: 'Gremien', group: GROUP, order: 102, allowed: mayManageCouncil },
  { href: STAFF_ENTRY_PATHS.persons, label: 'Personen', group: GROUP, order: 103, allowed: mayManageCouncil },
  { href: STAFF_ENTRY_PATHS.members, label: 'Ratsmitglieder', group: GROUP, order: 104, allowed: mayManageCouncil },
];
