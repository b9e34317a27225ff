import { eq } from 'drizzle-orm';
import type { Executor } from '../../../../kernel/db';
import { STAFF_ENTRY_PATHS } from '../../paths';
import {
  councilAgendaItems,
  councilConsultations,
  councilMeetings,
  councilMemberships,
  councilOrganizations,
  councilPapers,
  councilPersons,
} from '../../tables';
import type { EntryState } from './access';

/** The kinds of objects staff delete here, by their URL part below /verwaltung/rat. */
export const DELETABLE_KINDS = [
  'gremien',
  'personen',
  'personen/mitgliedschaften',
  'sitzungen',
  'sitzungen/tagesordnung',
  'vorlagen',
  'vorlagen/beratungen',
] as const;
export type DeletableKind = (typeof DELETABLE_KINDS)[number];

export interface Deletable extends EntryState {
  /** How the confirmation page names it ("den Gremium „Rat“" reads badly, so: what and name apart). */
  name: string;
  /** Where to go after the deletion or on "Abbrechen". */
  back: string;
}

interface KindRules {
  /** "das Gremium", for the page's sentences. */
  what: string;
  find: (db: Executor, id: string) => Promise<Deletable | undefined>;
  /** Sets `deleted` (and `modified`) on the object, what it embeds, and moves `modified` of what embeds it. */
  remove: (tx: Executor, id: string, now: Date) => Promise<void>;
}

const gone = { deleted: true };

export const DELETION_RULES: Record<DeletableKind, KindRules> = {
  gremien: {
    what: 'das Gremium',
    find: async (db, id) => {
      const [row] = await db.select().from(councilOrganizations).where(eq(councilOrganizations.id, id));
      return row && { ...row, name: row.name ?? row.slug, back: STAFF_ENTRY_PATHS.gremien };
    },
    remove: async (tx, id, now) => {
      await tx
        .update(councilOrganizations)
        .set({ ...gone, modified: now })
        .where(eq(councilOrganizations.id, id));
      await tx
        .update(councilMemberships)
        .set({ ...gone, modified: now })
        .where(eq(councilMemberships.organizationId, id));
    },
  },
  personen: {
    what: 'die Person',
    find: async (db, id) => {
      const [row] = await db.select().from(councilPersons).where(eq(councilPersons.id, id));
      return row && { ...row, name: row.name ?? '', back: STAFF_ENTRY_PATHS.persons };
    },
    remove: async (tx, id, now) => {
      await tx
        .update(councilPersons)
        .set({ ...gone, modified: now })
        .where(eq(councilPersons.id, id));
      await tx
        .update(councilMemberships)
        .set({ ...gone, modified: now })
        .where(eq(councilMemberships.personId, id));
    },
  },
  'personen/mitgliedschaften': {
    what: 'die Mitgliedschaft',
    find: async (db, id) => {
      const [row] = await db
        .select({ membership: councilMemberships, gremium: councilOrganizations.name })
        .from(councilMemberships)
        .innerJoin(councilOrganizations, eq(councilOrganizations.id, councilMemberships.organizationId))
        .where(eq(councilMemberships.id, id));
      return (
        row && {
          ...row.membership,
          name: `${row.membership.role ?? 'Mitglied'} in ${row.gremium ?? ''}`,
          back: STAFF_ENTRY_PATHS.person(row.membership.personId),
        }
      );
    },
    remove: async (tx, id, now) => {
      const [row] = await tx
        .update(councilMemberships)
        .set({ ...gone, modified: now })
        .where(eq(councilMemberships.id, id))
        .returning();
      await tx.update(councilPersons).set({ modified: now }).where(eq(councilPersons.id, row!.personId));
    },
  },
  sitzungen: {
    what: 'die Sitzung',
    find: async (db, id) => {
      const [row] = await db.select().from(councilMeetings).where(eq(councilMeetings.id, id));
      return row && { ...row, name: row.name ?? '', back: STAFF_ENTRY_PATHS.meetings };
    },
    remove: async (tx, id, now) => {
      await tx
        .update(councilMeetings)
        .set({ ...gone, modified: now })
        .where(eq(councilMeetings.id, id));
      await tx
        .update(councilAgendaItems)
        .set({ ...gone, modified: now })
        .where(eq(councilAgendaItems.meetingId, id));
    },
  },
  'sitzungen/tagesordnung': {
    what: 'den Tagesordnungspunkt',
    find: async (db, id) => {
      const [row] = await db.select().from(councilAgendaItems).where(eq(councilAgendaItems.id, id));
      return row && { ...row, name: [row.number, row.name].filter(Boolean).join(' '), back: STAFF_ENTRY_PATHS.meeting(row.meetingId) };
    },
    remove: async (tx, id, now) => {
      const [row] = await tx
        .update(councilAgendaItems)
        .set({ ...gone, modified: now })
        .where(eq(councilAgendaItems.id, id))
        .returning();
      await tx.update(councilMeetings).set({ modified: now }).where(eq(councilMeetings.id, row!.meetingId));
    },
  },
  vorlagen: {
    what: 'die Vorlage',
    find: async (db, id) => {
      const [row] = await db.select().from(councilPapers).where(eq(councilPapers.id, id));
      return row && { ...row, name: [row.reference, row.name].filter(Boolean).join(' '), back: STAFF_ENTRY_PATHS.papers };
    },
    remove: async (tx, id, now) => {
      await tx
        .update(councilPapers)
        .set({ ...gone, modified: now })
        .where(eq(councilPapers.id, id));
      await tx
        .update(councilConsultations)
        .set({ ...gone, modified: now })
        .where(eq(councilConsultations.paperId, id));
    },
  },
  'vorlagen/beratungen': {
    what: 'die Beratung',
    find: async (db, id) => {
      const [row] = await db.select().from(councilConsultations).where(eq(councilConsultations.id, id));
      if (!row?.paperId) return undefined;
      return { ...row, name: row.role ?? 'Beratung', back: STAFF_ENTRY_PATHS.paper(row.paperId) };
    },
    remove: async (tx, id, now) => {
      const [row] = await tx
        .update(councilConsultations)
        .set({ ...gone, modified: now })
        .where(eq(councilConsultations.id, id))
        .returning();
      await tx.update(councilPapers).set({ modified: now }).where(eq(councilPapers.id, row!.paperId!));
    },
  },
};
