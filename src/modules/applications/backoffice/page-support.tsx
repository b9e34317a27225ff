import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../../../kernel/db';
import { AppError, errors, type FieldErrors } from '../../../kernel/http';
import type { Crumb } from '../../../kernel/views';
import { PATHS, UUID } from '../paths';
import { loadDetail } from './use-cases/load-detail';
import { DetailPage } from './views/detail';

export const INBOX_CRUMBS: Crumb[] = [
  { href: '/', label: 'Startseite' },
  { href: PATHS.inbox, label: 'Anträge bearbeiten' },
];

/** The application id of the URL; malformed ids are 404 before any query. */
export function applicationId(request: FastifyRequest): string {
  const { id } = request.params as { id: string };
  if (!UUID.test(id)) throw errors.notFound('Der Antrag');
  return id;
}

/** The detail page; with `errors` it is the page of a rejected form (HTTP 400, summary at the top). */
export async function renderDetail(db: Database, request: FastifyRequest, reply: FastifyReply, id: string, form: { errors?: FieldErrors; values?: Record<string, string> } = {}) {
  const detail = await loadDetail(db, request.user, id);
  return reply.page({
    title: `Antrag ${detail.application.reference ?? ''}`.trim(),
    breadcrumbs: INBOX_CRUMBS,
    hasErrors: form.errors !== undefined,
    workspace: true,
    body: <DetailPage {...detail} errors={form.errors} values={form.values} />,
  });
}

/**
 * Runs one back-office action and answers POST-redirect-GET with a flash message. A use case that
 * refuses the input with field messages (e.g. a transition someone else made impossible
 * meanwhile) shows the page again with those messages instead of an error page.
 */
export async function runAction(
  db: Database,
  request: FastifyRequest,
  reply: FastifyReply,
  id: string,
  values: Record<string, string>,
  action: () => Promise<string>,
) {
  try {
    const flash = await action();
    reply.flash(flash);
    return reply.redirect(PATHS.staffDetail(id), 303);
  } catch (error) {
    if (error instanceof AppError && error.status === 400 && error.fields) return renderDetail(db, request, reply, id, { errors: error.fields, values });
    throw error;
  }
}
