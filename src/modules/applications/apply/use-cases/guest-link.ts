import { eq, sql } from 'drizzle-orm';
import { randomToken, sha256 } from '../../../../kernel/auth';
import type { Config } from '../../../../kernel/config';
import type { Executor } from '../../../../kernel/db';
import { sendMail } from '../../../../kernel/mail';
import { applications } from '../../tables';
import { resumeMail } from '../mails';

export const GUEST_LINK_DAYS = 30;
/** After submitting, the link leads to status, messages and Bescheid: it must outlive the processing. */
export const SUBMITTED_GUEST_LINK_DAYS = 365;

export interface GuestLink {
  token: string;
  hash: string;
  expiresAt: Date;
}

export function newGuestLink(now = new Date(), days = GUEST_LINK_DAYS): GuestLink {
  const token = randomToken();
  return { token, hash: sha256(token), expiresAt: new Date(now.getTime() + days * 24 * 60 * 60 * 1000) };
}

/** Stores a fresh link's hash for a guest's application (the previous link stops working). */
export async function storeGuestLink(tx: Executor, applicationId: string, link: GuestLink): Promise<void> {
  await tx
    .update(applications)
    .set({ guestTokenHash: link.hash, guestTokenExpiresAt: link.expiresAt, updatedAt: sql`now()` })
    .where(eq(applications.id, applicationId));
}

/**
 * Replaces a guest's resume link with a fresh one (30 days from now) and mails it in the caller's
 * transaction; the old link stops working, so only the newest mail counts.
 */
export async function renewGuestLink(tx: Executor, config: Config, application: { id: string; guestEmail: string }, serviceName: string): Promise<Date> {
  const link = newGuestLink();
  await storeGuestLink(tx, application.id, link);
  await sendMail(tx, resumeMail(config, application.guestEmail, serviceName, link.token, link.expiresAt));
  return link.expiresAt;
}
