// PLACEHOLDER — replaced by the helper who owns this folder.
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';

export function registerAccountRoutes(_app: FastifyInstance, _deps: ModuleDeps): void {}
