import { and, eq, isNotNull, lt, sql } from 'drizzle-orm';
import { sendMail } from '../../../kernel/mail';
import type { ModuleDeps } from '../../../kernel/module';
import { addDays, berlinDay, berlinMoment } from '../../../kernel/time';
import { councilAlertSubscriptions } from '../tables';
import { digestMail, type DigestSection } from './mails';
import { newsOf } from './news';

/** The digest goes out once a day from this Berlin time on (the job runs every hour). */
export const DIGEST_TIME = '07:00';
/** Addresses per run: a large list is worked through over the following runs. */
const ADDRESSES_PER_RUN = 500;

/** The last digest time at or before `now`: alerts reported up to before it are due. */
export function digestCutoff(now: Date): Date {
  const today = berlinMoment(berlinDay(now), DIGEST_TIME)!;
  return today <= now ? today : berlinMoment(addDays(berlinDay(now), -1), DIGEST_TIME)!;
}

/**
 * The daily digest: for every address with a confirmed alert not reported since the last digest
 * time, one mail with what is new for each of its alerts (none when nothing is), and each alert
 * marked reported up to now in the same transaction as the mail: nothing is reported twice, nothing
 * is lost between two digests. Returns the number of mails.
 */
export async function sendAlertDigests(deps: Pick<ModuleDeps, 'db' | 'config'>, now = new Date()): Promise<number> {
  const { db, config } = deps;
  const cutoff = digestCutoff(now);
  const due = and(isNotNull(councilAlertSubscriptions.confirmedAt), lt(councilAlertSubscriptions.reportedUntil, cutoff));
  const addresses = await db.selectDistinct({ email: councilAlertSubscriptions.email }).from(councilAlertSubscriptions).where(due).limit(ADDRESSES_PER_RUN);
  const context = { baseUrl: config.baseUrl, secret: config.secret, town: config.municipality.name };
  let mails = 0;
  for (const { email } of addresses) {
    const alerts = await db
      .select()
      .from(councilAlertSubscriptions)
      .where(and(eq(councilAlertSubscriptions.email, email), due))
      .orderBy(councilAlertSubscriptions.createdAt, councilAlertSubscriptions.id);
    const sections: DigestSection[] = [];
    for (const alert of alerts) {
      const lines = await newsOf(db, alert, now);
      if (lines.length > 0) sections.push({ id: alert.id, label: alert.label, lines });
    }
    const sent = await db.transaction(async (tx) => {
      // Claims the alerts: a second worker (or a rerun) finds them reported and sends nothing.
      const claimed = await tx
        .update(councilAlertSubscriptions)
        .set({ reportedUntil: now })
        .where(
          and(
            eq(councilAlertSubscriptions.email, email),
            due,
            sql`${councilAlertSubscriptions.id} in (${sql.join(
              alerts.map((alert) => sql`${alert.id}`),
              sql`, `,
            )})`,
          ),
        )
        .returning({ id: councilAlertSubscriptions.id });
      const kept = sections.filter((section) => claimed.some((row) => row.id === section.id));
      if (kept.length === 0) return false;
      await sendMail(tx, digestMail(context, email, kept));
      return true;
    });
    if (sent) mails += 1;
  }
  return mails;
}
