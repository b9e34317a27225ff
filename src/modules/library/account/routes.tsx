import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errors, isUuid, parseForm, type FieldErrors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { documentSchema, readerLoginSchema } from '../lending-schemas';
import { today } from '../lending/rules';
import { LENDING_PATHS, LIBRARY_PATHS } from '../paths';
import { germanDay } from '../presenters';
import { endReaderSession, readerToken, startReaderSession } from './reader-session';
import { logInReader } from './use-cases/log-in-reader';
import { readerAction } from './use-cases/reader-action';
import { showReaderAccount } from './use-cases/show-reader-account';
import { unlinkReader } from './use-cases/unlink-reader';
import { ReaderAccountPage, anchorOf } from './views/account';
import { readerLoginPage } from './views/login';
import type { ReaderVisitor } from './visitor';

const CRUMBS = [
  { href: '/', label: 'Startseite' },
  { href: '/bildung/buecherei', label: 'Stadtbücherei' },
];

function visitorOf(request: FastifyRequest): ReaderVisitor {
  return { user: request.user, readerToken: readerToken(request) };
}

/** The reader account at /bildung/buecherei/konto (card number + PIN, or a linked portal account) and the hold form's target. */
export function readerAccountRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  async function accountPage(request: FastifyRequest, reply: FastifyReply, fieldErrors?: FieldErrors) {
    const account = await showReaderAccount(visitorOf(request), deps);
    if (!account) return reply.redirect(LENDING_PATHS.login, 303);
    return reply.page({
      title: 'Mein Büchereikonto',
      breadcrumbs: CRUMBS,
      hasErrors: fieldErrors !== undefined,
      body: <ReaderAccountPage account={account} errors={fieldErrors} today={today()} />,
    });
  }

  app.get(LENDING_PATHS.account, async (request, reply) => accountPage(request, reply));

  app.get(LENDING_PATHS.login, async (request, reply) => {
    if (await showReaderAccount(visitorOf(request), deps)) return reply.redirect(LENDING_PATHS.account, 303);
    return reply.page(readerLoginPage({ portalUser: request.user !== null }));
  });

  app.post(LENDING_PATHS.login, async (request, reply) => {
    const portalUser = request.user !== null;
    const form = parseForm(readerLoginSchema, request.body);
    if (!form.ok) return reply.page(readerLoginPage({ values: { cardNumber: form.values.cardNumber ?? '' }, errors: form.errors, portalUser }));
    const result = await logInReader(visitorOf(request), { ...form.data, ip: request.ip }, deps);
    if (!result.ok) return reply.page(readerLoginPage({ values: { cardNumber: form.data.cardNumber }, errors: result.errors, portalUser }));
    if (!result.linked) await startReaderSession(deps.db, result.readerId, reply, request);
    reply.flash(result.linked ? 'Ihr Büchereiausweis ist jetzt mit Ihrem Bürgerkonto verbunden.' : 'Sie sind mit Ihrem Büchereiausweis angemeldet.');
    return reply.redirect(LENDING_PATHS.account, 303);
  });

  app.post(LENDING_PATHS.logout, async (request, reply) => {
    await endReaderSession(deps.db, readerToken(request), reply);
    reply.flash('Sie haben sich vom Büchereikonto abgemeldet.');
    return reply.redirect(LENDING_PATHS.login, 303);
  });

  app.post(LENDING_PATHS.unlink, async (request, reply) => {
    const done = await unlinkReader(request.user, { ip: request.ip }, deps);
    if (done) reply.flash('Ihr Büchereiausweis ist nicht mehr mit Ihrem Bürgerkonto verbunden.');
    return reply.redirect(LENDING_PATHS.login, 303);
  });

  app.post(LENDING_PATHS.renew, async (request, reply) => {
    const form = parseForm(documentSchema, request.body);
    if (!form.ok) throw errors.validation(form.errors);
    const result = await readerAction(visitorOf(request), { kind: 'renew', doc: { item: form.data.item } }, deps);
    if (!result.ok) return accountPage(request, reply, { [anchorOf(form.data)]: result.message });
    reply.flash(`„${result.doc.about ?? ''}“ ist verlängert bis zum ${germanDay(result.doc.endtime ?? '')}.`);
    return reply.redirect(LENDING_PATHS.account, 303);
  });

  app.post(LENDING_PATHS.cancelHold, async (request, reply) => {
    const form = parseForm(documentSchema, request.body);
    if (!form.ok) throw errors.validation(form.errors);
    const result = await readerAction(visitorOf(request), { kind: 'cancel', doc: { item: form.data.item } }, deps);
    if (!result.ok) return accountPage(request, reply, { vormerkungen: result.message });
    reply.flash('Die Vormerkung ist gelöscht.');
    return reply.redirect(LENDING_PATHS.account, 303);
  });

  // The record page's "Vormerken": visitors without a card log in first and come back to the record page.
  app.post<{ Params: { id: string } }>(LENDING_PATHS.placeHold(':id'), async (request, reply) => {
    const { id } = request.params;
    if (!isUuid(id)) throw errors.notFound('Der Titel');
    const visitor = visitorOf(request);
    const account = await showReaderAccount(visitor, deps);
    if (!account) {
      reply.flash('Melden Sie sich mit Ihrem Büchereiausweis an, um Titel vorzumerken.');
      return reply.redirect(LENDING_PATHS.login, 303);
    }
    const result = await readerAction(visitor, { kind: 'request', doc: { edition: `${deps.config.baseUrl}${LIBRARY_PATHS.record(id)}` } }, deps);
    if (!result.ok) return accountPage(request, reply, { vormerkungen: result.message });
    reply.flash(`Der Titel ist vorgemerkt. Sie sind auf Platz ${result.doc.queue ?? 1} der Warteschlange.`);
    return reply.redirect(`${LENDING_PATHS.account}#vormerkungen`, 303);
  });
}
