/**
 * People for tests: accounts, and logged-in citizens, staff and admins with a browser-like client.
 * Citizens log in through the real login form; staff and admins get a session directly (their
 * tests are about the back office, not about logging in, and argon2 makes every login cost time).
 */
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import { createSession, createUser, departments, type CurrentUser, type NewUser, type Role, type UserRow } from '../../src/kernel/auth';
import type { TestApp } from './test-app';
import type { TestClient } from './test-client';

export const PASSWORD = 'Sonnenuntergang am Seilersee';

/** A logged-in person: the account and a client that carries the session (and the CSRF token of the last page). */
export interface Person {
  user: UserRow;
  id: string;
  email: string;
  displayName: string;
  client: TestClient;
  get: TestClient['get'];
  post: TestClient['post'];
  postMultipart: TestClient['postMultipart'];
  submit: TestClient['submit'];
}

let counter = 0;

/** A confirmed account with PASSWORD (override anything, e.g. `password: undefined` or `emailVerified: false`). */
export async function createAccount(t: TestApp, overrides: Partial<NewUser> = {}): Promise<UserRow> {
  counter += 1;
  const role = overrides.role ?? 'citizen';
  const user = await createUser(t.db, {
    email: `${role}-${counter}@example.org`,
    displayName: 'Erika Mustermann',
    password: PASSWORD,
    emailVerified: true,
    ...overrides,
  });
  await t.settled(); // lists of staff are cached until people change
  return user;
}

/** Logs `client` in through the login form. */
export async function logInAs(client: TestClient, email: string, password = PASSWORD): Promise<LightMyRequestResponse> {
  const response = await client.submit('/konto/anmelden', { email, password });
  assert.equal(response.statusCode, 303, `login of ${email} failed: ${response.body.slice(0, 2000)}`);
  return response;
}

function personOf(user: UserRow, client: TestClient): Person {
  return {
    user,
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    client,
    get: client.get.bind(client),
    post: client.post.bind(client),
    postMultipart: client.postMultipart.bind(client),
    submit: client.submit.bind(client),
  };
}

/** A citizen with a confirmed account, logged in through the real login form. */
export async function citizen(t: TestApp, overrides: Partial<NewUser> = {}): Promise<Person> {
  const user = await createAccount(t, { ...overrides, role: 'citizen' });
  const client = t.client();
  await logInAs(client, user.email, overrides.password ?? PASSWORD);
  return personOf(user, client);
}

/** A person of any role with a session created directly (no password needed). */
export async function personWith(t: TestApp, role: Role, overrides: Partial<NewUser> = {}): Promise<Person> {
  const user = await createAccount(t, { password: undefined, ...overrides, role });
  const client = t.client();
  client.setCookie('sp_session', await createSession(t.db, user.id));
  return personOf(user, client);
}

/**
 * A member of staff in `departments` with exactly `permissions` (none unless given: the permissions
 * belong to the modules, so a test names the ones it needs; `caseWorker` in applications.ts is staff
 * who process Anträge).
 */
export function staffMember(t: TestApp, departmentIds: string[], options: { permissions?: string[]; role?: Role; name?: string } = {}): Promise<Person> {
  return personWith(t, options.role ?? 'staff', {
    departments: departmentIds,
    permissions: options.permissions ?? [],
    ...(options.name ? { displayName: options.name } : {}),
  });
}

/** A Fachbereich (idempotent); staff see and process the work of their departments only. */
export async function department(t: TestApp, id: string, name = id, email?: string): Promise<string> {
  await t.db.insert(departments).values({ id, name, email }).onConflictDoNothing({ target: departments.id });
  await t.settled();
  return id;
}

/** The person as a use case sees them (`CurrentUser`), for calling use cases directly. */
export function actorOf(person: Person, { departments = [], permissions = [] }: { departments?: string[]; permissions?: string[] } = {}): CurrentUser {
  return {
    id: person.id,
    email: person.email,
    displayName: person.displayName,
    role: person.user.role,
    emailVerified: true,
    departments,
    permissions: new Set(permissions),
  };
}
