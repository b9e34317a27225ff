import { moduleSettings } from '../../../kernel/config';
import type { JobHandler } from '../../../kernel/jobs';
import { sendMail } from '../../../kernel/mail';
import type { ModuleDeps } from '../../../kernel/module';
import { LENDING_PATHS } from '../paths';
import { expireUncollectedHolds } from './circulation';
import { libraryMailContext, reminderMail } from './mails';
import { loansForReminder, markReminded } from './repository';
import { addDays, today } from './rules';
import { lendingSettings } from './settings';

/** Hourly: due-date reminders, overdue notices, and holds not collected in time passed on. */
export const REMINDER_JOB = 'library.loan-reminders';
/** Loans handled per kind and run; the next hourly run takes the rest. */
const BATCH = 500;

/**
 * Sends each due-date reminder and each overdue notice once per loan: the reminder row and the
 * mail are written in one transaction, and the row's primary key lets only one worker win. A
 * renewal deletes the loan's reminder rows, so the new due date is reminded again. Readers
 * without an address are marked too, so they are not looked at every hour.
 */
export async function sendLoanReminders(deps: Pick<ModuleDeps, 'db' | 'config'>, now = new Date()): Promise<number> {
  const rules = moduleSettings(deps, lendingSettings);
  const day = today(now);
  const accountUrl = `${deps.config.baseUrl}${LENDING_PATHS.account}`;
  const mail = libraryMailContext(deps);
  let sent = 0;
  for (const kind of ['due_soon', 'overdue'] as const) {
    const loans = await loansForReminder(deps.db, kind, day, addDays(day, rules.reminderDaysBefore), BATCH);
    for (const loan of loans) {
      const mailed = await deps.db.transaction(async (tx) => {
        if (!(await markReminded(tx, loan.loanId, kind))) return false;
        if (!loan.email) return false;
        await sendMail(tx, { to: loan.email, ...reminderMail(kind, loan, accountUrl, mail) });
        return true;
      });
      if (mailed) sent += 1;
    }
  }
  return sent;
}

export function reminderJob(deps: Pick<ModuleDeps, 'db' | 'config'>): JobHandler {
  return {
    kind: REMINDER_JOB,
    everySeconds: 3600,
    async run() {
      await sendLoanReminders(deps);
      await expireUncollectedHolds(deps.db, moduleSettings(deps, lendingSettings), libraryMailContext(deps));
    },
  };
}
