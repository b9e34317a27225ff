// PLACEHOLDER — replaced by the owner of fim/.
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';

export function registerFimImportRoutes(_app: FastifyInstance, _deps: ModuleDeps): void {}
