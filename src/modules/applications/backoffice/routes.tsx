import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';
import { sendFile } from '../../../kernel/files';
import { readAuthorizedFile } from '../attachments';
import { PATHS } from '../paths';
import { registerActionRoutes } from './action-routes';
import { applicationId, INBOX_CRUMBS, renderDetail } from './page-support';
import { parseInboxFilters } from './schemas';
import { exportApplication } from './use-cases/export-application';
import { listInboxPage } from './use-cases/list-inbox';
import { InboxPage } from './views/inbox';

/** The departments' back office for Anträge: inbox, detail with actions, exports and downloads. */
export function registerBackofficeRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(PATHS.inbox, async (request, reply) => {
    const inbox = await listInboxPage(request.user, parseInboxFilters(request.query as Record<string, unknown>), deps);
    return reply.page({ title: 'Anträge bearbeiten', breadcrumbs: INBOX_CRUMBS.slice(0, 1), workspace: true, body: <InboxPage {...inbox} /> });
  });

  app.get(PATHS.staffDetail(':id'), (request, reply) => renderDetail(deps, request, reply, applicationId(request)));

  app.get(PATHS.staffFile(':id', ':fileId'), async (request, reply) => {
    const { fileId } = request.params as { fileId: string };
    const { row, body } = await readAuthorizedFile(deps, request.user, { applicationId: applicationId(request), fileId, as: 'staff' });
    return sendFile(reply, row, body);
  });

  for (const [path, format] of [
    [PATHS.staffExportJson(':id'), 'json'],
    [PATHS.staffExportPdf(':id'), 'pdf'],
  ] as const) {
    app.get(path, async (request, reply) => {
      const file = await exportApplication(request.user, { id: applicationId(request), format, ip: request.ip }, deps);
      return sendFile(reply, file, file.bytes);
    });
  }

  registerActionRoutes(app, deps);
}
