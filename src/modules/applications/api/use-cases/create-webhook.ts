import { audit } from '../../../../kernel/audit';
import { randomToken } from '../../../../kernel/auth';
import { refuse, type Outcome } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { mayManageWebhookOf, webhookDepartments, type WebhookActor } from '../webhook-policies';
import { insertWebhook, listDepartmentChoices } from '../webhook-repository';
import { webhookUrlProblem, type WebhookFormInput } from '../webhook-schemas';

export interface CreatedWebhook {
  id: string;
  /** Shown once, on the confirmation page or the terminal; only the database keeps it afterwards. */
  secret: string;
  departmentName: string;
}

/**
 * A new webhook of a department, for the workspace page and `webhook:create` alike. The URL rule
 * is checked here again (the CLI has no form schema) and the department must be one the actor
 * manages; the row and its audit entry commit together.
 */
export async function createWebhookSubscription(
  actor: WebhookActor,
  input: WebhookFormInput & { ip?: string },
  deps: Pick<ModuleDeps, 'db'>,
): Promise<Outcome<CreatedWebhook>> {
  const allowed = webhookDepartments(actor);
  const urlProblem = webhookUrlProblem(input.url);
  if (urlProblem) return refuse({ url: urlProblem });
  return deps.db.transaction(async (tx) => {
    const [department] = await listDepartmentChoices(tx, [input.department]);
    if (!department || (allowed && !mayManageWebhookOf(actor, department.id))) {
      return refuse({
        department: `Den Fachbereich „${input.department}“ gibt es nicht oder Sie dürfen für ihn keine Webhooks anlegen. Wählen Sie einen Fachbereich aus der Liste.`,
      });
    }
    const secret = `whsec_${randomToken()}`;
    const id = await insertWebhook(tx, { departmentId: department.id, url: input.url, secret });
    // The secret never goes into the audit log: whoever reads the log must not be able to forge signatures.
    await audit(tx, actor, {
      action: 'applications.webhook_created',
      objectType: 'webhook',
      objectId: id,
      details: { departmentId: department.id, url: input.url },
      ...(input.ip ? { ip: input.ip } : {}),
    });
    return { ok: true as const, id, secret, departmentName: department.name };
  });
}
