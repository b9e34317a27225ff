import type { FastifyInstance } from 'fastify';
import { parseForm } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { ADMIN_PATHS } from '../paths';
import { adminCrumbs, pageCount, withActionLabels } from '../presenters';
import { auditFilterSchema, PAGE_SIZE } from '../schemas';
import { readAuditLog } from '../use-cases';
import { AuditPage } from '../views';
import { stringValues } from './helpers';

/** The audit log, filtered by GET parameters so a filtered view can be bookmarked and shared. */
export function auditRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(ADMIN_PATHS.audit, async (request, reply) => {
    const parsed = parseForm(auditFilterSchema, request.query);
    const input = parsed.ok ? parsed.data : { page: 1 };
    // A broken filter shows the form with its message and no rows, but only to those who may read the log.
    const result = await readAuditLog(request.user, input, deps);
    const shown = parsed.ok ? { rows: withActionLabels(result.rows, deps.modules), total: result.total } : { rows: [], total: 0 };
    return reply.page({
      title: 'Protokoll',
      body: (
        <AuditPage
          result={shown}
          page={input.page}
          pageCount={pageCount(shown.total, PAGE_SIZE)}
          values={stringValues(request.query)}
          errors={parsed.ok ? undefined : parsed.errors}
        />
      ),
      breadcrumbs: adminCrumbs(),
      hasErrors: !parsed.ok,
      workspace: true,
    });
  });
}
