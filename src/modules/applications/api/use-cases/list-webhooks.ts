import type { ModuleDeps } from '../../../../kernel/module';
import { webhookDepartments, type WebhookActor } from '../webhook-policies';
import { listDepartmentChoices, listWebhookRows, type DepartmentChoice, type WebhookListRow } from '../webhook-repository';

export interface WebhookOverview {
  webhooks: WebhookListRow[];
  /** The departments the actor may create webhooks for (the create form's choice). */
  departments: DepartmentChoice[];
}

/** The webhooks of the departments the actor manages (every department for admins and the CLI). */
export async function listWebhookSubscriptions(actor: WebhookActor, _input: Record<string, never>, deps: Pick<ModuleDeps, 'db'>): Promise<WebhookOverview> {
  const allowed = webhookDepartments(actor);
  const [webhooks, departments] = await Promise.all([listWebhookRows(deps.db, allowed), listDepartmentChoices(deps.db, allowed)]);
  return { webhooks, departments };
}
