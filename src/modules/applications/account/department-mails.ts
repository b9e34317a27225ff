import type { Config } from '../../../kernel/config';
import type { Executor } from '../../../kernel/db';
import { sendMail } from '../../../kernel/mail';
import { PATHS } from '../paths';
import type { ApplicationRow } from '../repository';
import { findDepartment } from './repository';

export type DepartmentEvent = 'message' | 'withdrawn';

const SUBJECTS: Record<DepartmentEvent, (reference: string) => string> = {
  message: (reference) => `Neue Nachricht zum Antrag ${reference}`,
  withdrawn: (reference) => `Antrag ${reference} wurde zurückgezogen`,
};

const LINES: Record<DepartmentEvent, (reference: string) => string> = {
  message: (reference) => `die antragstellende Person hat zum Antrag ${reference} eine Nachricht geschrieben.`,
  withdrawn: (reference) => `die antragstellende Person hat den Antrag ${reference} zurückgezogen. Er ist damit abgeschlossen.`,
};

/**
 * Tells the department's mailbox that a citizen acted, in the caller's transaction. Like the
 * citizen's mails it carries no content, only the reference and the back-office link. A
 * department without a mailbox sees it in its inbox only.
 */
export async function notifyDepartment(tx: Executor, config: Config, application: ApplicationRow, event: DepartmentEvent): Promise<void> {
  const department = await findDepartment(tx, application.departmentId);
  if (!department?.email) return;
  const reference = application.reference ?? application.id;
  const text = [
    `Guten Tag,`,
    LINES[event](reference),
    `Zum Antrag im Stadtportal: ${config.baseUrl}${PATHS.staffDetail(application.id)}`,
    'Diese E-Mail wurde automatisch erstellt.',
  ].join('\n\n');
  await sendMail(tx, { to: department.email, subject: SUBJECTS[event](reference), text });
}
