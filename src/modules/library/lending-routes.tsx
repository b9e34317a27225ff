import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../kernel/module';
import { readerAccountRoutes } from './account/routes';
import { daiaRoutes } from './daia/routes';
import { deskRoutes } from './desk/routes';

/** The lending side's routes: reader account, holds, lending desk and DAIA. */
export function lendingRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  readerAccountRoutes(app, deps);
  deskRoutes(app, deps);
  daiaRoutes(app, deps);
}
