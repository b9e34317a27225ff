import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { email, formStamp, parseForm, type FieldErrors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import type { Crumb } from '../../../kernel/views';
import { SEARCH_PATHS } from '../paths';
import { COUNCIL_CRUMB } from '../pages/crumbs';
import { gremiumNames } from '../search/repository';
import { alertTargetOf, targetFields, type AlertTarget } from './targets';
import { confirmAlert, showConfirmation } from './use-cases/confirm-alert';
import { describeAlertTarget } from './use-cases/describe-alert-target';
import { listAlerts, showUnsubscribe, unsubscribeAlert } from './use-cases/manage-alerts';
import { ALERT_FORM, subscribeToAlert } from './use-cases/subscribe-to-alert';
import { InfoPage } from './views/info-page';
import { ConfirmPage, ExpiredPage, ManagePage, UnsubscribedPage, UnsubscribePage } from './views/link-pages';
import { RequestedPage, SubscribePage } from './views/subscribe-page';

const CRUMBS: Crumb[] = [{ href: '/', label: 'Startseite' }, COUNCIL_CRUMB, { href: SEARCH_PATHS.alerts, label: 'E-Mail-Benachrichtigungen' }];
const SubscribeSchema = z.object({ email: email() });
type TokenParams = { Params: { token: string } };

/** The e-mail alerts: the form (no account), the mail's links (confirm, manage, unsubscribe by RFC 8058). */
export function alertRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(SEARCH_PATHS.alerts, { config: { pageCache: { tables: ['council_organizations'] } } }, async (_request, reply) =>
    reply.page({
      title: 'E-Mail-Benachrichtigungen – Ratsinformation',
      breadcrumbs: CRUMBS.slice(0, 2),
      body: <InfoPage gremien={await gremiumNames(deps.db, 'all')} />,
    }),
  );

  const form = async (target: AlertTarget, values: { email?: string }, errors?: FieldErrors) => ({
    title: 'Benachrichtigung einrichten',
    breadcrumbs: CRUMBS,
    hasErrors: Boolean(errors),
    body: (
      <SubscribePage
        {...await describeAlertTarget(target, deps)}
        hidden={targetFields(target)}
        email={values.email}
        errors={errors}
        stamp={formStamp(deps.config.secret, ALERT_FORM)}
      />
    ),
  });

  app.get(SEARCH_PATHS.newAlert, async (request, reply) => {
    const target = alertTargetOf((request.query ?? {}) as Record<string, unknown>);
    if (!target) return reply.redirect(SEARCH_PATHS.alerts, 303);
    return reply.page(await form(target, {}));
  });

  app.post(SEARCH_PATHS.newAlert, async (request, reply) => {
    const fields = (request.body ?? {}) as Record<string, unknown>;
    const target = alertTargetOf(fields);
    if (!target) return reply.redirect(SEARCH_PATHS.alerts, 303);
    const values = { email: typeof fields.email === 'string' ? fields.email : '' };
    const parsed = parseForm(SubscribeSchema, fields);
    if (!parsed.ok) return reply.page(await form(target, values, parsed.errors));
    const outcome = await subscribeToAlert(request.user, { email: parsed.data.email, target, fields, ip: request.ip }, deps);
    if (!outcome.ok) return reply.page(await form(target, values, outcome.errors));
    return reply.redirect(SEARCH_PATHS.requested, 303);
  });

  app.get(SEARCH_PATHS.requested, (_request, reply) =>
    reply.page({ title: 'Bitte bestätigen Sie Ihre E-Mail-Adresse', breadcrumbs: CRUMBS, body: <RequestedPage /> }),
  );

  const expired = { title: 'Der Link ist abgelaufen', breadcrumbs: CRUMBS, status: 410, body: <ExpiredPage /> };

  app.get<TokenParams>(SEARCH_PATHS.confirmPattern, async (request, reply) => {
    const view = await showConfirmation(request.params.token, deps);
    if (view.kind === 'expired') return reply.page(expired);
    return reply.page({ title: 'Benachrichtigung bestätigen', breadcrumbs: CRUMBS, body: <ConfirmPage token={request.params.token} {...view} /> });
  });

  app.post<TokenParams>(SEARCH_PATHS.confirmPattern, async (request, reply) => {
    const result = await confirmAlert(request.params.token, deps);
    if (result.kind === 'expired') return reply.page(expired);
    return reply.redirect(`${SEARCH_PATHS.manage(result.manageToken)}?eingerichtet=ja`, 303);
  });

  app.get<TokenParams>(SEARCH_PATHS.managePattern, async (request, reply) => {
    const view = await listAlerts(request.params.token, deps);
    const done = (request.query as Record<string, unknown> | undefined)?.eingerichtet === 'ja';
    return reply.page({ title: 'Ihre Benachrichtigungen', breadcrumbs: CRUMBS, body: <ManagePage {...view} done={done} /> });
  });

  app.get<TokenParams>(SEARCH_PATHS.unsubscribePattern, async (request, reply) => {
    const view = await showUnsubscribe(request.params.token, deps);
    if (view.kind === 'gone') return reply.page({ title: 'Sie sind abgemeldet', breadcrumbs: CRUMBS, body: <UnsubscribedPage /> });
    return reply.page({
      title: view.scope === 'all' ? 'Alle Benachrichtigungen abbestellen' : 'Benachrichtigung abbestellen',
      breadcrumbs: CRUMBS,
      body: <UnsubscribePage token={request.params.token} labels={view.labels} all={view.scope === 'all'} />,
    });
  });

  // RFC 8058 one-click: mail programs POST `List-Unsubscribe=One-Click` without any token of ours; the signed link is the proof.
  app.post<TokenParams>(SEARCH_PATHS.unsubscribePattern, { config: { csrf: false } }, async (request, reply) => {
    await unsubscribeAlert(request.params.token, deps);
    const oneClick = ((request.body ?? {}) as Record<string, unknown>)['List-Unsubscribe'] === 'One-Click';
    if (oneClick) return reply.page({ title: 'Sie sind abgemeldet', breadcrumbs: CRUMBS, body: <UnsubscribedPage /> });
    return reply.redirect(SEARCH_PATHS.unsubscribed, 303);
  });

  app.get(SEARCH_PATHS.unsubscribed, (_request, reply) => reply.page({ title: 'Sie sind abgemeldet', breadcrumbs: CRUMBS, body: <UnsubscribedPage /> }));
}
