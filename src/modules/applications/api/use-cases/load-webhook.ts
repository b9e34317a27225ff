import type { Executor } from '../../../../kernel/db';
import { errors } from '../../../../kernel/http';
import { mayManageWebhookOf, webhookDepartments, type WebhookActor } from '../webhook-policies';
import { findWebhookRow, type WebhookListRow } from '../webhook-repository';

const WEBHOOK_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One webhook for its confirmation page; missing, malformed and foreign ids all answer 404. */
export async function loadWebhookSubscription(actor: WebhookActor, input: { id: string }, deps: { db: Executor }): Promise<WebhookListRow> {
  webhookDepartments(actor);
  const row = WEBHOOK_ID.test(input.id) ? await findWebhookRow(deps.db, input.id) : undefined;
  if (!row || !mayManageWebhookOf(actor, row.departmentId)) throw errors.notFound('Der Webhook');
  return row;
}
