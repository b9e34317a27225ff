import type { FastifyInstance } from 'fastify';
import { requireThat } from '../../../kernel/auth';
import { parseForm } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { canViewAudit } from '../policies';
import { adminCrumbs, pageCount } from '../presenters';
import { listAuditEntries } from '../repository';
import { auditFilterSchema, PAGE_SIZE } from '../schemas';
import { AuditPage } from '../views';
import { stringValues } from './helpers';

/** The audit log, filtered by GET parameters so a filtered view can be bookmarked and shared. */
export function auditRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get('/admin/protokoll', async (request, reply) => {
    requireThat(request.user, canViewAudit);
    const values = stringValues(request.query);
    const parsed = parseForm(auditFilterSchema, request.query);
    const { page, ...filter } = parsed.ok ? parsed.data : { page: 1 };
    const result = parsed.ok ? await listAuditEntries(deps.db, filter, { page, pageSize: PAGE_SIZE }) : { rows: [], total: 0 };
    return reply.page({
      title: 'Protokoll',
      body: <AuditPage result={result} page={page} pageCount={pageCount(result.total, PAGE_SIZE)} values={values} errors={parsed.ok ? undefined : parsed.errors} />,
      breadcrumbs: adminCrumbs(),
      hasErrors: !parsed.ok,
      wide: true,
    });
  });
}
