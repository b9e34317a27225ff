import { pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../../kernel/auth';
import { councilPersons } from './bodies';

/**
 * The portal role "Ratsmitglied": a portal account linked by staff to the OParl Person it is. The
 * person's current memberships decide which non-public agenda items and papers the account sees.
 */
export const councilMemberAccounts = pgTable('council_member_accounts', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  personId: uuid('person_id')
    .notNull()
    .unique('council_member_accounts_person_key')
    .references(() => councilPersons.id, { onDelete: 'cascade' }),
  linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow(),
});
