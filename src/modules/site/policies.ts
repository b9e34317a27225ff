import { hasPermission, type Actor } from '../../kernel/auth';

/** Staff who read and answer "Barriere melden" reports; admins hold it implicitly. */
export const ACCESSIBILITY_REPORTS_PERMISSION = 'site.accessibility_reports';

export function mayHandleAccessibilityReports(actor: Actor): boolean {
  return hasPermission(actor, ACCESSIBILITY_REPORTS_PERMISSION);
}
