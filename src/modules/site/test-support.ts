/**
 * Helpers for this module's tests only (imported by *.test.ts): a staff or citizen session and a
 * municipality file with changed values, to prove that pages come from configuration.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createSession, createUser, type Role } from '../../kernel/auth';
import { PROJECT_ROOT } from '../../kernel/config';
import type { Municipality } from '../../kernel/config';
import type { TestApp } from '../../../tests/support/test-app';

export interface SessionClient {
  get(url: string): ReturnType<ReturnType<TestApp['client']>['get']>;
  post(url: string, form?: Record<string, string>): ReturnType<ReturnType<TestApp['client']>['post']>;
}

let counter = 0;

/** A logged-in person: the session cookie is sent with every request, the CSRF token taken from the last page. */
export async function sessionFor(t: TestApp, role: Role, permissions: string[] = []): Promise<SessionClient & { id: string; email: string }> {
  counter += 1;
  const email = `${role}-${counter}@example.org`;
  const user = await createUser(t.db, { email, displayName: `${role} ${counter}`, role, emailVerified: true, permissions });
  const token = await createSession(t.db, user.id);
  const client = t.client();
  const cookie = { cookie: `sp_session=${token}` };
  return {
    id: user.id,
    email,
    get: (url) => client.get(url, cookie),
    post: (url, form = {}) => client.post(url, form, cookie),
  };
}

/** Writes a copy of config/iserlohn.json with `change` applied (module keys such as `legal` too, and the logo beside it); returns the file path. */
export function writeMunicipalityFile(change: (municipality: Municipality) => Municipality & Record<string, unknown>): { file: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'stadtportal-config-'));
  const source = resolve(PROJECT_ROOT, 'config/iserlohn.json');
  const municipality = JSON.parse(readFileSync(source, 'utf8')) as Municipality;
  copyFileSync(resolve(PROJECT_ROOT, 'config', municipality.logo.file), join(dir, municipality.logo.file));
  const file = join(dir, 'municipality.json');
  writeFileSync(file, JSON.stringify(change(municipality), null, 2));
  return { file, dir };
}
