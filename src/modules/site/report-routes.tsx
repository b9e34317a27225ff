import type { FastifyInstance } from 'fastify';
import { parseForm } from '../../kernel/http';
import type { ModuleDeps } from '../../kernel/module';
import type { Crumb } from '../../kernel/views';
import { stateLaw } from './legal';
import { HOME_CRUMB } from './page-routes';
import { PATHS } from './paths';
import { REFERENCE_PATTERN } from './presenters';
import { AccessibilityReportSchema } from './schemas';
import { submitAccessibilityReport } from './use-cases/submit-accessibility-report';
import { ReportConfirmationPage } from './views/report-confirmation';
import { ReportFormPage } from './views/report-form';

const CRUMBS: Crumb[] = [...HOME_CRUMB, { href: PATHS.accessibility, label: 'Erklärung zur Barrierefreiheit' }];
const TITLE = 'Barriere melden';

/** "Barriere melden": form, submission (POST-redirect-GET) and confirmation. */
export function registerReportRoutes(app: FastifyInstance, deps: Pick<ModuleDeps, 'db' | 'config'>): void {
  const { config } = deps;
  const { contactEmail } = config.municipality.accessibility;

  app.get(PATHS.reportBarrier, (_request, reply) => reply.page({ title: TITLE, breadcrumbs: CRUMBS, body: <ReportFormPage contactEmail={contactEmail} /> }));

  app.post(PATHS.reportBarrier, async (request, reply) => {
    const parsed = parseForm(AccessibilityReportSchema, request.body);
    if (!parsed.ok) {
      return reply.page({
        title: TITLE,
        breadcrumbs: CRUMBS,
        hasErrors: true,
        body: <ReportFormPage values={parsed.values} errors={parsed.errors} contactEmail={contactEmail} />,
      });
    }
    const { reference } = await submitAccessibilityReport(request.user, { ...parsed.data, ip: request.ip }, deps);
    return reply.redirect(`${PATHS.reportConfirmation}?nummer=${encodeURIComponent(reference)}`, 303);
  });

  app.get(PATHS.reportConfirmation, (request, reply) => {
    const nummer = (request.query as Record<string, unknown>).nummer;
    const reference = typeof nummer === 'string' && REFERENCE_PATTERN.test(nummer) ? nummer : undefined;
    return reply.page({
      title: 'Ihre Meldung ist eingegangen',
      breadcrumbs: CRUMBS,
      body: <ReportConfirmationPage reference={reference} municipality={config.municipality} law={stateLaw(config)} />,
    });
  });
}
