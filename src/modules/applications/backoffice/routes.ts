// PLACEHOLDER — replaced by the helper who owns this folder.
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';

export function registerBackofficeRoutes(_app: FastifyInstance, _deps: ModuleDeps): void {}
