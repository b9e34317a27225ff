import type { FastifyInstance } from 'fastify';
import { parseForm } from '../../kernel/http';
import type { ModuleDeps } from '../../kernel/module';
import { PATHS } from './paths';
import { logIn } from './log-in';
import { confirmationLinkPage, protectTokenPage, withIp } from './route-helpers';
import { emailOnlySchema, registerSchema } from './schemas';
import { confirmEmail } from './use-cases/confirm-email';
import { registerAccount } from './use-cases/register-account';
import { resendConfirmation } from './use-cases/resend-confirmation';
import { checkEmailPage } from './views/check-email';
import { linkInvalidPage } from './views/link-invalid';
import { registerPage } from './views/register';
import { resendConfirmationPage } from './views/resend-confirmation';

type TokenRoute = { Params: { token: string } };

/** Registering, confirming the address by mail link (a page with a button), and asking for a new link. */
export function registrationRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(PATHS.register, async (request, reply) => {
    if (request.user) return reply.redirect(PATHS.account, 303);
    return reply.page(registerPage({}));
  });

  app.post(PATHS.register, async (request, reply) => {
    const form = parseForm(registerSchema, request.body);
    if (!form.ok) return reply.page(registerPage(form));
    await registerAccount(request.user, form.data, withIp(request, deps));
    return reply.redirect(PATHS.registered, 303);
  });

  app.get(PATHS.registered, async (_request, reply) => reply.page(checkEmailPage('confirm')));

  app.get<TokenRoute>(PATHS.confirm(':token'), (request, reply) => confirmationLinkPage(reply, deps.db, 'confirm-email', request.params.token));

  // Only the button's POST uses the token (the GET above only shows it); the form carries the CSRF token.
  app.post<TokenRoute>(PATHS.confirm(':token'), async (request, reply) => {
    protectTokenPage(reply);
    const user = await confirmEmail(request.user, { token: request.params.token }, withIp(request, deps));
    if (!user) return reply.page(linkInvalidPage('confirm-email'));
    await logIn(request, reply, deps.db, user, 'password');
    return reply.flash('Ihre E-Mail-Adresse ist bestätigt.').redirect(PATHS.account, 303);
  });

  app.get(PATHS.resendConfirmation, async (_request, reply) => reply.page(resendConfirmationPage({})));

  app.post(PATHS.resendConfirmation, async (request, reply) => {
    const form = parseForm(emailOnlySchema, request.body);
    if (!form.ok) return reply.page(resendConfirmationPage(form));
    await resendConfirmation(request.user, form.data, withIp(request, deps));
    return reply.redirect(PATHS.registered, 303);
  });
}
