import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { formatFileSize, readMultipartForm, rejectionMessage, type MultipartLimits } from '../../../kernel/files';
import { parseForm } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { findServiceForApplication } from '../../services';
import { acceptedTypesText } from '../attachments';
import { PATHS } from '../paths';
import { mayWithdraw } from '../workflow';
import { guestApplicationIds } from '../apply';
import { loadOwnApplication, requireLogin, signedIn, type Viewer } from './access';
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
  async function showDetail(reply: FastifyReply, viewer: Viewer, id: string, form: ReplyFormState = {}) {
    const detail = await openMyApplication(db, viewer, id);
    if ('continueHref' in detail) return reply.redirect(detail.continueHref, 303);
    const account = viewer.kind === 'account';
    return reply.header('cache-control', 'private, no-store').page({
      title: `Antrag ${detail.application.reference}`,
      breadcrumbs: account ? MINE_CRUMBS : [],
      hasErrors: Boolean(form.errors),
      body: (
        <ApplicationDetailPage detail={detail} form={form} uploadHint={uploadHint} replyAction={account ? PATHS.mineMessage(id) : PATHS.guestMessage(id)} />
      ),
    });
  }

  /** The reply from the Postfach: stored and the department told, or the page again with the errors. */
  async function sendMessage(request: IdRequest, reply: FastifyReply, viewer: Viewer, detailPath: string) {
    const { id } = request.params;
    const multipart = await readMultipartForm(request, limits);
    const parsed = parseForm(MessageSchema, multipart.fields);
    const rejected = multipart.rejected.map((file) => rejectionMessage(file, limits));
    const result =
      parsed.ok && rejected.length === 0 ? await sendApplicantMessage(deps, viewer, { id, message: parsed.data, files: multipart.files }) : undefined;
    if (result?.ok) return reply.flash('Ihre Nachricht wurde gesendet.').redirect(`${detailPath}#postfach-title`, 303);
    const errors = { ...(parsed.ok ? {} : parsed.errors), ...(rejected.length ? { attachments: rejected.join(' ') } : {}), ...(result?.errors ?? {}) };
    const values = parsed.ok ? parsed.data : parsed.values;
    return showDetail(reply, viewer, id, { values, errors });
  }

  const account = (request: FastifyRequest): Viewer => ({ kind: 'account', actor: signedIn(request) });
  // Guests without an account: the resume link put the application into the guest cookie.
  const guest = (request: FastifyRequest): Viewer => ({ kind: 'guest', guestIds: guestApplicationIds(request, config.secret) });

  app.get(PATHS.mineDetail(':id'), guarded, (request: IdRequest, reply) => showDetail(reply, account(request), request.params.id));
  app.post(PATHS.mineMessage(':id'), guarded, (request: IdRequest, reply) =>
    sendMessage(request, reply, account(request), PATHS.mineDetail(request.params.id)),
  );
  app.get(PATHS.guestStatus(':id'), (request: IdRequest, reply) => showDetail(reply, guest(request), request.params.id));
  app.post(PATHS.guestMessage(':id'), (request: IdRequest, reply) => sendMessage(request, reply, guest(request), PATHS.guestStatus(request.params.id)));

  app.get(PATHS.mineWithdraw(':id'), guarded, async (request: IdRequest, reply) => {
    const application = await loadOwnApplication(db, signedIn(request), request.params.id);
    if (!mayWithdraw(application.status)) {
      return reply.flash('Dieser Antrag kann nicht mehr zurückgezogen werden.').redirect(PATHS.mineDetail(application.id), 303);
    }
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
