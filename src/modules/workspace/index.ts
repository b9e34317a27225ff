import type { ModuleManifest } from '../../kernel/module';
import { workspaceRoutes } from './routes';

/**
 * The staff workspace's start page "Meine Aufgaben" at /verwaltung: what waits for this person in
 * every module (their `staffTasks`). The workspace layout and its side navigation are the kernel's;
 * the sections belong to the modules that declare them (`staffSections`).
 */
export const workspaceModule: ModuleManifest = {
  id: 'workspace',
  routes: workspaceRoutes,
};
