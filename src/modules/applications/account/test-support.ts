/**
 * Helpers for the tests of "Meine Anträge" only: logged-in citizens and applications in any state,
 * written straight into the tables the way the apply journey and the back office leave them.
 */
import { desc, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { createSession, createUser } from '../../../kernel/auth';
import { mailOutbox } from '../../../kernel/mail';
import type { TestApp } from '../../../../tests/support/test-app';
import { findPublishedForm, formsModule } from '../../forms';
import { findServiceForApplication, servicesModule, type ServiceForApplication } from '../../services';
import type { ApplicationRow } from '../repository';
import { applicationEvents, applicationMessages, applications } from '../tables';

export const DEMO_SERVICE = 'bewohnerparkausweis';

let counter = 0;

export interface Citizen {
  id: string;
  email: string;
  get(url: string): ReturnType<ReturnType<TestApp['client']>['get']>;
  post(url: string, form?: Record<string, string>): ReturnType<ReturnType<TestApp['client']>['post']>;
  /** A multipart form post like a browser sends a form with file inputs (CSRF token of the last page). */
  postFiles(url: string, fields: Record<string, string>, files: TestFile[]): Promise<LightMyRequestResponse>;
}

export interface TestFile {
  field: string;
  filename: string;
  type: string;
  bytes: Buffer;
}

/** A 1×1 PNG: real image bytes, so content sniffing accepts it. */
export const PNG_BYTES = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

function multipartBody(fields: Record<string, string>, files: TestFile[]): { payload: Buffer; contentType: string } {
  const boundary = `----stadtportal${Date.now()}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  for (const file of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`), file.bytes, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A logged-in citizen: the session cookie goes with every request, the CSRF token comes from the last page. */
export async function citizen(t: TestApp): Promise<Citizen> {
  counter += 1;
  const email = `buergerin-${counter}@example.org`;
  const user = await createUser(t.db, { email, displayName: `Bürgerin ${counter}`, role: 'citizen', emailVerified: true });
  const session = `sp_session=${await createSession(t.db, user.id)}`;
  const client = t.client();
  // The client's own cookies (flash) travel along with the session.
  const cookie = () => ({ cookie: [session, client.cookieHeader()].filter(Boolean).join('; ') });
  let csrf = '';
  const remember = async <R extends { body: string }>(response: Promise<R>): Promise<R> => {
    const result = await response;
    csrf = /name="_csrf" value="([^"]+)"/.exec(result.body)?.[1] ?? csrf;
    return result;
  };
  return {
    id: user.id,
    email,
    get: (url) => remember(client.get(url, cookie())),
    post: (url, form = {}) => remember(client.post(url, form, cookie())),
    postFiles: (url, fields, files) => {
      const { payload, contentType } = multipartBody({ _csrf: csrf, ...fields }, files);
      return t.app.inject({ method: 'POST', url, payload, headers: { 'content-type': contentType, ...cookie() } });
    },
  };
}

/** The demo Leistungskatalog and forms (idempotent); returns the Leistung the tests apply for. */
export async function seedCatalogue(t: TestApp): Promise<ServiceForApplication> {
  await servicesModule.seedDemo?.(t.deps);
  await formsModule.seedDemo?.(t.deps);
  const service = await findServiceForApplication(t.db, DEMO_SERVICE);
  if (!service) throw new Error(`demo service ${DEMO_SERVICE} missing`);
  return service;
}

function nextReference(t: TestApp): string {
  counter += 1;
  return `${t.config.municipality.referencePrefix}-2026-${String(counter).padStart(6, '0')}`;
}

/** An application of `applicantId` (or a guest) in the given status, with the demo form's answers. */
export async function createApplication(
  t: TestApp,
  owner: { applicantId: string } | { guestEmail: string },
  values: Partial<typeof applications.$inferInsert> = {},
): Promise<ApplicationRow> {
  const service = await seedCatalogue(t);
  const form = await findPublishedForm(t.db, DEMO_SERVICE);
  if (!form) throw new Error(`demo form ${DEMO_SERVICE} missing`);
  const status = values.status ?? 'submitted';
  const submitted = status !== 'draft';
  const [row] = await t.db
    .insert(applications)
    .values({
      serviceSlug: service.slug,
      departmentId: service.departmentId,
      formVersionId: form.id,
      answers: { requestType: '01' },
      ...owner,
      ...(submitted ? { reference: nextReference(t), submittedAt: new Date() } : {}),
      ...values,
      status,
    })
    .returning();
  if (submitted) await t.db.insert(applicationEvents).values({ applicationId: row!.id, kind: 'status', fromStatus: 'draft', toStatus: 'submitted', visibleToApplicant: true });
  return row!;
}

/** What the back office leaves behind: a Rückfrage with a reason, an internal note, a message to the citizen. */
export async function addStaffActivity(t: TestApp, application: ApplicationRow, texts: { reason: string; note: string; subject: string; body: string }): Promise<void> {
  await t.db.insert(applicationEvents).values([
    { applicationId: application.id, kind: 'status', fromStatus: application.status, toStatus: 'awaiting_citizen', text: texts.reason, visibleToApplicant: true },
    { applicationId: application.id, kind: 'note', text: texts.note, visibleToApplicant: false },
    { applicationId: application.id, kind: 'assignment', text: 'Zugewiesen an Sachbearbeitung', visibleToApplicant: false },
  ]);
  await t.db.update(applications).set({ status: 'awaiting_citizen' }).where(eq(applications.id, application.id));
  await t.db.insert(applicationMessages).values({ applicationId: application.id, direction: 'to_applicant', subject: texts.subject, body: texts.body });
}

/** Mails queued so far, newest first. */
export function outbox(t: TestApp) {
  return t.db.select().from(mailOutbox).orderBy(desc(mailOutbox.id));
}
