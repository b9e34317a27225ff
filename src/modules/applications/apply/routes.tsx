import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';
import { registerPageRoutes } from './page-routes';
import { registerStartRoutes } from './start-routes';
import { registerSubmitRoutes } from './submit-routes';
import { TamperingRefused } from './use-cases/refuse-tampering';
import { ProblemPage } from './views/problem-page';

/**
 * Applying online: start page (log in or continue as guest), one page per step, check answers,
 * submit, confirmation and receipt. Refused (tampered) posts get a page that says what to do.
 */
export function registerApplyRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  void app.register(async (scope) => {
    scope.setErrorHandler((error, request, reply) => {
      if (!(error instanceof TamperingRefused)) throw error;
      request.log.warn({ applicationId: error.applicationId, problem: error.problem, ...error.detail }, 'application tampering refused');
      return reply.page({
        status: error.status,
        title: error.title,
        body: (
          <ProblemPage title={error.title} message={error.userMessage}>
            <p>
              <a href={error.continueHref}>Weiter mit Ihrem Antrag</a>
            </p>
          </ProblemPage>
        ),
      });
    });
    registerStartRoutes(scope, deps);
    registerPageRoutes(scope, deps);
    registerSubmitRoutes(scope, deps);
  });
}
