/**
 * The applications module's test-only public entry (tests/support/README.md): applications in any
 * state written straight into the module's tables, the way the apply journey and the back office
 * leave them, for tests that are not about getting there.
 */
import { eq, sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../../kernel/db';
import { findPublishedForm } from '../forms';
import { findServiceForApplication } from '../services';
import { GUEST_COOKIE, rememberGuestApplication } from './apply/guest-access';
import type { ApplicationRow } from './repository';
import { applicationEvents, applicationMessages, applications } from './tables';

let counter = 0;

/**
 * An application of `applicantId` (or a guest) for the Leistung `serviceSlug` (its demo form must be
 * seeded) in the given status, submitted ones with a reference number and their status event.
 */
export async function insertApplication(
  db: Database,
  referencePrefix: string,
  serviceSlug: string,
  owner: { applicantId: string } | { guestEmail: string },
  values: Partial<typeof applications.$inferInsert> = {},
): Promise<ApplicationRow> {
  const service = await findServiceForApplication(db, serviceSlug);
  const form = await findPublishedForm(db, serviceSlug);
  if (!service || !form) throw new Error(`demo service or form ${serviceSlug} missing: seed the catalogue first`);
  const status = values.status ?? 'submitted';
  const submitted = status !== 'draft';
  counter += 1;
  const reference = `${referencePrefix}-2026-${String(counter).padStart(6, '0')}`;
  const [row] = await db
    .insert(applications)
    .values({
      serviceSlug: service.slug,
      departmentId: service.departmentId,
      formVersionId: form.id,
      answers: { requestType: '01' },
      ...owner,
      ...(submitted ? { reference, submittedAt: new Date() } : {}),
      ...values,
      status,
    })
    .returning();
  if (submitted) {
    await db.insert(applicationEvents).values({ applicationId: row!.id, kind: 'status', fromStatus: 'draft', toStatus: 'submitted', visibleToApplicant: true });
  }
  return row!;
}

/** What the back office leaves behind: a Rückfrage with a reason, an internal note, a message to the citizen. */
export async function addStaffActivity(
  db: Database,
  application: ApplicationRow,
  texts: { reason: string; note: string; subject: string; body: string },
): Promise<void> {
  await db.insert(applicationEvents).values([
    {
      applicationId: application.id,
      kind: 'status',
      fromStatus: application.status,
      toStatus: 'awaiting_citizen',
      text: texts.reason,
      visibleToApplicant: true,
    },
    { applicationId: application.id, kind: 'note', text: texts.note, visibleToApplicant: false },
    { applicationId: application.id, kind: 'assignment', text: 'Zugewiesen an Sachbearbeitung', visibleToApplicant: false },
  ]);
  await db.update(applications).set({ status: 'awaiting_citizen' }).where(eq(applications.id, application.id));
  await db.insert(applicationMessages).values({ applicationId: application.id, direction: 'to_applicant', subject: texts.subject, body: texts.body });
}

/** The search document the apply journey writes on submit (reference, name, Leistung), for rows inserted directly. */
export async function indexForSearch(db: Database, applicationId: string): Promise<void> {
  await db.execute(
    sql`update applications set search = to_tsvector('german', unaccent(coalesce(reference, '') || ' ' || coalesce(applicant_name, '') || ' ' || service_slug)) where id = ${applicationId}`,
  );
}

/** The `cookie` header of a guest who opened these applications through their resume links. */
export function guestCookie(secret: string, applicationIds: string[]): string {
  let value = '';
  const request = { cookies: {} as Record<string, string>, protocol: 'http' } as unknown as FastifyRequest;
  const reply = { setCookie: (_name: string, cookie: string) => (value = cookie) } as unknown as FastifyReply;
  for (const id of applicationIds) {
    rememberGuestApplication(request, reply, secret, id);
    request.cookies[GUEST_COOKIE] = value;
  }
  return `${GUEST_COOKIE}=${value}`;
}

/** Tests outside the module arrange and check rows of its tables (privacy scan, browser journeys). */
export { applicationEvents, applicationFiles, applicationMessages, applications, webhookSubscriptions } from './tables';
export { createWebhook } from './api/webhooks';
export { storeGeneratedFile } from './attachments';
export { saveDraftAnswers } from './apply';
export { applicationsPackSchema } from './demo';
