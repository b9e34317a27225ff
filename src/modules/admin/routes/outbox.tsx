import type { FastifyInstance } from 'fastify';
import { parseForm } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { ADMIN_PATHS } from '../paths';
import { adminCrumbs, pageCount } from '../presenters';
import { outboxFilterSchema, PAGE_SIZE } from '../schemas';
import { readMail, readOutbox, readSmsOutbox } from '../use-cases';
import { MailPage, OutboxPage, SmsOutboxPage } from '../views';

/** The local mail outbox: without SMTP this is where every confirmation and set-password link is read. */
export function outboxRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(ADMIN_PATHS.outbox, async (request, reply) => {
    const parsed = parseForm(outboxFilterSchema, request.query);
    const filter = parsed.ok ? parsed.data : { page: 1 };
    const { mails, citizensOnly } = await readOutbox(request.user, filter, deps);
    return reply.page({
      title: 'Postausgang',
      body: (
        <OutboxPage
          result={mails}
          page={filter.page}
          pageCount={pageCount(mails.total, PAGE_SIZE)}
          citizensOnly={citizensOnly}
          status={filter.status}
          retentionDays={deps.config.mail.retentionDays}
        />
      ),
      breadcrumbs: adminCrumbs(),
      workspace: true,
    });
  });

  // Registered before the mail's page: `sms` is no mail id.
  app.get(ADMIN_PATHS.smsOutbox, async (request, reply) => {
    const parsed = parseForm(outboxFilterSchema, request.query);
    const filter = parsed.ok ? parsed.data : { page: 1 };
    const messages = await readSmsOutbox(request.user, filter, deps);
    return reply.page({
      title: 'SMS-Ausgang',
      body: (
        <SmsOutboxPage result={messages} page={filter.page} pageCount={pageCount(messages.total, PAGE_SIZE)} retentionDays={deps.config.sms.retentionDays} />
      ),
      breadcrumbs: adminCrumbs({ href: ADMIN_PATHS.outbox, label: 'Postausgang' }),
      workspace: true,
    });
  });

  app.get<{ Params: { id: string } }>(ADMIN_PATHS.mail(':id'), async (request, reply) => {
    const mail = await readMail(request.user, request.params.id, deps);
    return reply.page({
      title: `E-Mail: ${mail.subject}`,
      body: <MailPage mail={mail} />,
      breadcrumbs: adminCrumbs({ href: ADMIN_PATHS.outbox, label: 'Postausgang' }),
      workspace: true,
    });
  });
}
