import type { FastifyInstance } from 'fastify';
import { isAdmin, loadAuthorized, requireThat } from '../../../kernel/auth';
import { parseForm } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { canReadMail, canViewOutbox } from '../policies';
import { adminCrumbs, pageCount } from '../presenters';
import { findMail, listMails } from '../repository';
import { PAGE_SIZE, pageSchema } from '../schemas';
import { MailPage, OutboxPage } from '../views';

/** The local mail outbox: without SMTP this is where every confirmation and set-password link is read. */
export function outboxRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get('/admin/outbox', async (request, reply) => {
    requireThat(request.user, canViewOutbox);
    const parsed = parseForm(pageSchema, request.query);
    const page = parsed.ok ? parsed.data.page : 1;
    const citizensOnly = !isAdmin(request.user);
    const result = await listMails(deps.db, { citizensOnly }, { page, pageSize: PAGE_SIZE });
    return reply.page({
      title: 'Postausgang',
      body: <OutboxPage result={result} page={page} pageCount={pageCount(result.total, PAGE_SIZE)} citizensOnly={citizensOnly} />,
      breadcrumbs: adminCrumbs(),
      wide: true,
    });
  });

  app.get<{ Params: { id: string } }>('/admin/outbox/:id', async (request, reply) => {
    requireThat(request.user, canViewOutbox);
    const id = /^\d{1,15}$/.test(request.params.id) ? Number(request.params.id) : undefined;
    const mail = await loadAuthorized(request.user, async () => (id === undefined ? undefined : findMail(deps.db, id)), canReadMail, 'Die E-Mail');
    return reply.page({
      title: `E-Mail: ${mail.subject}`,
      body: <MailPage mail={mail} />,
      breadcrumbs: adminCrumbs({ href: '/admin/outbox', label: 'Postausgang' }),
      wide: true,
    });
  });
}
