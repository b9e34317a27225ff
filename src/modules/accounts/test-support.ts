/** Helpers for the account tests only: links out of the account mails. */
import { mailLink, type SentMail } from '../../../tests/support/mail';
import type { TestApp } from '../../../tests/support/test-app';

/** The path of a `${baseUrl}/konto/<prefix>/<token>` link in a mail, e.g. `/konto/bestaetigen/abc…`. */
export function linkIn(t: TestApp, mail: SentMail, prefix: string): string {
  return mailLink(t, mail, `/konto/${prefix}/`);
}
