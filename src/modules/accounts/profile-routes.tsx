import type { FastifyInstance } from 'fastify';
import { parseForm } from '../../kernel/http';
import type { ModuleDeps } from '../../kernel/module';
import { PATHS } from './paths';
import { hasPassword } from './repository';
import { confirmationLinkPage, protectTokenPage, requireLogin, signedIn, withIp } from './route-helpers';
import { changeEmailSchema, deleteAccountSchema, pseudonymParam } from './schemas';
import { accountOverview } from './use-cases/account-overview';
import { confirmEmailChange } from './use-cases/confirm-email-change';
import { deleteAccount } from './use-cases/delete-account';
import { deletionNotes } from './use-cases/deletion-notes';
import { exportMyData } from './use-cases/export-my-data';
import { requestEmailChange } from './use-cases/request-email-change';
import { accountPage } from './views/account';
import { accountDeletedPage } from './views/account-deleted';
import { changeEmailPage } from './views/change-email';
import { deleteAccountPage } from './views/delete-account';
import { linkInvalidPage } from './views/link-invalid';

/** Signed cookie that lets the browser which deleted an account see what the deletion did. */
const DELETED_COOKIE = 'sp_deleted';

/** "Mein Konto" with every module's card, "Meine Daten", changing the e-mail address and deleting the account. */
export function profileRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db } = deps;
  const guarded = { preHandler: requireLogin };

  app.get(PATHS.account, guarded, async (request, reply) => {
    const user = signedIn(request);
    const overview = await accountOverview(user, {}, deps);
    return reply.header('cache-control', 'no-store').page(accountPage({ user, ...overview }));
  });

  app.get(PATHS.myData, guarded, async (request, reply) => {
    const archive = await exportMyData(signedIn(request), {}, deps);
    return reply
      .header('cache-control', 'private, no-store')
      .header('content-disposition', 'attachment; filename="meine-daten.json"')
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(archive, null, 2));
  });

  app.get(PATHS.changeEmail, guarded, async (request, reply) => {
    const user = signedIn(request);
    return reply.page(changeEmailPage({ hasPassword: await hasPassword(db, user.id), currentEmail: user.email }));
  });

  app.post(PATHS.changeEmail, guarded, async (request, reply) => {
    const user = signedIn(request);
    const form = parseForm(changeEmailSchema, request.body);
    const result = form.ok ? await requestEmailChange(user, form.data, withIp(request, deps)) : form;
    if (!result.ok) {
      const values = form.ok ? { email: form.data.email } : form.values;
      return reply.page(changeEmailPage({ values, errors: result.errors, hasPassword: await hasPassword(db, user.id), currentEmail: user.email }));
    }
    return reply
      .flash('Wir haben Ihnen einen Link an die neue E-Mail-Adresse geschickt. Öffnen Sie ihn, um die Änderung abzuschließen.')
      .redirect(PATHS.account, 303);
  });

  app.get<{ Params: { token: string } }>(PATHS.confirmEmailChange(':token'), (request, reply) =>
    confirmationLinkPage(reply, db, 'change-email', request.params.token),
  );

  // Only the button's POST uses the token: mail scanners open links, they do not press buttons.
  app.post<{ Params: { token: string } }>(PATHS.confirmEmailChange(':token'), async (request, reply) => {
    protectTokenPage(reply);
    const result = await confirmEmailChange(request.user, { token: request.params.token }, withIp(request, deps));
    if (result !== 'changed') return reply.page(linkInvalidPage(result === 'taken' ? 'email-taken' : 'change-email'));
    const target = request.user ? PATHS.account : PATHS.login;
    return reply.flash('Ihre neue E-Mail-Adresse ist bestätigt.').redirect(target, 303);
  });

  app.get(PATHS.delete, guarded, async (request, reply) => {
    return reply.page(deleteAccountPage({ hasPassword: await hasPassword(db, signedIn(request).id) }));
  });

  app.post(PATHS.delete, guarded, async (request, reply) => {
    const user = signedIn(request);
    const form = parseForm(deleteAccountSchema, request.body);
    const result = form.ok ? await deleteAccount(user, form.data, withIp(request, deps)) : form;
    if (!result.ok) {
      return reply.page(deleteAccountPage({ values: form.ok ? {} : form.values, errors: result.errors, hasPassword: await hasPassword(db, user.id) }));
    }
    const cookie = { path: PATHS.deleted, httpOnly: true, sameSite: 'lax' as const, secure: request.protocol === 'https', signed: true, maxAge: 15 * 60 };
    return reply.endSession().setCookie(DELETED_COOKIE, result.pseudonym, cookie).redirect(PATHS.deleted, 303);
  });

  app.get(PATHS.deleted, async (request, reply) => {
    const signed = request.cookies[DELETED_COOKIE];
    const unsigned = signed ? request.unsignCookie(signed) : undefined;
    const pseudonym = pseudonymParam.safeParse(unsigned?.valid ? unsigned.value : undefined);
    const notes = pseudonym.success ? await deletionNotes(request.user, { pseudonym: pseudonym.data }, deps) : undefined;
    return reply.header('cache-control', 'no-store').page(accountDeletedPage({ notes, mailRetentionDays: deps.config.mail.retentionDays }));
  });
}
