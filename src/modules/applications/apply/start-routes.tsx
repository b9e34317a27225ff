import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { email, parseForm, type FieldErrors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { computeFee, fileFieldsOf } from '../../forms';
import { SERVICE_PATHS } from '../../services';
import { PATHS } from '../paths';
import { applicantOf } from './context';
import { rememberGuestApplication } from './guest-access';
import { resumeGuestApplication } from './use-cases/resume-guest';
import { findOnlineService, startApplication } from './use-cases/start-application';
import { ProblemPage } from './views/problem-page';
import { StartPage } from './views/start-page';

/** The accounts module's login page; `weiter` brings the person back after logging in. */
const LOGIN_PATH = '/konto/anmelden';
const GuestSchema = z.object({ email: email() });

type SlugParams = { Params: { slug: string } };

/** Start page of a Leistung's online Antrag, creating the draft, and the guests' resume link. */
export function registerStartRoutes(app: FastifyInstance, deps: Pick<ModuleDeps, 'db' | 'config' | 'files'>): void {
  const showStart = async (request: FastifyRequest<SlugParams>, values?: Record<string, string>, errors?: FieldErrors) => {
    const { service, form } = await findOnlineService(request.user, { slug: request.params.slug }, deps);
    const definition = form.definition;
    const startPath = PATHS.start(service.slug);
    return {
      title: definition.title,
      hasErrors: Boolean(errors),
      body: (
        <StartPage
          service={service}
          definition={definition}
          documents={fileFieldsOf(definition)}
          fee={computeFee(definition, {})}
          loggedIn={request.user !== null}
          loginHref={`${LOGIN_PATH}?weiter=${encodeURIComponent(startPath)}`}
          values={values}
          errors={errors}
        />
      ),
    };
  };

  app.get<SlugParams>(PATHS.start(':slug'), async (request, reply) => reply.page(await showStart(request)));

  app.post<SlugParams>(PATHS.start(':slug'), async (request, reply) => {
    let guestEmail: string | undefined;
    if (!request.user) {
      const parsed = parseForm(GuestSchema, request.body);
      if (!parsed.ok) return reply.page(await showStart(request, parsed.values, parsed.errors));
      guestEmail = parsed.data.email;
    }
    const { application, firstPageHref } = await startApplication(applicantOf(request, deps.config), { slug: request.params.slug, guestEmail }, deps);
    if (!application.applicantId) rememberGuestApplication(request, reply, deps.config.secret, application.id);
    return reply.redirect(firstPageHref, 303);
  });

  app.get<{ Params: { token: string } }>(PATHS.resume(':token'), async (request, reply) => {
    const resumed = await resumeGuestApplication(request.user, { token: request.params.token }, deps);
    if (!resumed) {
      return reply.page({
        status: 404,
        title: 'Der Link funktioniert nicht mehr',
        body: (
          <ProblemPage title="Der Link funktioniert nicht mehr" message="Der Link zu Ihrem Antrag ist abgelaufen oder wurde durch einen neueren ersetzt.">
            <p>Ein Link zum Fortsetzen gilt 30 Tage. Wenn Sie Ihren Antrag gespeichert haben, gilt nur der Link aus der neuesten E-Mail.</p>
            <p>Suchen Sie die neueste E-Mail zu Ihrem Antrag. Wenn Sie keinen gültigen Link mehr haben, stellen Sie den Antrag bitte neu.</p>
            <p>
              <a href={SERVICE_PATHS.list}>Zu den Leistungen</a>
            </p>
          </ProblemPage>
        ),
      });
    }
    rememberGuestApplication(request, reply, deps.config.secret, resumed.application.id);
    return reply.redirect(resumed.next, 303);
  });
}
