import type { FastifyInstance } from 'fastify';
import { moduleSettings } from '../../kernel/config';
import { errors, parseForm } from '../../kernel/http';
import type { ModuleDeps } from '../../kernel/module';
import { PATHS } from './paths';
import { logIn, safeNextPath } from './log-in';
import { OIDC_START_PATH } from './oidc/routes';
import { oidcSettings } from './oidc/settings';
import { backTo, field, withIp } from './route-helpers';
import { loginSchema } from './schemas';
import { checkCredentials } from './use-cases/check-credentials';
import { extendSession } from './use-cases/extend-session';
import { logOut } from './use-cases/log-out';
import { loginPage } from './views/login';

const INVALID = 'E-Mail-Adresse oder Passwort ist falsch.';
const UNVERIFIED = 'Sie haben Ihre E-Mail-Adresse noch nicht bestätigt. Öffnen Sie den Link in der E-Mail, die wir Ihnen geschickt haben.';

/** Logging in and out, and extending the session before the idle timeout. */
export function sessionRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { config } = deps;
  // The provider's login keeps a non-default `weiter` too; the start route checks it again with safeNextPath.
  const oidc = moduleSettings({ config }, oidcSettings);
  const oidcLink = (next: string) => {
    if (!oidc) return undefined;
    return { href: next === PATHS.account ? OIDC_START_PATH : `${OIDC_START_PATH}?weiter=${encodeURIComponent(next)}`, label: oidc.label };
  };
  const disabled = `Ihr Konto ist gesperrt. Bitte wenden Sie sich an die ${config.municipality.officialName}: ${config.municipality.contact.email}`;

  app.get(PATHS.login, async (request, reply) => {
    const next = safeNextPath(field(request.query, 'weiter'));
    if (request.user) return reply.redirect(next, 303);
    return reply.page(loginPage({ next, oidc: oidcLink(next) }));
  });

  app.post(PATHS.login, async (request, reply) => {
    const next = safeNextPath(field(request.body, 'weiter'));
    const form = parseForm(loginSchema, request.body);
    if (!form.ok) return reply.page(loginPage({ ...form, next, oidc: oidcLink(next) }));
    const result = await checkCredentials(request.user, form.data, withIp(request, deps));
    if (!result.ok) {
      const message = { invalid: INVALID, unverified: UNVERIFIED, disabled }[result.reason];
      const values = { email: form.data.email };
      return reply.page(loginPage({ values, errors: { email: message }, next, oidc: oidcLink(next), unverified: result.reason === 'unverified' }));
    }
    await logIn(request, reply, deps.db, result.user, 'password');
    return reply.redirect(next, 303);
  });

  app.post(PATHS.logout, async (request, reply) => {
    await logOut(request.user, { sessionToken: request.sessionToken }, withIp(request, deps));
    return reply.endSession().flash('Sie haben sich abgemeldet.').redirect('/', 303);
  });

  // portal.js calls this with fetch (x-csrf-token header) and wants 204; a plain form post goes back.
  app.post(PATHS.extendSession, async (request, reply) => {
    if (!request.user || !request.sessionToken) throw errors.loginRequired();
    await extendSession(request.user, { sessionToken: request.sessionToken }, deps);
    if (request.headers['x-csrf-token']) return reply.code(204).header('cache-control', 'no-store').send();
    return reply.redirect(backTo(request), 303);
  });
}
