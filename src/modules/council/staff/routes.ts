import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';
import { registerDocumentRoutes } from './documents/routes';
import { registerGremiumRoutes } from './gremien/routes';
import { registerMeetingRoutes } from './meetings/routes';
import { registerMemberRoutes } from './members/routes';
import { registerPaperRoutes } from './papers/routes';
import { registerPersonRoutes } from './persons/routes';
import { registerDeletionRoutes } from './entry/deletion-routes';

/** The staff sections for entering the council's information by hand (README "Staff sections"). */
export function registerStaffEntryRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  registerGremiumRoutes(app, deps);
  registerMeetingRoutes(app, deps);
  registerPaperRoutes(app, deps);
  registerPersonRoutes(app, deps);
  registerMemberRoutes(app, deps);
  registerDocumentRoutes(app, deps);
  registerDeletionRoutes(app, deps);
}
