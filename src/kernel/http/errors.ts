/** Field-keyed messages, shown at the field and in the error summary (HTML) or as `fields` (API). */
export type FieldErrors = Record<string, string>;

interface AppErrorOptions {
  status: number;
  /** Safe to show to citizens; German. The `message` of the Error goes to logs only. */
  userMessage: string;
  fields?: FieldErrors;
  cause?: unknown;
}

/** The one error type of the portal: a stable code, an HTTP status and a message safe for users. */
export class AppError extends Error {
  readonly status: number;
  readonly userMessage: string;
  readonly fields: FieldErrors | undefined;

  constructor(
    readonly code: string,
    options: AppErrorOptions,
    logMessage?: string,
  ) {
    super(logMessage ?? code, { cause: options.cause });
    this.name = 'AppError';
    this.status = options.status;
    this.userMessage = options.userMessage;
    this.fields = options.fields;
  }
}

function minutes(seconds: number): string {
  const count = Math.max(1, Math.ceil(seconds / 60));
  return count === 1 ? 'eine Minute' : `${count} Minuten`;
}

export const errors = {
  /** The answer for an unknown URL; pages hidden from someone (a workspace section they may not use) answer exactly the same. */
  pageNotFound: () =>
    new AppError('not_found', {
      status: 404,
      userMessage: 'Die Seite, die Sie aufrufen wollten, gibt es nicht. Prüfen Sie die Adresse oder beginnen Sie auf der Startseite.',
    }),
  notFound: (what = 'Die Seite') => new AppError('not_found', { status: 404, userMessage: `${what} wurde nicht gefunden.` }),
  /** Used for objects the actor may not see: the answer is the same as for a missing one, so IDs cannot be probed. */
  notFoundOrForbidden: (what = 'Der Eintrag') => new AppError('not_found', { status: 404, userMessage: `${what} wurde nicht gefunden.` }),
  forbidden: () => new AppError('forbidden', { status: 403, userMessage: 'Sie haben keine Berechtigung für diese Seite.' }),
  loginRequired: () => new AppError('login_required', { status: 401, userMessage: 'Bitte melden Sie sich an, um diese Seite zu sehen.' }),
  csrf: () =>
    new AppError('csrf_invalid', {
      status: 403,
      userMessage: 'Das Formular ist abgelaufen oder wurde nicht von dieser Seite gesendet. Laden Sie die Seite neu und senden Sie das Formular noch einmal.',
    }),
  tooManyRequests: (retryAfterSeconds: number) =>
    new AppError('rate_limited', {
      status: 429,
      userMessage: `Zu viele Versuche. Bitte warten Sie ${minutes(retryAfterSeconds)} und versuchen Sie es dann noch einmal.`,
    }),
  validation: (fields: FieldErrors) =>
    new AppError('validation_failed', { status: 400, userMessage: 'Die Eingaben sind unvollständig oder fehlerhaft.', fields }),
};
