import type { FastifyInstance, FastifyRequest } from 'fastify';
import { errors, parseForm, isUuid } from '../../kernel/http';
import type { ModuleDeps } from '../../kernel/module';
import { WORKSPACE_CRUMB, type Crumb } from '../../kernel/views';
import { PATHS } from './paths';
import { ReportStatusSchema } from './schemas';
import { ACCESSIBILITY_REPORT_STATUSES, type AccessibilityReportStatus } from './tables';
import { listReports } from './use-cases/list-accessibility-reports';
import { openReport } from './use-cases/open-accessibility-report';
import { setAccessibilityReportStatus } from './use-cases/set-accessibility-report-status';
import { ReportDetailPage } from './views/report-detail';
import { ReportsListPage } from './views/reports-list';

const LIST_CRUMBS: Crumb[] = [WORKSPACE_CRUMB, { href: PATHS.reports, label: 'Barrieremeldungen' }];

function reportId(request: FastifyRequest): string {
  const { id } = request.params as { id: string };
  if (!isUuid(id)) throw errors.notFound('Die Meldung');
  return id;
}

function statusFilter(value: unknown): AccessibilityReportStatus | undefined {
  return ACCESSIBILITY_REPORT_STATUSES.find((status) => status === value);
}

/** Back office for "Barriere melden", a workspace section for staff with `site.accessibility_reports` and admins. */
export function registerStaffRoutes(app: FastifyInstance, deps: Pick<ModuleDeps, 'db' | 'config'>): void {
  app.get(PATHS.reports, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const status = statusFilter(query.status);
    const list = await listReports(request.user, { status, page: Number.parseInt(String(query.seite ?? '1'), 10) || 1 }, deps);
    return reply.page({
      title: 'Barrieremeldungen',
      breadcrumbs: [WORKSPACE_CRUMB],
      workspace: true,
      body: <ReportsListPage rows={list.rows} status={status} total={list.total} page={list.page} pageCount={list.pageCount} />,
    });
  });

  app.get(PATHS.report(':id'), async (request, reply) => {
    const { report, reference } = await openReport(request.user, { id: reportId(request) }, deps);
    return reply.page({
      title: `Meldung ${reference}`,
      breadcrumbs: LIST_CRUMBS,
      workspace: true,
      body: <ReportDetailPage report={report} reference={reference} />,
    });
  });

  app.post(PATHS.reportStatus(':id'), async (request, reply) => {
    const id = reportId(request);
    const parsed = parseForm(ReportStatusSchema, request.body);
    if (!parsed.ok) {
      const { report, reference } = await openReport(request.user, { id }, deps);
      return reply.page({
        title: `Meldung ${reference}`,
        breadcrumbs: LIST_CRUMBS,
        workspace: true,
        hasErrors: true,
        body: <ReportDetailPage report={report} reference={reference} errors={parsed.errors} />,
      });
    }
    const changed = await setAccessibilityReportStatus(request.user, { id, status: parsed.data.status, ip: request.ip }, deps);
    reply.flash(changed ? 'Der Status wurde gespeichert.' : 'Der Status war bereits gesetzt.');
    return reply.redirect(PATHS.report(id), 303);
  });
}
