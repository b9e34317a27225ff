import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';
import type { ApplyDeps } from './context';
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
  const applyDeps: ApplyDeps = { db: deps.db, config: deps.config, files: deps.files };
  void app.register(async (scope) => {
    scope.setErrorHandler((error, _request, reply) => {
      if (!(error instanceof TamperingRefused)) throw error;
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
    registerStartRoutes(scope, applyDeps);
    registerPageRoutes(scope, applyDeps);
    registerSubmitRoutes(scope, applyDeps);
  });
}
