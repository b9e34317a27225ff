/**
 * Helpers for this module's tests only (imported by *.test.ts): people with a session of a given
 * role, created directly so the tests do not depend on the login pages.
 */
import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../../../tests/support/test-app';
import { createSession, createUser, type NewUser, type Role, type UserRow } from '../../kernel/auth';

export interface Person {
  user: UserRow;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, form?: Record<string, string | string[]>): Promise<LightMyRequestResponse>;
}

let counter = 0;

/** A logged-in person: the session cookie goes with every request, besides the client's own (flash, CSRF). */
export async function personWith(t: TestApp, role: Role, overrides: Partial<NewUser> = {}): Promise<Person> {
  counter += 1;
  const user = await createUser(t.db, {
    email: `${role}-${counter}@iserlohn.example`,
    displayName: `${role} ${counter}`,
    role,
    emailVerified: true,
    ...overrides,
  });
  const token = await createSession(t.db, user.id);
  const client = t.client();
  const cookie = () => ({ cookie: [client.cookieHeader(), `sp_session=${token}`].filter(Boolean).join('; ') });
  return {
    user,
    get: (url) => client.get(url, cookie()),
    post: (url, form = {}) => client.post(url, form, cookie()),
  };
}

/** The messages of a page's error summary, in order. */
export function summaryMessages(html: string): string[] {
  const summary = /<div class="error-summary"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '';
  return [...summary.matchAll(/<a href="#[^"]*">([^<]*)<\/a>/g)].map((match) => match[1] ?? '');
}

/** Rows of the first table body on a page. */
export function tableRows(html: string): string[] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((match) => match[1] ?? '');
}

/** Decodes the few entities Preact writes, for comparing visible text. */
export function text(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
}
