import type { StaffSection } from '../../../kernel/module';
import { mayOpenPublishing } from '../policies';
import { USAGE_PATHS } from './paths';

/** "Nutzung" in the workspace's side navigation, after the publishing sections; inside, each organisation's members see its figures. */
export const USAGE_SECTION: StaffSection = { href: USAGE_PATHS.overview, label: 'Nutzung', group: 'Offene Daten', order: 53, allowed: mayOpenPublishing };
