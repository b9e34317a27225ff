import { sql } from 'drizzle-orm';
import { queryRows } from '../../kernel/db';
import { formStamp, SPAM_FIELDS } from '../../kernel/http';
import type { TestApp } from '../../../tests/support/test-app';
import { textHash } from './abuse';
import type { ParticipationSettings } from './settings';
import { participationComments, participationIdeas, type CommentRow, type IdeaRow } from './tables';

/** The spam guard's fields as a person's browser sends them: the trap empty, the stamp of a page opened `secondsAgo`. */
export function personFields(t: TestApp, form: string, secondsAgo = 30): Record<string, string> {
  return { [SPAM_FIELDS.trap]: '', [SPAM_FIELDS.stamp]: formStamp(t.config.secret, form, Date.now() - secondsAgo * 1000) };
}

/** Switches the module's settings for the rest of the test file (the routes read them per request). */
export function useSettings(t: TestApp, settings: Partial<ParticipationSettings>): void {
  const all = t.config.settings as Record<string, unknown>;
  all.participation = { preModerateIdeas: true, preModerateComments: false, blockedWords: [], ...settings };
}

let counter = 0;

/** An idea written directly (published unless told otherwise), with a text of its own. */
export async function insertIdea(t: TestApp, overrides: Partial<typeof participationIdeas.$inferInsert> = {}): Promise<IdeaRow> {
  counter += 1;
  const body = overrides.body ?? `Ein Vorschlag mit der Nummer ${counter} für die digitale Stadt.`;
  const [row] = await t.db
    .insert(participationIdeas)
    .values({ title: `Vorschlag ${counter}`, visibility: 'published', reviewedAt: new Date(), ...overrides, body, textHash: textHash(body) })
    .returning();
  return row!;
}

/** A comment written directly (published unless told otherwise). */
export async function insertComment(t: TestApp, values: Partial<typeof participationComments.$inferInsert> & { ideaId: string }): Promise<CommentRow> {
  counter += 1;
  const body = values.body ?? `Kommentar Nummer ${counter}`;
  const [row] = await t.db
    .insert(participationComments)
    .values({ authorName: 'Erika Mustermann', visibility: 'published', reviewedAt: new Date(), ...values, body, textHash: textHash(body) })
    .returning();
  return row!;
}

/**
 * Two cockpit measures, one published and one not, written by SQL: the cockpit's tables are its own
 * (only its index.ts is public), and its choice query is all this module reads of them.
 */
export async function insertMeasures(t: TestApp): Promise<{ wifi: { id: string; slug: string }; draft: { id: string; slug: string } }> {
  await t.db.execute(sql`insert into departments (id, name) values ('digitales', 'Digitales') on conflict do nothing`);
  const rows = await queryRows<{ id: string; slug: string }>(
    t.db,
    sql`insert into cockpit_measures (slug, title, goal, owner_department_id, starts_on, published) values
      ('freies-wlan-und-freifunk', 'Freies WLAN in der Innenstadt', 'WLAN auf allen Plätzen.', 'digitales', '2025-03-01', true),
      ('digitale-akte', 'Digitale Akte im Bauamt', 'Bauakten elektronisch.', 'digitales', '2027-01-01', false)
      returning id, slug`,
  );
  return { wifi: rows[0]!, draft: rows[1]! };
}
