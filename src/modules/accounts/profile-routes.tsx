import type { FastifyInstance } from 'fastify';
import { parseForm } from '../../kernel/http';
import type { ModuleDeps } from '../../kernel/module';
import { hasPassword, recentActivity } from './repository';
import { contextOf, protectTokenPage, requireLogin, signedIn } from './route-helpers';
import { changeEmailSchema, deleteAccountSchema } from './schemas';
import { confirmEmailChange } from './use-cases/confirm-email-change';
import { deleteAccount } from './use-cases/delete-account';
import { requestEmailChange } from './use-cases/request-email-change';
import { accountPage } from './views/account';
import { changeEmailPage } from './views/change-email';
import { deleteAccountPage } from './views/delete-account';
import { linkInvalidPage } from './views/link-invalid';

/** "Mein Konto", changing the e-mail address and deleting the account. */
export function profileRoutes(app: FastifyInstance, { config, db }: ModuleDeps): void {
  const guarded = { preHandler: requireLogin };

  app.get('/konto', guarded, async (request, reply) => {
    const user = signedIn(request);
    return reply.header('cache-control', 'no-store').page(accountPage({ user, activity: await recentActivity(db, user.id) }));
  });

  app.get('/konto/email-aendern', guarded, async (request, reply) => {
    const user = signedIn(request);
    return reply.page(changeEmailPage({ hasPassword: await hasPassword(db, user.id), currentEmail: user.email }));
  });

  app.post('/konto/email-aendern', guarded, async (request, reply) => {
    const user = signedIn(request);
    const form = parseForm(changeEmailSchema, request.body);
    const result = form.ok ? await requestEmailChange(db, user, form.data, contextOf(request, config)) : form;
    if (!result.ok) {
      const values = form.ok ? { email: form.data.email } : form.values;
      return reply.page(changeEmailPage({ values, errors: result.errors, hasPassword: await hasPassword(db, user.id), currentEmail: user.email }));
    }
    return reply.flash('Wir haben Ihnen einen Link an die neue E-Mail-Adresse geschickt. Öffnen Sie ihn, um die Änderung abzuschließen.').redirect('/konto', 303);
  });

  app.get<{ Params: { token: string } }>('/konto/email-bestaetigen/:token', async (request, reply) => {
    protectTokenPage(reply);
    const result = await confirmEmailChange(db, request.user, request.params.token, contextOf(request, config));
    if (result !== 'changed') return reply.page(linkInvalidPage(result === 'taken' ? 'email-taken' : 'change-email'));
    const target = request.user ? '/konto' : '/konto/anmelden';
    return reply.flash('Ihre neue E-Mail-Adresse ist bestätigt.').redirect(target, 303);
  });

  app.get('/konto/loeschen', guarded, async (request, reply) => {
    return reply.page(deleteAccountPage({ hasPassword: await hasPassword(db, signedIn(request).id) }));
  });

  app.post('/konto/loeschen', guarded, async (request, reply) => {
    const user = signedIn(request);
    const form = parseForm(deleteAccountSchema, request.body);
    const result = form.ok ? await deleteAccount(db, user, form.data, { ...contextOf(request, config), secret: config.secret }) : form;
    if (!result.ok) return reply.page(deleteAccountPage({ values: form.ok ? {} : form.values, errors: result.errors, hasPassword: await hasPassword(db, user.id) }));
    return reply.endSession().flash('Ihr Konto ist gelöscht. Wir haben Ihnen eine Bestätigung per E-Mail geschickt.').redirect('/', 303);
  });
}
