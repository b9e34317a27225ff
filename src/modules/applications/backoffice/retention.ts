// PLACEHOLDER — replaced by the owner of backoffice/.
import type { JobHandler } from '../../../kernel/jobs';
import type { ModuleDeps } from '../../../kernel/module';

export function retentionJobs(_deps: ModuleDeps): JobHandler[] {
  return [];
}
