import type { FastifyInstance, FastifyRequest } from 'fastify';
import { loadAuthorized, requireThat } from '../../kernel/auth';
import type { Config } from '../../kernel/config';
import type { Database } from '../../kernel/db';
import { errors, parseForm } from '../../kernel/http';
import { WORKSPACE_CRUMB, type Crumb } from '../../kernel/views';
import { PATHS } from './paths';
import { mayHandleAccessibilityReports } from './policies';
import { reportReference } from './presenters';
import { countAccessibilityReports, findAccessibilityReport, listAccessibilityReports } from './repository';
import { ReportStatusSchema, UUID } from './schemas';
import { ACCESSIBILITY_REPORT_STATUSES, type AccessibilityReportStatus } from './tables';
import { setAccessibilityReportStatus } from './use-cases/set-accessibility-report-status';
import { ReportDetailPage } from './views/report-detail';
import { ReportsListPage } from './views/reports-list';

const PAGE_SIZE = 50;
const LIST_CRUMBS: Crumb[] = [WORKSPACE_CRUMB, { href: PATHS.reports, label: 'Barrieremeldungen' }];

function reportId(request: FastifyRequest): string {
  const { id } = request.params as { id: string };
  if (!UUID.test(id)) throw errors.notFound('Die Meldung');
  return id;
}

function statusFilter(value: unknown): AccessibilityReportStatus | undefined {
  return ACCESSIBILITY_REPORT_STATUSES.find((status) => status === value);
}

/** Back office for "Barriere melden": staff with `site.accessibility_reports` and admins. */
export function registerStaffRoutes(app: FastifyInstance, { db, config }: { db: Database; config: Config }): void {
  const prefix = config.municipality.referencePrefix;

  app.get(PATHS.reports, async (request, reply) => {
    requireThat(request.user, mayHandleAccessibilityReports);
    const query = request.query as Record<string, unknown>;
    const status = statusFilter(query.status);
    const total = await countAccessibilityReports(db, status);
    const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const page = Math.min(Math.max(1, Number.parseInt(String(query.seite ?? '1'), 10) || 1), pageCount);
    const reports = await listAccessibilityReports(db, { status, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    const rows = reports.map((report) => ({ report, reference: reportReference(prefix, report) }));
    return reply.page({
      title: 'Barrieremeldungen',
      breadcrumbs: [WORKSPACE_CRUMB],
      workspace: true,
      body: <ReportsListPage rows={rows} status={status} total={total} page={page} pageCount={pageCount} />,
    });
  });

  app.get(PATHS.report(':id'), async (request, reply) => {
    requireThat(request.user, mayHandleAccessibilityReports);
    const report = await loadAuthorized(request.user, () => findAccessibilityReport(db, reportId(request)), mayHandleAccessibilityReports, 'Die Meldung');
    const reference = reportReference(prefix, report);
    return reply.page({ title: `Meldung ${reference}`, breadcrumbs: LIST_CRUMBS, workspace: true, body: <ReportDetailPage report={report} reference={reference} /> });
  });

  app.post(PATHS.reportStatus(':id'), async (request, reply) => {
    requireThat(request.user, mayHandleAccessibilityReports);
    const id = reportId(request);
    const parsed = parseForm(ReportStatusSchema, request.body);
    if (!parsed.ok) {
      const report = await loadAuthorized(request.user, () => findAccessibilityReport(db, id), mayHandleAccessibilityReports, 'Die Meldung');
      const reference = reportReference(prefix, report);
      return reply.page({
        title: `Meldung ${reference}`,
        breadcrumbs: LIST_CRUMBS,
        workspace: true,
        hasErrors: true,
        body: <ReportDetailPage report={report} reference={reference} errors={parsed.errors} />,
      });
    }
    const changed = await setAccessibilityReportStatus(request.user, { id, status: parsed.data.status, ip: request.ip }, { db, config });
    reply.flash(changed ? 'Der Status wurde gespeichert.' : 'Der Status war bereits gesetzt.');
    return reply.redirect(PATHS.report(id), 303);
  });
}
