import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { OPEN_STATUSES } from '../workflow';
import { applicationEvents, applicationFiles, applicationMessages, applications } from '../tables';

/** Queries of the account deletion (the module's `personalData.erase` hook); all run in its transaction. */

/** Deletes the person's drafts (events, messages, payments and file rows cascade); returns the blobs to delete after the commit. */
export async function deleteDraftsOf(db: Executor, applicantId: string): Promise<{ count: number; storageKeys: string[] }> {
  const drafts = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.applicantId, applicantId), eq(applications.status, 'draft')))
    .for('update');
  if (drafts.length === 0) return { count: 0, storageKeys: [] };
  const ids = drafts.map((draft) => draft.id);
  const files = await db.select({ key: applicationFiles.storageKey }).from(applicationFiles).where(inArray(applicationFiles.applicationId, ids));
  await db.delete(applications).where(inArray(applications.id, ids));
  return { count: ids.length, storageKeys: files.map((file) => file.key) };
}

/**
 * Detaches the person's submitted Anträge from the account: a pseudonymous applicant id (the
 * owner check needs one, and the Anträge of one person still belong together), no e-mail address,
 * no resume link; the address is also taken out of the answers and the back-office search document.
 * Name and the other answers stay: they are the record the municipality must keep. Counts open and closed ones.
 */
export async function detachSubmitted(db: Executor, applicantId: string, email: string, pseudonymousId: string): Promise<{ open: number; closed: number }> {
  const rows = await db
    .update(applications)
    .set({
      applicantId: pseudonymousId,
      applicantEmail: null,
      guestTokenHash: null,
      guestTokenExpiresAt: null,
      // An answer that is just the address (the form's e-mail field) goes too; postal details stay for the record.
      answers: sql`(select coalesce(jsonb_object_agg(key, value), '{}'::jsonb) from jsonb_each(${applications.answers})
        where not (jsonb_typeof(value) = 'string' and lower(value #>> '{}') in (${email.toLowerCase()}, lower(coalesce(${applications.applicantEmail}, '')))))`,
      search: sql`ts_delete(${applications.search}, tsvector_to_array(to_tsvector('german', unaccent(coalesce(${applications.applicantEmail}, '') || ' ' || ${email}))))`,
    })
    .where(and(eq(applications.applicantId, applicantId), ne(applications.status, 'draft')))
    .returning({ status: applications.status });
  const open = rows.filter((row) => OPEN_STATUSES.includes(row.status)).length;
  return { open, closed: rows.length - open };
}

/**
 * Removes the account's id where it names who did something (messages, uploads, status changes)
 * or who works on an Antrag (staff): the record stays, the link to the deleted account goes.
 */
export async function forgetActor(db: Executor, userId: string): Promise<number> {
  const messages = await db
    .update(applicationMessages)
    .set({ senderId: null })
    .where(eq(applicationMessages.senderId, userId))
    .returning({ id: applicationMessages.id });
  const files = await db
    .update(applicationFiles)
    .set({ uploadedBy: null })
    .where(eq(applicationFiles.uploadedBy, userId))
    .returning({ id: applicationFiles.id });
  const events = await db.update(applicationEvents).set({ actorId: null }).where(eq(applicationEvents.actorId, userId)).returning({ id: applicationEvents.id });
  const assigned = await db.update(applications).set({ assigneeId: null }).where(eq(applications.assigneeId, userId)).returning({ id: applications.id });
  return messages.length + files.length + events.length + assigned.length;
}
