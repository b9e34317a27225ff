import { hasPermission, inDepartment, type Actor, type CurrentUser } from '../../kernel/auth';

export const PROCESS_PERMISSION = 'applications.process';

/** The fields every policy needs; repository rows satisfy it. */
export interface OwnedApplication {
  id: string;
  applicantId: string | null;
  departmentId: string;
}

/** Staff who process Anträge (permission) — which ones depends on their departments. */
export function mayProcessApplications(actor: Actor): actor is CurrentUser {
  return hasPermission(actor, PROCESS_PERMISSION);
}

/** Staff of the application's department with the permission; admins see all. */
export function mayProcessApplication(actor: Actor, application: OwnedApplication): boolean {
  return mayProcessApplications(actor) && inDepartment(actor, application.departmentId);
}

/**
 * The applicant: the logged-in owner, or a guest who proved access to exactly this application
 * (resume link; `guestApplicationIds` comes from the request, see guest-access.ts).
 */
export function isApplicant(actor: Actor, application: OwnedApplication, guestApplicationIds: readonly string[] = []): boolean {
  if (application.applicantId) return actor?.id === application.applicantId;
  return guestApplicationIds.includes(application.id);
}
