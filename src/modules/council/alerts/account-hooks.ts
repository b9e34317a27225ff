import { asc, eq } from 'drizzle-orm';
import type { CurrentUser } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';
import type { AccountOverviewCard, ModuleDeps, PersonalDataHook } from '../../../kernel/module';
import { SEARCH_PATHS } from '../paths';
import { councilAlertSubscriptions, type AlertKind } from '../tables';
import { manageToken } from './tokens';

/** What an alert follows, in the words of "Meine Daten". */
const KIND_LABELS: Record<AlertKind, string> = { search: 'Suche', gremium: 'Gremium', paper: 'Vorlage' };

/** The card names this many alerts; the management page lists them all. */
const NAMED_ON_CARD = 5;

/**
 * The alerts of the account's own address (stored lower-case, as the form's e-mail field gives it). Only
 * for a verified account: anyone may register with someone else's address, and must not see, or end by
 * deleting the account, the alerts its owner confirmed.
 */
async function alertsOfAccount(db: Executor, user: CurrentUser) {
  if (!user.emailVerified) return [];
  return db
    .select()
    .from(councilAlertSubscriptions)
    .where(eq(councilAlertSubscriptions.email, user.email.toLowerCase()))
    .orderBy(asc(councilAlertSubscriptions.createdAt), asc(councilAlertSubscriptions.id));
}

/**
 * Alerts need no account, but one with a verified address is that address's owner: "Meine Daten" lists
 * its alerts, and deleting the account deletes them (the address lives only in the alert's row).
 */
export const alertPersonalData: PersonalDataHook = {
  export: async (user, { db }) => {
    const rows = await alertsOfAccount(db, user);
    if (rows.length === 0) return undefined;
    return {
      councilAlerts: rows.map((row) => ({
        kind: KIND_LABELS[row.kind],
        follows: row.label,
        confirmed: row.confirmedAt !== null,
        requestedAt: row.createdAt,
        confirmedAt: row.confirmedAt,
      })),
    };
  },
  erase: async (user, tx) => {
    if (!user.emailVerified) return [];
    const rows = await tx
      .delete(councilAlertSubscriptions)
      .where(eq(councilAlertSubscriptions.email, user.email.toLowerCase()))
      .returning({ id: councilAlertSubscriptions.id });
    return rows.length ? [{ what: 'E-Mail-Benachrichtigungen aus dem Rat', outcome: 'deleted', count: rows.length }] : [];
  },
};

/** "Benachrichtigungen aus dem Rat" on Mein Konto: what the address follows, and the page to end each alert. */
export async function alertOverview(user: CurrentUser, { db, config }: Pick<ModuleDeps, 'db' | 'config'>): Promise<AccountOverviewCard | undefined> {
  const rows = await alertsOfAccount(db, user);
  if (rows.length === 0) return undefined;
  const named = rows.slice(0, NAMED_ON_CARD).map((row) => `${row.label}${row.confirmedAt ? '' : ' (noch nicht bestätigt)'}`);
  const more = rows.length > NAMED_ON_CARD ? ` und ${rows.length - NAMED_ON_CARD} weitere` : '';
  const count = rows.length === 1 ? 'eine Benachrichtigung' : `${rows.length} Benachrichtigungen`;
  return {
    title: 'Benachrichtigungen aus dem Rat',
    summary: `Ihre Adresse hat ${count}: ${named.join('; ')}${more}.`,
    href: SEARCH_PATHS.manage(manageToken(config.secret, rows[0]!.id)),
    linkLabel: 'Benachrichtigungen ansehen oder abbestellen',
  };
}
