import { audit } from '../../../../kernel/audit';
import type { ModuleDeps } from '../../../../kernel/module';
import { AppError } from '../../../../kernel/http';
import type { Applicant } from '../context';

export type TamperingProblem = 'form_version_changed' | 'page_not_visible' | 'step_skipped' | 'unknown_fields' | 'submission_key_mismatch';

const SENT = 'Die Eingabe wurde nicht übernommen';
const PAGE = 'Diese Seite können Sie so nicht öffnen';

const MESSAGES: Record<TamperingProblem, { status: number; title: string; message: string }> = {
  form_version_changed: {
    status: 400,
    title: SENT,
    message: 'Das gesendete Formular passt nicht zu Ihrem Antrag. Öffnen Sie die Seite neu und geben Sie Ihre Angaben noch einmal ein.',
  },
  page_not_visible: { status: 404, title: PAGE, message: 'Diese Seite gehört nicht zu Ihrem Antrag. Setzen Sie Ihren Antrag über den Link unten fort.' },
  step_skipped: { status: 400, title: PAGE, message: 'Beantworten Sie zuerst die Fragen der vorherigen Seiten. Sie können keine Seite überspringen.' },
  unknown_fields: {
    status: 400,
    title: SENT,
    message: 'Das gesendete Formular enthält Felder, die es auf dieser Seite nicht gibt. Öffnen Sie die Seite neu und geben Sie Ihre Angaben noch einmal ein.',
  },
  submission_key_mismatch: {
    status: 400,
    title: SENT,
    message: 'Das gesendete Formular passt nicht zu Ihrem Antrag. Öffnen Sie die Seite „Angaben prüfen“ neu und senden Sie den Antrag von dort ab.',
  },
};

/** Thrown after the audit entry: the routes log it and show the message with a link to where the person can continue. */
export class TamperingRefused extends AppError {
  readonly title: string;

  constructor(
    readonly problem: TamperingProblem,
    readonly continueHref: string,
    readonly applicationId: string,
    readonly detail: Record<string, unknown> = {},
  ) {
    const { status, title, message } = MESSAGES[problem];
    super('application_tampering', { status, userMessage: message }, `tampered application post refused: ${problem}`);
    this.title = title;
  }
}

/**
 * A post that the pages cannot have produced (changed form version, skipped step, invented
 * fields): refused and written to the audit log (the routes log it too), so repeated attempts become visible.
 * The audit entry commits on its own: the refused change itself never happens.
 */
export async function refuseTampering(
  who: Applicant,
  facts: { applicationId: string; problem: TamperingProblem; detail?: Record<string, unknown>; continueHref: string },
  deps: Pick<ModuleDeps, 'db'>,
): Promise<never> {
  await audit(deps.db, who.actor ?? { id: null, label: 'Gast' }, {
    action: 'applications.tampering_refused',
    objectType: 'application',
    objectId: facts.applicationId,
    details: { problem: facts.problem, ...facts.detail },
    ip: who.ip,
  });
  throw new TamperingRefused(facts.problem, facts.continueHref, facts.applicationId, facts.detail);
}
