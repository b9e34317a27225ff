import type { StaffSection } from '../../../kernel/module';
import { mayOpenPublishing } from '../policies';
import { PUBLISHING_PATHS } from './paths';

const GROUP = 'Offene Daten';

/** The publishing sections of the workspace's side navigation, gated like their routes. */
export const PUBLISHING_SECTIONS: StaffSection[] = [
  { href: PUBLISHING_PATHS.overview, label: 'Übersicht', group: GROUP, order: 49, allowed: mayOpenPublishing },
  { href: PUBLISHING_PATHS.datasets, label: 'Datensätze', group: GROUP, order: 50, allowed: mayOpenPublishing },
  { href: PUBLISHING_PATHS.organizations, label: 'Organisationen', group: GROUP, order: 51, allowed: mayOpenPublishing },
  { href: PUBLISHING_PATHS.tokens, label: 'API-Schlüssel', group: GROUP, order: 52, allowed: mayOpenPublishing },
];
