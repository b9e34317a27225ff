import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { usePageContext } from '../views/context';
import { AppError, errors } from './errors';

/** APIs answer JSON; everything else is a page in the layout. */
export function wantsJson(request: FastifyRequest): boolean {
  const path = request.url.split('?', 1)[0]!;
  return path.startsWith('/api/') || path === '/healthz';
}

/** Fastify's own 4xx errors (parsing, limits, content types) get German messages. */
function fromFastifyError(error: FastifyError): AppError | undefined {
  const status = error.statusCode ?? 500;
  if (status < 400 || status >= 500) return undefined;
  const messages: Record<string, string> = {
    FST_ERR_CTP_BODY_TOO_LARGE: 'Die gesendeten Daten sind zu groß. Kürzen Sie Ihre Eingaben und versuchen Sie es noch einmal.',
    FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Dieses Datenformat wird hier nicht angenommen.',
    FST_ERR_CTP_EMPTY_JSON_BODY: 'Die Anfrage enthält keine Daten.',
    FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Die Anfrage ist unvollständig.',
  };
  const code = error.code ?? 'bad_request';
  const userMessage =
    messages[code] ??
    (status === 415 ? messages.FST_ERR_CTP_INVALID_MEDIA_TYPE! : 'Die Anfrage konnte nicht verarbeitet werden. Bitte prüfen Sie Ihre Eingaben.');
  return new AppError(code.startsWith('FST_') ? code.slice(4).toLowerCase() : code, { status, userMessage });
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const known = error && typeof error === 'object' && 'statusCode' in error ? fromFastifyError(error as FastifyError) : undefined;
  if (known) return known;
  if (error instanceof SyntaxError) return new AppError('invalid_json', { status: 400, userMessage: 'Die gesendeten Daten sind kein gültiges JSON.' });
  return new AppError('internal_error', {
    status: 500,
    userMessage:
      'Auf unserer Seite ist ein Fehler aufgetreten. Ihre bisher gespeicherten Daten sind nicht verloren. Bitte versuchen Sie es später noch einmal.',
  });
}

function errorTitle(status: number): string {
  if (status === 404) return 'Seite nicht gefunden';
  if (status === 401) return 'Anmeldung erforderlich';
  if (status === 403) return 'Keine Berechtigung';
  if (status === 429) return 'Zu viele Versuche';
  if (status >= 500) return 'Technischer Fehler';
  return 'Die Anfrage konnte nicht verarbeitet werden';
}

/** The login link of 401 pages; its URL comes from the accounts module's manifest, read from the page context. */
function LoginLink({ next }: { next: string }) {
  const { accountPaths } = usePageContext();
  if (!accountPaths) return null;
  return h('p', null, h('a', { href: `${accountPaths.login}?weiter=${encodeURIComponent(next)}` }, 'Zur Anmeldung'));
}

export function sendError(request: FastifyRequest, reply: FastifyReply, appError: AppError): FastifyReply {
  if (appError.status === 429) reply.header('retry-after', '60');
  if (wantsJson(request)) {
    return reply.code(appError.status).send({ error: { code: appError.code, message: appError.userMessage, fields: appError.fields ?? {} } });
  }
  const showLogin = appError.status === 401;
  const body = h('div', null, [
    h('h1', null, errorTitle(appError.status)),
    h('p', { class: 'lead' }, appError.userMessage),
    showLogin ? h(LoginLink, { next: request.url }) : null,
    h('p', null, h('a', { href: '/' }, 'Zur Startseite')),
  ]);
  return reply.page({ title: errorTitle(appError.status), body, status: appError.status });
}

/** One place for every failure: users see a page or a JSON error, never a stack trace; the server keeps running. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => {
    sendError(request, reply, errors.pageNotFound());
  });
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: appError.code, status: appError.status }, appError.message);
    try {
      return sendError(request, reply, appError);
    } catch (renderError) {
      request.log.error({ err: renderError }, 'error page failed');
      return reply.code(appError.status).type('text/plain; charset=utf-8').send(appError.userMessage);
    }
  });
}
