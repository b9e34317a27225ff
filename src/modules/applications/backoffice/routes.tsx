import type { FastifyInstance } from 'fastify';
import { audit } from '../../../kernel/audit';
import type { ModuleDeps } from '../../../kernel/module';
import { renderPdf } from '../../../kernel/pdf';
import { handoverDocument } from '../api/handover';
import { readAuthorizedFile, sendFile } from '../attachments';
import { PATHS } from '../paths';
import { registerActionRoutes } from './action-routes';
import { exportPdfSpec } from './export-pdf';
import { applicationId, INBOX_CRUMBS, renderDetail } from './page-support';
import { parseInboxFilters } from './schemas';
import { loadDetail } from './use-cases/load-detail';
import { listInboxPage } from './use-cases/list-inbox';
import { loadForStaff } from './use-cases/load-for-staff';
import { InboxPage } from './views/inbox';

/** The departments' back office for Anträge: inbox, detail with actions, exports and downloads. */
export function registerBackofficeRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, config } = deps;

  app.get(PATHS.inbox, async (request, reply) => {
    const inbox = await listInboxPage(request.user, parseInboxFilters(request.query as Record<string, unknown>), deps);
    return reply.page({ title: 'Anträge bearbeiten', breadcrumbs: INBOX_CRUMBS.slice(0, 1), workspace: true, body: <InboxPage {...inbox} /> });
  });

  app.get(PATHS.staffDetail(':id'), (request, reply) => renderDetail(db, request, reply, applicationId(request)));

  app.get(PATHS.staffFile(':id', ':fileId'), async (request, reply) => {
    const { fileId } = request.params as { fileId: string };
    const { row, bytes } = await readAuthorizedFile(deps, request.user, { applicationId: applicationId(request), fileId, as: 'staff' });
    return sendFile(reply, row, bytes);
  });

  app.get(PATHS.staffExportJson(':id'), async (request, reply) => {
    const { actor, application } = await loadForStaff(db, request.user, applicationId(request));
    const document = await handoverDocument(deps, application);
    await audit(db, actor, { action: 'applications.exported', objectType: 'application', objectId: application.id, details: { reference: application.reference, format: 'json' }, ip: request.ip });
    return sendFile(reply, { contentType: 'application/json; charset=utf-8', filename: `Antrag-${application.reference}.json` }, Buffer.from(JSON.stringify(document, null, 2)));
  });

  app.get(PATHS.staffExportPdf(':id'), async (request, reply) => {
    const detail = await loadDetail(db, request.user, applicationId(request));
    const { application } = detail;
    const pdf = await renderPdf(exportPdfSpec({ ...detail, municipality: config.municipality }));
    await audit(db, request.user, { action: 'applications.exported', objectType: 'application', objectId: application.id, details: { reference: application.reference, format: 'pdf' }, ip: request.ip });
    return sendFile(reply, { contentType: 'application/pdf', filename: `Antrag-${application.reference}.pdf` }, pdf);
  });

  registerActionRoutes(app, deps);
}
