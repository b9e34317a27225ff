import type { Crumb } from '../../../kernel/views';
import { PAGE_PATHS } from '../paths';

/**
 * The pages at /rat in a breadcrumb trail, by the name of their main navigation entry ("Politik",
 * under the hub "Transparenz"), so the trail says what the header and the hub's card say.
 * "Ratsinformation" stays in the titles, where it names the service.
 */
export const COUNCIL_CRUMB: Crumb = { href: PAGE_PATHS.home, label: 'Politik' };
