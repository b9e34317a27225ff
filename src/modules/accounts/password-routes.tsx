import type { FastifyInstance } from 'fastify';
import { parseForm } from '../../kernel/http';
import type { ModuleDeps } from '../../kernel/module';
import { PATHS } from './paths';
import { hasPassword } from './repository';
import { protectTokenPage, requireLogin, signedIn, withIp } from './route-helpers';
import { changePasswordSchema, emailOnlySchema, newPasswordSchema } from './schemas';
import { changePassword } from './use-cases/change-password';
import { requestPasswordReset } from './use-cases/request-password-reset';
import { resetPassword } from './use-cases/reset-password';
import { peekToken } from './user-tokens';
import { changePasswordPage } from './views/change-password';
import { checkEmailPage } from './views/check-email';
import { forgotPasswordPage } from './views/forgot-password';
import { linkInvalidPage } from './views/link-invalid';
import { newPasswordPage } from './views/new-password';

type TokenRoute = { Params: { token: string } };

/** Forgotten password (mail link), and changing the password while logged in. */
export function passwordRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db } = deps;
  app.get(PATHS.forgotPassword, async (_request, reply) => reply.page(forgotPasswordPage({})));

  app.post(PATHS.forgotPassword, async (request, reply) => {
    const form = parseForm(emailOnlySchema, request.body);
    if (!form.ok) return reply.page(forgotPasswordPage(form));
    await requestPasswordReset(request.user, form.data, withIp(request, deps));
    return reply.redirect(PATHS.forgotPasswordSent, 303);
  });

  app.get(PATHS.forgotPasswordSent, async (_request, reply) => reply.page(checkEmailPage('reset')));

  app.get<TokenRoute>(PATHS.newPassword(':token'), async (request, reply) => {
    protectTokenPage(reply);
    const { token } = request.params;
    if (!(await peekToken(db, token, 'reset-password'))) return reply.page(linkInvalidPage('reset-password'));
    return reply.page(newPasswordPage({ token }));
  });

  app.post<TokenRoute>(PATHS.newPassword(':token'), async (request, reply) => {
    protectTokenPage(reply);
    const { token } = request.params;
    const form = parseForm(newPasswordSchema, request.body);
    if (!form.ok) return reply.page(newPasswordPage({ ...form, token }));
    if (!(await resetPassword(request.user, { token, password: form.data.password }, withIp(request, deps)))) {
      return reply.page(linkInvalidPage('reset-password'));
    }
    // The reset ended every session, this browser's included.
    return reply.endSession().flash('Ihr neues Passwort ist gespeichert. Melden Sie sich jetzt damit an.').redirect(PATHS.login, 303);
  });

  app.get(PATHS.changePassword, { preHandler: requireLogin }, async (request, reply) => {
    return reply.page(changePasswordPage({ hasPassword: await hasPassword(db, signedIn(request).id) }));
  });

  app.post(PATHS.changePassword, { preHandler: requireLogin }, async (request, reply) => {
    const user = signedIn(request);
    const form = parseForm(changePasswordSchema, request.body);
    const result = form.ok ? await changePassword(user, { ...form.data, sessionToken: request.sessionToken }, withIp(request, deps)) : form;
    if (!result.ok) return reply.page(changePasswordPage({ errors: result.errors, hasPassword: await hasPassword(db, user.id) }));
    return reply.flash('Ihr Passwort ist geändert. Auf anderen Geräten sind Sie jetzt abgemeldet.').redirect(PATHS.account, 303);
  });
}
