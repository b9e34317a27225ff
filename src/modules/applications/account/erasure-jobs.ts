import type { JobHandler } from '../../../kernel/jobs';
import type { ModuleDeps } from '../../../kernel/module';

export const DELETE_BLOBS_JOB = 'applications.delete-blobs';

/**
 * Deletes files from the store after the transaction that deleted their rows has committed (the
 * job is enqueued in it): a rolled-back account deletion never loses a file, and a committed one
 * never leaves one behind. Deleting a missing file is no error, so retries are harmless.
 */
export function erasureJobs({ files }: Pick<ModuleDeps, 'files'>): JobHandler[] {
  return [
    {
      kind: DELETE_BLOBS_JOB,
      run: async (payload) => {
        const keys = Array.isArray(payload.storageKeys) ? payload.storageKeys.filter((key): key is string => typeof key === 'string') : [];
        for (const key of keys) await files.delete(key);
      },
    },
  ];
}
