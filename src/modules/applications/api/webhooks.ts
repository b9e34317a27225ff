// PLACEHOLDER — replaced by the owner of api/.
import type { JobHandler } from '../../../kernel/jobs';
import type { ModuleDeps } from '../../../kernel/module';

export function handoverJobs(_deps: ModuleDeps): JobHandler[] {
  return [];
}
