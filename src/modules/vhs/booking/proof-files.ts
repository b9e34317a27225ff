import type { Executor } from '../../../kernel/db';
import { enqueue, type JobHandler } from '../../../kernel/jobs';
import type { ModuleDeps } from '../../../kernel/module';

export const DELETE_PROOFS_JOB = 'vhs.delete_proofs';

/**
 * Queues the deletion of reduction proofs in the caller's transaction: the files go only once the
 * rows that named them are committed gone, never while a rolled-back transaction still needs them.
 */
export async function deleteProofsLater(tx: Executor, keys: readonly (string | null)[]): Promise<void> {
  const storageKeys = keys.filter((key): key is string => Boolean(key));
  if (storageKeys.length > 0) await enqueue(tx, DELETE_PROOFS_JOB, { storageKeys });
}

export function proofJobs(deps: Pick<ModuleDeps, 'files'>): JobHandler[] {
  return [
    {
      kind: DELETE_PROOFS_JOB,
      async run(payload) {
        const keys = Array.isArray(payload.storageKeys) ? payload.storageKeys.filter((key): key is string => typeof key === 'string') : [];
        for (const key of keys) await deps.files.delete(key);
      },
    },
  ];
}
