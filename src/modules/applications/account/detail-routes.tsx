import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CurrentUser } from '../../../kernel/auth';
import { formatFileSize, readMultipartForm, rejectionMessage, type MultipartLimits } from '../../../kernel/files';
import { parseForm } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { findServiceForApplication } from '../../services';
import { acceptedTypesText } from '../attachments';
import { PATHS } from '../paths';
import { mayWithdraw } from '../workflow';
import { loadOwnApplication, requireLogin, signedIn } from './access';
import { MINE_CRUMBS } from './list-routes';
import { MessageSchema } from './schemas';
import { openMyApplication } from './use-cases/open-my-application';
import { sendApplicantMessage } from './use-cases/send-applicant-message';
import { withdrawApplication } from './use-cases/withdraw-application';
import { ApplicationDetailPage } from './views/application-detail';
import type { ReplyFormState } from './views/postfach';
import { WithdrawPage } from './views/withdraw';

type IdRequest = FastifyRequest<{ Params: { id: string } }>;

export function registerDetailRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, config } = deps;
  const guarded = { preHandler: requireLogin };
  const limits: MultipartLimits = { maxFileBytes: config.uploads.maxBytes, maxFiles: config.uploads.maxFiles };
  const uploadHint = `${acceptedTypesText()}, höchstens ${limits.maxFiles} Dateien mit je höchstens ${formatFileSize(limits.maxFileBytes)}.`;

  /** The detail page, also shown again with the reply form's errors (400). */
  async function showDetail(reply: FastifyReply, actor: CurrentUser, id: string, form: ReplyFormState = {}) {
    const detail = await openMyApplication(db, actor, id);
    if ('continueHref' in detail) return reply.redirect(detail.continueHref, 303);
    return reply.header('cache-control', 'private, no-store').page({
      title: `Antrag ${detail.application.reference}`,
      breadcrumbs: MINE_CRUMBS,
      hasErrors: Boolean(form.errors),
      body: <ApplicationDetailPage detail={detail} form={form} uploadHint={uploadHint} />,
    });
  }

  app.get(PATHS.mineDetail(':id'), guarded, (request: IdRequest, reply) => showDetail(reply, signedIn(request), request.params.id));

  app.post(PATHS.mineMessage(':id'), guarded, async (request: IdRequest, reply) => {
    const actor = signedIn(request);
    const { id } = request.params;
    const multipart = await readMultipartForm(request, limits);
    const parsed = parseForm(MessageSchema, multipart.fields);
    const rejected = multipart.rejected.map((file) => rejectionMessage(file, limits));
    const result = parsed.ok && rejected.length === 0 ? await sendApplicantMessage(deps, actor, { id, message: parsed.data, files: multipart.files }) : undefined;
    if (result?.ok) return reply.flash('Ihre Nachricht wurde gesendet.').redirect(`${PATHS.mineDetail(id)}#postfach-title`, 303);
    const errors = { ...(parsed.ok ? {} : parsed.errors), ...(rejected.length ? { attachments: rejected.join(' ') } : {}), ...(result?.errors ?? {}) };
    const values = parsed.ok ? parsed.data : parsed.values;
    return showDetail(reply, actor, id, { values, errors });
  });

  app.get(PATHS.mineWithdraw(':id'), guarded, async (request: IdRequest, reply) => {
    const application = await loadOwnApplication(db, signedIn(request), request.params.id);
    if (!mayWithdraw(application.status)) return reply.flash('Dieser Antrag kann nicht mehr zurückgezogen werden.').redirect(PATHS.mineDetail(application.id), 303);
    const service = await findServiceForApplication(db, application.serviceSlug);
    return reply.page({
      title: `Antrag ${application.reference} zurückziehen`,
      breadcrumbs: [...MINE_CRUMBS, { href: PATHS.mineDetail(application.id), label: `Antrag ${application.reference}` }],
      body: <WithdrawPage application={application} serviceName={service?.name ?? application.serviceSlug} />,
    });
  });

  app.post(PATHS.mineWithdraw(':id'), guarded, async (request: IdRequest, reply) => {
    const { id } = request.params;
    const withdrawn = await withdrawApplication({ db, config }, signedIn(request), { id, ip: request.ip });
    reply.flash(withdrawn ? 'Ihr Antrag wurde zurückgezogen.' : 'Dieser Antrag kann nicht mehr zurückgezogen werden.');
    return reply.redirect(PATHS.mineDetail(id), 303);
  });
}
