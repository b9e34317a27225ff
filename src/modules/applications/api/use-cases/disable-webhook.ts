import { audit } from '../../../../kernel/audit';
import type { ModuleDeps } from '../../../../kernel/module';
import type { WebhookActor } from '../webhook-policies';
import { markWebhookDisabled } from '../webhook-repository';
import { loadWebhookSubscription } from './load-webhook';

/**
 * Switches a webhook off for good (deliveries still queued are dropped by the job). Answers false
 * when it was off already; the audit entry is written only for the change that happened.
 */
export async function disableWebhookSubscription(
  actor: WebhookActor,
  input: { id: string; ip?: string },
  deps: Pick<ModuleDeps, 'db'>,
): Promise<{ disabled: boolean; url: string }> {
  return deps.db.transaction(async (tx) => {
    const webhook = await loadWebhookSubscription(actor, { id: input.id }, { db: tx });
    const disabled = await markWebhookDisabled(tx, webhook.id);
    if (disabled) {
      await audit(tx, actor, {
        action: 'applications.webhook_disabled',
        objectType: 'webhook',
        objectId: webhook.id,
        details: { departmentId: webhook.departmentId, url: webhook.url },
        ...(input.ip ? { ip: input.ip } : {}),
      });
    }
    return { disabled, url: webhook.url };
  });
}
