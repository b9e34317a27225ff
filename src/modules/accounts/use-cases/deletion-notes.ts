import { z } from 'zod';
import type { Actor } from '../../../kernel/auth';
import type { ErasureNote, ModuleDeps } from '../../../kernel/module';
import { findDeletionNotes } from '../repository';

const notesSchema = z.array(
  z.object({
    what: z.string(),
    outcome: z.enum(['deleted', 'pseudonymised', 'kept']),
    count: z.number().int().nonnegative(),
    reason: z.string().optional(),
  }),
);

/**
 * What a deletion did, for its confirmation page. The browser that deleted the account holds the
 * pseudonym in a signed cookie; the notes come from the deletion's audit entry, which names the
 * pseudonym only. Undefined when there is no such entry.
 */
export async function deletionNotes(_actor: Actor, { pseudonym }: { pseudonym: string }, { db }: Pick<ModuleDeps, 'db'>): Promise<ErasureNote[] | undefined> {
  const parsed = notesSchema.safeParse(await findDeletionNotes(db, pseudonym));
  return parsed.success ? parsed.data : undefined;
}
