/**
 * Helpers for the tests of attachments and payments only: the applications module with the
 * applicant download route (until applications/index.ts registers it), and a guest's cookie.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { MODULES } from '../../../registry';
import type { ModuleManifest } from '../../../kernel/module';
import { GUEST_COOKIE, rememberGuestApplication } from '../apply/guest-access';
import { PATHS } from '../paths';
import { registerAttachmentRoutes } from './routes';

/** The real app; adds the applicant's file route if the module does not register it yet. */
export function attachmentsTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const modules: ModuleManifest[] = MODULES.map((module) =>
    module.id !== 'applications'
      ? module
      : {
          ...module,
          routes: async (app, deps) => {
            await module.routes?.(app, deps);
            if (!app.hasRoute({ method: 'GET', url: PATHS.file(':id', ':fileId') })) registerAttachmentRoutes(app, deps);
          },
        },
  );
  return createTestApp({ modules, env });
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
