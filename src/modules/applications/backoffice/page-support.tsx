import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Executor } from '../../../kernel/db';
import { errors, type FieldErrors, type Outcome, isUuid } from '../../../kernel/http';
import { WORKSPACE_CRUMB, type Crumb } from '../../../kernel/views';
import { PATHS } from '../paths';
import { loadDetail } from './use-cases/load-detail';
import { DetailPage } from './views/detail';

export const INBOX_CRUMBS: Crumb[] = [WORKSPACE_CRUMB, { href: PATHS.inbox, label: 'Anträge bearbeiten' }];

/** The application id of the URL; malformed ids are 404 before any query. */
export function applicationId(request: FastifyRequest): string {
  const { id } = request.params as { id: string };
  if (!isUuid(id)) throw errors.notFound('Der Antrag');
  return id;
}

/** The detail page; with `errors` it is the page of a rejected form (HTTP 400, summary at the top). */
export async function renderDetail(
  deps: { db: Executor },
  request: FastifyRequest,
  reply: FastifyReply,
  id: string,
  form: { errors?: FieldErrors; values?: Record<string, string> } = {},
) {
  const detail = await loadDetail(request.user, { id }, deps);
  return reply.page({
    title: `Antrag ${detail.application.reference ?? ''}`.trim(),
    breadcrumbs: INBOX_CRUMBS,
    hasErrors: form.errors !== undefined,
    workspace: true,
    body: <DetailPage {...detail} errors={form.errors} values={form.values} />,
  });
}

/**
 * Answers one back-office action: POST-redirect-GET with a flash message, or — when the use case
 * refused the input at a field (e.g. a transition someone else made impossible meanwhile) — the
 * page again with those messages and what the person typed.
 */
export async function answerAction(
  deps: { db: Executor },
  request: FastifyRequest,
  reply: FastifyReply,
  id: string,
  values: Record<string, string>,
  outcome: Outcome<{ flash: string }>,
) {
  if (!outcome.ok) return renderDetail(deps, request, reply, id, { errors: outcome.errors, values });
  reply.flash(outcome.flash);
  return reply.redirect(PATHS.staffDetail(id), 303);
}
