import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../kernel/module';
import { oidcRoutes } from './oidc/routes';
import { passwordRoutes } from './password-routes';
import { profileRoutes } from './profile-routes';
import { registrationRoutes } from './registration-routes';
import { sessionRoutes } from './session-routes';

/** All /konto pages; split by journey so each file stays small. */
export function accountRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  registrationRoutes(app, deps);
  sessionRoutes(app, deps);
  passwordRoutes(app, deps);
  profileRoutes(app, deps);
  // Login through OpenID Connect (BundID gateway, staff SSO) exists only when it is configured.
  oidcRoutes(app, deps);
}
