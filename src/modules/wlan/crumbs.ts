import type { Crumb } from '../../kernel/views';
import { PATHS } from './paths';

/** The trail of every public page below /wlan: the start page, then the area as the main navigation names it. */
export const WLAN_CRUMBS: Crumb[] = [
  { href: '/', label: 'Startseite' },
  { href: PATHS.public, label: 'WLAN' },
];
