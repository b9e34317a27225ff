import type { NamedActor } from '../../kernel/audit';
import { hasPermission, isAdmin, requireSection as requireKernelSection, type Actor, type Policy, type Role } from '../../kernel/auth';
import type { PermissionDefinition } from '../../kernel/module';

export const PERMISSIONS = { audit: 'admin.audit', outbox: 'admin.outbox' } as const;

/** What staff may be granted in this module; account and role management stays with admins. */
export const ADMIN_PERMISSIONS: PermissionDefinition[] = [
  { id: PERMISSIONS.audit, label: 'Protokoll einsehen (wer hat wann was geändert)' },
  {
    id: PERMISSIONS.outbox,
    label: 'Postausgang lesen (E-Mails an Bürgerinnen und Bürger, mit Bestätigungs- und Passwort-Links)',
  },
];

export const canManageUsers = (actor: Actor): boolean => isAdmin(actor);
export const canManageDepartments = (actor: Actor): boolean => isAdmin(actor);
export const canViewAudit = (actor: Actor): boolean => hasPermission(actor, PERMISSIONS.audit);
export const canViewOutbox = (actor: Actor): boolean => hasPermission(actor, PERMISSIONS.outbox);
/** API access for Fachverfahren reads citizens' applications: only admins hand it out. */
export const canManageApiTokens = (actor: Actor): boolean => isAdmin(actor);

/**
 * Mails carry one-time links (set or reset a password). Staff with the outbox permission read only
 * mails to citizens or unknown addresses: a link to a staff or admin account would hand it over.
 */
export const canReadMail: Policy<{ recipientRole: Role | null }> = (actor, mail) =>
  isAdmin(actor) || (canViewOutbox(actor) && (mail.recipientRole === null || mail.recipientRole === 'citizen'));

/** The command line runs with the operator's shell rights on the server, so it counts as an admin. */
export const CLI_ACTOR: NamedActor = Object.freeze({ id: null, label: 'cli' });

export type AdminActor = Actor | NamedActor;

function isCli(actor: AdminActor): actor is NamedActor {
  return actor === CLI_ACTOR;
}

/**
 * Checked first inside every use case, so neither a route nor a future caller can skip it.
 * Anonymous visitors are asked to log in; anyone else without the right gets the same 404 as for
 * a page that does not exist (a workspace section they may not use is not there for them).
 */
export function requireSection(actor: AdminActor, allowed: (actor: Actor) => boolean): void {
  if (isCli(actor)) return;
  requireKernelSection(actor, allowed);
}

export function requireUserManagement(actor: AdminActor): void {
  requireSection(actor, canManageUsers);
}

export function requireDepartmentManagement(actor: AdminActor): void {
  requireSection(actor, canManageDepartments);
}
