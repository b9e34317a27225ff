import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseForm, type FieldErrors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { WORKSPACE_CRUMB, type Crumb } from '../../../kernel/views';
import { createWebhookSubscription } from '../api/use-cases/create-webhook';
import { disableWebhookSubscription } from '../api/use-cases/disable-webhook';
import { listWebhookSubscriptions } from '../api/use-cases/list-webhooks';
import { loadWebhookSubscription } from '../api/use-cases/load-webhook';
import { WebhookFormSchema } from '../api/webhook-schemas';
import { PATHS } from '../paths';
import { ConfirmDisableWebhookPage, WebhookCreatedPage } from './views/webhook-confirmations';
import { NewWebhookPage, WebhookListPage } from './views/webhooks';

const CRUMBS: Crumb[] = [WORKSPACE_CRUMB, { href: PATHS.staffWebhooks, label: 'Webhooks' }];

const webhookId = (request: FastifyRequest) => (request.params as { id: string }).id;

/** Webhooks as workspace pages: list, create (secret shown once), disable after confirmation. */
export function registerWebhookRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  async function renderForm(request: FastifyRequest, reply: FastifyReply, form: { values?: Record<string, string>; errors?: FieldErrors } = {}) {
    const { departments } = await listWebhookSubscriptions(request.user, {}, deps);
    return reply.page({
      title: 'Webhook anlegen',
      breadcrumbs: CRUMBS,
      hasErrors: form.errors !== undefined,
      workspace: true,
      body: <NewWebhookPage departments={departments} values={form.values} errors={form.errors} />,
    });
  }

  app.get(PATHS.staffWebhooks, async (request, reply) => {
    const { webhooks } = await listWebhookSubscriptions(request.user, {}, deps);
    return reply.page({ title: 'Webhooks', breadcrumbs: CRUMBS.slice(0, 1), workspace: true, body: <WebhookListPage webhooks={webhooks} /> });
  });

  app.get(PATHS.staffWebhookNew, (request, reply) => renderForm(request, reply));

  app.post(PATHS.staffWebhookNew, async (request, reply) => {
    const parsed = parseForm(WebhookFormSchema, request.body);
    // Authorization before any message: a person without the right gets 404, not field errors.
    if (!parsed.ok) return renderForm(request, reply, parsed);
    const created = await createWebhookSubscription(request.user, { ...parsed.data, ip: request.ip }, deps);
    if (!created.ok) return renderForm(request, reply, { values: { department: parsed.data.department, url: parsed.data.url }, errors: created.errors });
    // The secret is on this answer only: never cached, never in a flash message or a redirect.
    return reply.header('cache-control', 'no-store').page({
      title: 'Webhook angelegt',
      breadcrumbs: CRUMBS,
      workspace: true,
      body: <WebhookCreatedPage url={parsed.data.url} departmentName={created.departmentName} secret={created.secret} />,
    });
  });

  app.get(PATHS.staffWebhookDisable(':id'), async (request, reply) => {
    const webhook = await loadWebhookSubscription(request.user, { id: webhookId(request) }, deps);
    return reply.page({ title: 'Webhook abschalten?', breadcrumbs: CRUMBS, workspace: true, body: <ConfirmDisableWebhookPage webhook={webhook} /> });
  });

  app.post(PATHS.staffWebhookDisable(':id'), async (request, reply) => {
    const { disabled, url } = await disableWebhookSubscription(request.user, { id: webhookId(request), ip: request.ip }, deps);
    reply.flash(disabled ? `Der Webhook für ${url} ist abgeschaltet.` : `Der Webhook für ${url} war bereits abgeschaltet.`);
    return reply.redirect(PATHS.staffWebhooks, 303);
  });
}
