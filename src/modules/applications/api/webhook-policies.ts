import type { NamedActor } from '../../../kernel/audit';
import { hasPermission, inDepartment, type Actor, type CurrentUser } from '../../../kernel/auth';
import { errors } from '../../../kernel/http';
import { CLI_ACTOR } from '../../admin';

/** Staff who set up webhooks for their departments' specialist software; admins hold it implicitly. */
export const WEBHOOK_PERMISSION = 'applications.webhooks';

/** A person in the workspace, or the command line (which runs with the operator's rights on the server). */
export type WebhookActor = Actor | NamedActor;

export function mayManageWebhooks(actor: Actor): actor is CurrentUser {
  return hasPermission(actor, WEBHOOK_PERMISSION);
}

/** Which departments' webhooks the actor manages: `undefined` means every department (admins, CLI). */
export function webhookDepartments(actor: WebhookActor): readonly string[] | undefined {
  if (actor === CLI_ACTOR) return undefined;
  if (!actor || !('email' in actor) || !mayManageWebhooks(actor)) throw errors.notFound();
  return actor.role === 'admin' ? undefined : actor.departments;
}

/** Everyone who may not manage this department's webhooks gets the same 404 as for a missing one. */
export function mayManageWebhookOf(actor: WebhookActor, departmentId: string): boolean {
  if (actor === CLI_ACTOR) return true;
  return actor !== null && 'email' in actor && mayManageWebhooks(actor) && inDepartment(actor, departmentId);
}
