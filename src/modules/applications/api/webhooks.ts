import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { randomToken } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';
import type { JobHandler } from '../../../kernel/jobs';
import type { ModuleDeps } from '../../../kernel/module';
import { PATHS } from '../paths';
import { findApplication } from '../repository';
import { webhookSubscriptions } from '../tables';
import { HANDOVER_FORMAT, WEBHOOK_JOB } from './handover';

export const SIGNATURE_HEADER = 'x-stadtportal-signature';
/** A receiver answering slower than this is treated as failed; the job retries with backoff. */
const DELIVERY_TIMEOUT_MS = 10_000;

/**
 * The webhook carries no personal data, only what happened and where to fetch it: the receiver
 * fetches the document with its API token. A misdirected URL therefore leaks nothing but a reference.
 */
export interface WebhookEvent {
  type: 'application.submitted';
  format: typeof HANDOVER_FORMAT;
  deliveryId: string;
  applicationId: string;
  reference: string | null;
  departmentId: string;
  serviceSlug: string;
  submittedAt: string | null;
  href: string;
}

/**
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` — the timestamp lets receivers reject
 * replays; the secret is the subscription's.
 */
export function signWebhook(secret: string, body: string, timestamp: number): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${mac}`;
}

/** A subscription straight into the table (tests); pages and the CLI use `createWebhookSubscription`. */
export async function createWebhook(db: Executor, input: { departmentId: string; url: string }): Promise<{ id: string; secret: string }> {
  const secret = `whsec_${randomToken()}`;
  const [row] = await db
    .insert(webhookSubscriptions)
    .values({ departmentId: input.departmentId, url: input.url, secret })
    .returning({ id: webhookSubscriptions.id });
  return { id: row!.id, secret };
}

/** Delivers one webhook; a non-2xx answer or a network error throws, and the job queue retries with backoff. */
export function handoverJobs({ db, config }: ModuleDeps): JobHandler[] {
  return [
    {
      kind: WEBHOOK_JOB,
      async run(payload) {
        const webhookId = String(payload.webhookId);
        const applicationId = String(payload.applicationId);
        const [subscription] = await db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, webhookId));
        const application = await findApplication(db, applicationId);
        // Disabled subscriptions and applications deleted meanwhile have nothing left to deliver.
        if (!subscription || subscription.disabledAt || !application) return;
        const event: WebhookEvent = {
          type: 'application.submitted',
          format: HANDOVER_FORMAT,
          deliveryId: `${webhookId}:${applicationId}`,
          applicationId,
          reference: application.reference,
          departmentId: application.departmentId,
          serviceSlug: application.serviceSlug,
          submittedAt: application.submittedAt?.toISOString() ?? null,
          href: `${config.baseUrl}${PATHS.apiApplication(applicationId)}`,
        };
        const body = JSON.stringify(event);
        const response = await fetch(subscription.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'user-agent': 'Stadtportal-Webhook/1',
            'x-stadtportal-event': event.type,
            'x-stadtportal-delivery': event.deliveryId,
            [SIGNATURE_HEADER]: signWebhook(subscription.secret, body, Math.floor(Date.now() / 1000)),
          },
          body,
          redirect: 'manual',
          signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
        });
        await response.body?.cancel();
        if (response.status < 200 || response.status >= 300) throw new Error(`webhook ${subscription.url} answered ${response.status}`);
      },
    },
  ];
}
