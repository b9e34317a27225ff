import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../kernel/module';
import { PATHS } from './paths';
import { loadMyTasks } from './use-cases/load-my-tasks';
import { MyTasksPage } from './views/my-tasks';

/** The workspace's start page; the sections below /verwaltung are routes of their modules. */
export function workspaceRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(PATHS.tasks, async (request, reply) => {
    const tasks = await loadMyTasks(request.user, deps);
    for (const group of tasks.groups) {
      if (group.error !== undefined) request.log.error({ err: group.error, module: group.moduleId }, 'staff tasks failed');
    }
    return reply.page({ title: 'Meine Aufgaben', workspace: true, body: <MyTasksPage tasks={tasks} /> });
  });
}
