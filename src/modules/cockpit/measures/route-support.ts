import { WORKSPACE_CRUMB } from '../../../kernel/views';
import { STAFF_PATHS } from '../paths';

export const MEASURES_CRUMBS = [WORKSPACE_CRUMB, { href: STAFF_PATHS.measures, label: 'Maßnahmen' }];

/** The strings a form sent, to show them again with its errors. */
export function sentValues(body: unknown): Record<string, string> {
  const entries = Object.entries(body && typeof body === 'object' ? body : {});
  return Object.fromEntries(entries.filter(([name, value]) => typeof value === 'string' && name !== '_csrf'));
}
