import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendFile } from '../../../kernel/files';
import { errors, isUuid, parseForm, type FieldErrors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { WORKSPACE_CRUMB, type Crumb } from '../../../kernel/views';
import { PATHS } from '../paths';
import { GAP_STATES } from '../tables';
import { GapStateSchema } from './schemas';
import { changeGapState, listGapReportsForStaff, openGapReport, showGapReport } from './use-cases/triage';
import { GapDetailPage } from './views/staff-detail';
import { GapListPage } from './views/staff-list';

const LIST_CRUMBS: Crumb[] = [WORKSPACE_CRUMB, { href: PATHS.staffGaps, label: 'WLAN-Lücken' }];

function reportId(request: FastifyRequest): string {
  const { id } = request.params as { id: string };
  if (!isUuid(id)) throw errors.notFound('Die Meldung');
  return id;
}

/** Triage of gap reports, a workspace section for staff with `wlan.manage` (and admins). */
export function registerGapStaffRoutes(app: FastifyInstance, deps: Pick<ModuleDeps, 'db' | 'config' | 'files'>): void {
  app.get(PATHS.staffGaps, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const state = GAP_STATES.find((value) => value === query.status);
    const list = await listGapReportsForStaff(request.user, { state, page: Number.parseInt(String(query.seite ?? '1'), 10) || 1 }, deps);
    return reply.page({ title: 'WLAN-Lücken', breadcrumbs: [WORKSPACE_CRUMB], workspace: true, body: <GapListPage state={state} {...list} /> });
  });

  const detail = async (request: FastifyRequest, errors?: FieldErrors, values?: Record<string, string>) => {
    const { report, history } = await showGapReport(request.user, { id: reportId(request) }, deps);
    return {
      title: `Meldung ${report.reference}`,
      breadcrumbs: LIST_CRUMBS,
      workspace: true,
      hasErrors: Boolean(errors),
      body: <GapDetailPage report={report} history={history} errors={errors} values={values} />,
    };
  };

  app.get(PATHS.staffGap(':id'), async (request, reply) => reply.header('cache-control', 'private, no-store').page(await detail(request)));

  app.post(PATHS.staffGapState(':id'), async (request, reply) => {
    const id = reportId(request);
    const parsed = parseForm(GapStateSchema, request.body);
    if (!parsed.ok) return reply.page(await detail(request, parsed.errors, request.body as Record<string, string>));
    const changed = await changeGapState(request.user, { ...parsed.data, id, ip: request.ip }, deps);
    reply.flash(changed ? 'Der Status wurde gespeichert.' : 'Es hat sich nichts geändert.');
    return reply.redirect(PATHS.staffGap(id), 303);
  });

  // The photo only for staff: it may show people or number plates, and it keeps its metadata (README, "Photos").
  app.get(PATHS.staffGapPhoto(':id'), async (request, reply) => {
    const report = await openGapReport(request.user, { id: reportId(request) }, deps);
    const body = report.photoKey ? await deps.files.get(report.photoKey) : null;
    if (!body || !report.photoContentType) throw errors.notFound('Das Foto');
    const extension = report.photoContentType === 'image/png' ? 'png' : 'jpg';
    return sendFile(reply, { contentType: report.photoContentType, filename: `${report.reference}.${extension}` }, body);
  });
}
