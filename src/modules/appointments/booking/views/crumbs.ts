import type { Crumb } from '../../../../kernel/views';
import { PATHS } from '../../paths';

export const BOOKING_CRUMBS: Crumb[] = [
  { href: '/', label: 'Startseite' },
  { href: PATHS.public, label: 'Termine' },
];
