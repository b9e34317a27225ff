import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Who did what, when, on which object. Rows are never updated except to pseudonymise a deleted account. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** Null for anonymous actors and for pseudonymised entries of deleted accounts. */
    actorId: uuid('actor_id'),
    /** E-mail at the time of the action, or `gelöschtes Konto <hash>` after deletion. */
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    objectType: text('object_type'),
    objectId: text('object_id'),
    details: jsonb('details').$type<Record<string, unknown>>(),
    ip: text('ip'),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_actor_idx').on(t.actorId), index('audit_log_object_idx').on(t.objectType, t.objectId)],
);
