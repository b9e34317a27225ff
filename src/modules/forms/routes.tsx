// PLACEHOLDER — replaced by the owner of the form editor.
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../kernel/module';

export function registerEditorRoutes(_app: FastifyInstance, _deps: ModuleDeps): void {}
