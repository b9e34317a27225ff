import { WORKSPACE_PATH } from '../../kernel/views';

/** Every URL of the workspace module: only its start page; the sections below it belong to the other modules. */
export const PATHS = {
  tasks: WORKSPACE_PATH,
} as const;
