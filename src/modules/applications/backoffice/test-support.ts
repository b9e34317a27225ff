/**
 * Helpers for the back-office tests only: staff sessions with departments and permissions, and
 * applications written straight into the tables (the apply journey is tested by its own helper).
 */
import { sql } from 'drizzle-orm';
import { createSession, createUser, type Role } from '../../../kernel/auth';
import type { TestApp } from '../../../../tests/support/test-app';
import { PROCESS_PERMISSION } from '../policies';

export { citizen, createApplication, outbox, seedCatalogue, type Citizen } from '../account/test-support';

export interface StaffClient {
  id: string;
  email: string;
  displayName: string;
  get(url: string): ReturnType<ReturnType<TestApp['client']>['get']>;
  post(url: string, form?: Record<string, string>): ReturnType<ReturnType<TestApp['client']>['post']>;
  /** The browser-like client with the session cookie set (multipart posts, CSRF token of the last page). */
  cookie: string;
  client: ReturnType<TestApp['client']>;
}

let counter = 0;

/** A logged-in member of staff in `departments`, by default with the permission to process applications. */
export async function staffMember(t: TestApp, departments: string[], options: { permissions?: string[]; role?: Role; name?: string } = {}): Promise<StaffClient> {
  counter += 1;
  const email = `sachbearbeitung-${counter}@iserlohn.example`;
  const displayName = options.name ?? `Sachbearbeitung ${counter}`;
  const user = await createUser(t.db, { email, displayName, role: options.role ?? 'staff', emailVerified: true, departments, permissions: options.permissions ?? [PROCESS_PERMISSION] });
  const cookie = `sp_session=${await createSession(t.db, user.id)}`;
  const client = t.client();
  // The session cookie joins the cookies the client collected (flash messages, CSRF secret).
  const headers = () => ({ cookie: [client.cookieHeader(), cookie].filter(Boolean).join('; ') });
  return { id: user.id, email, displayName, cookie, client, get: (url) => client.get(url, headers()), post: (url, form = {}) => client.post(url, form, headers()) };
}

/** A multipart/form-data body as a browser sends it (fields and files), for the message form. */
export function multipartBody(fields: Record<string, string>, files: { name: string; filename: string; contentType: string; bytes: Buffer }[]): { payload: Buffer; contentType: string } {
  const boundary = `----stadtportal${Date.now().toString(16)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  for (const file of files) {
    parts.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${file.name}"; filename="${file.filename}"\r\ncontent-type: ${file.contentType}\r\n\r\n`), file.bytes, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** The CSRF token of a page's first POST form. */
export function csrfOf(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('page has no CSRF token');
  return match[1]!;
}

/** A tiny but real PDF (magic number and trailer), accepted by the content sniffing of uploads. */
export const SMALL_PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/** The search document the apply journey writes on submit (reference, name, Leistung), for rows created directly. */
export async function indexForSearch(t: TestApp, applicationId: string): Promise<void> {
  await t.db.execute(
    sql`update applications set search = to_tsvector('german', unaccent(coalesce(reference, '') || ' ' || coalesce(applicant_name, '') || ' ' || service_slug)) where id = ${applicationId}`,
  );
}
