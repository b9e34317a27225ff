import { isStaff, requireSection, type Actor, type CurrentUser } from '../../../kernel/auth';
import type { ModuleDeps, ModuleManifest, StaffTask } from '../../../kernel/module';

/** One module's part of "Meine Aufgaben": its tasks with something waiting, or the note that they failed to load. */
export interface TaskGroup {
  moduleId: string;
  /** The module's area, as in the side navigation (the group of its first section). */
  label: string;
  tasks: StaffTask[];
  /** Set when the module's tasks could not be loaded; the page says so and shows the other groups. */
  error?: unknown;
}

export interface MyTasks {
  /** For the greeting. */
  displayName: string;
  groups: TaskGroup[];
  /** No section of the workspace is open to this person (a new staff account without permissions). */
  noSections: boolean;
}

/** The module's heading and position: those of its first section this person may open (else the first at all). */
function placeOf(module: ModuleManifest, actor: CurrentUser): { label: string; order: number } {
  const sections = [...(module.staffSections ?? [])].sort((a, b) => a.order - b.order);
  const first = sections.find((section) => section.allowed(actor)) ?? sections[0];
  return first ? { label: first.group, order: first.order } : { label: 'Weitere Aufgaben', order: Number.MAX_SAFE_INTEGER };
}

async function tasksOf(module: ModuleManifest, actor: CurrentUser, deps: ModuleDeps): Promise<TaskGroup> {
  const place = placeOf(module, actor);
  try {
    const tasks = (await module.staffTasks!(actor, deps)).filter((task) => task.count > 0);
    return { moduleId: module.id, label: place.label, tasks };
  } catch (error) {
    return { moduleId: module.id, label: place.label, tasks: [], error };
  }
}

/**
 * "Meine Aufgaben", the workspace's start page: asks every module for its staff tasks at once.
 * One module failing must not take the page down, so each answer is caught on its own. Citizens
 * get 404 like a page that does not exist (the workspace is not announced to them).
 */
export async function loadMyTasks(actor: Actor, deps: ModuleDeps): Promise<MyTasks> {
  requireSection(actor, isStaff);
  const modules = deps.modules.filter((module) => module.staffTasks);
  const ordered = modules.map((module) => ({ module, order: placeOf(module, actor).order })).sort((a, b) => a.order - b.order);
  const groups = await Promise.all(ordered.map(({ module }) => tasksOf(module, actor, deps)));
  const noSections = !deps.modules.some((module) => module.staffSections?.some((section) => section.allowed(actor)));
  return { displayName: actor.displayName, groups: groups.filter((group) => group.error !== undefined || group.tasks.length > 0), noSections };
}
