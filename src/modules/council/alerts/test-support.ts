import assert from 'node:assert/strict';
import { parseHtml, textOf } from '../../../../tests/support/html';
import type { SentMail } from '../../../../tests/support/mail';
import type { TestApp } from '../../../../tests/support/test-app';
import { formStamp, SPAM_FIELDS } from '../../../kernel/http';
import { councilAlertSubscriptions } from '../tables';
import { ALERT_FORM } from './use-cases/subscribe-to-alert';

export const ADDRESS = 'buergerin@example.org';
export const DAY = 86_400_000;

/** The spam guard's fields as a person's browser sends them: the trap empty, the stamp of a page opened half a minute ago. */
export const personFields = (t: TestApp) => ({ [SPAM_FIELDS.trap]: '', [SPAM_FIELDS.stamp]: formStamp(t.config.secret, ALERT_FORM, Date.now() - 30_000) });

/** The path of the first link in a mail that starts with `prefix` (e.g. the confirmation link). */
export function linkIn(t: TestApp, mail: SentMail, prefix: string): string {
  const match = new RegExp(`${t.config.baseUrl}(${prefix.replace(/[/]/g, '\\/')}[A-Za-z0-9._-]+)`).exec(mail.text);
  assert.ok(match, `mail "${mail.subject}" has a ${prefix} link:\n${mail.text}`);
  return match[1]!;
}

export const h1 = (html: string) => textOf(parseHtml(html).querySelector('h1')!);

type AlertValues = Partial<typeof councilAlertSubscriptions.$inferInsert> & Pick<typeof councilAlertSubscriptions.$inferInsert, 'kind' | 'targetKey' | 'label'>;

/**
 * Confirmed alerts of ADDRESS, reported up to `since` (a day and more ago, so the next digest is due),
 * set up one after another a second apart: the digest lists them in that order (two set up in one
 * millisecond would tie).
 */
export function confirmedAlerts(app: () => TestApp) {
  let setUp = 0;
  return async (values: AlertValues, since = new Date(Date.now() - 2 * DAY)) => {
    const [row] = await app()
      .db.insert(councilAlertSubscriptions)
      .values({ email: ADDRESS, confirmedAt: since, reportedUntil: since, createdAt: new Date(since.getTime() + ++setUp * 1000), ...values })
      .returning();
    return row!;
  };
}
