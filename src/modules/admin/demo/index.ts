import { z } from 'zod';
import { createUser, departments, findUserByEmail, ROLES } from '../../../kernel/auth';
import type { Config } from '../../../kernel/config';
import { readDemoPack } from '../../../kernel/config/demo-pack';
import type { ModuleDeps } from '../../../kernel/module';

/** `admin.json` of a demo pack: Fachbereiche, the shared demo password and the demo logins (README). */
export const adminPackSchema = z
  .object({
    departments: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), name: z.string().min(1), email: z.email() })),
    /** Documented in the README; only ever set when demo data is switched on. */
    password: z.string().min(12, 'muss mindestens 12 Zeichen lang sein'),
    accounts: z
      .array(
        z.object({
          email: z.email(),
          displayName: z.string().min(1),
          role: z.enum(ROLES),
          departments: z.array(z.string()).default([]),
          permissions: z.array(z.string()).default([]),
        }),
      )
      .min(1),
  })
  .superRefine((pack, ctx) => {
    // The applications demo processes Anträge as the staff account, so every role must be there.
    for (const role of ROLES) {
      if (!pack.accounts.some((account) => account.role === role)) {
        ctx.addIssue({ code: 'custom', path: ['accounts'], message: `needs an account with the role ${role}` });
      }
    }
  });
export type AdminPack = z.infer<typeof adminPackSchema>;

/** The demo logins of the configured municipality, or undefined when its pack has none. */
export function demoLogins(config: Pick<Config, 'municipality' | 'configDir'>): AdminPack | undefined {
  return readDemoPack(config, 'admin', adminPackSchema);
}

/**
 * Idempotent: existing departments and accounts (also ones changed by hand) are left as they are.
 * The applications demo creates the staff and citizen accounts itself when it runs first (it seeds
 * before this module and needs them for its back-office steps), from the same definitions.
 */
export async function seedAdminDemo({ db, config }: Pick<ModuleDeps, 'db' | 'config'>): Promise<void> {
  const pack = demoLogins(config);
  if (!pack) return;
  if (pack.departments.length > 0) await db.insert(departments).values(pack.departments).onConflictDoNothing({ target: departments.id });
  for (const account of pack.accounts) {
    if (await findUserByEmail(db, account.email)) continue;
    await db.transaction((tx) => createUser(tx, { ...account, password: pack.password, emailVerified: true }));
  }
}
