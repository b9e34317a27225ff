import { asc, eq } from 'drizzle-orm';
import type { OpenDatasetDeclaration } from '../../kernel/module';
import { IDEA_STATUS_LABELS } from './presenters';
import { measureChoices } from './repository/measures';
import { participationIdeas } from './tables';

/**
 * "Vorschläge der Bürgerinnen und Bürger" as open data: the published ideas without any personal data
 * (no author, no text: a text may name people; the title is what the moderation released as the
 * idea's public name), with status, support, the linked measure and dates.
 */
export const ideasOpenData: OpenDatasetDeclaration = {
  name: 'vorschlaege-digitalisierung',
  title: 'Vorschläge der Bürgerinnen und Bürger zur Digitalisierung',
  description:
    'Die veröffentlichten Vorschläge aus „Mitmachen“ im Stadtportal: Titel, Stand (eingereicht, in Prüfung, aufgegriffen, umgesetzt, abgelehnt), Zahl der Unterstützungen, die Maßnahme der Digitalisierungsstrategie, der sie zugeordnet sind, und die Daten von Einreichung und Antwort. Ohne Namen und ohne Texte der Beteiligten.',
  madeFrom: 'den Vorschlägen auf „Mitmachen“',
  theme: 'GOVE',
  keywords: ['Bürgerbeteiligung', 'Vorschläge', 'Digitalisierung', 'Smart City'],
  rows: async ({ db }) => {
    const [ideas, measures] = await Promise.all([
      db
        .select({
          title: participationIdeas.title,
          status: participationIdeas.status,
          supportCount: participationIdeas.supportCount,
          measureId: participationIdeas.measureId,
          createdAt: participationIdeas.createdAt,
          answeredAt: participationIdeas.answeredAt,
        })
        .from(participationIdeas)
        .where(eq(participationIdeas.visibility, 'published'))
        .orderBy(asc(participationIdeas.createdAt), participationIdeas.id),
      measureChoices(db),
    ]);
    const byId = new Map(measures.map((measure) => [measure.id, measure]));
    return ideas.map((idea) => {
      const measure = idea.measureId ? byId.get(idea.measureId) : undefined;
      // No id and no page address: both carry the idea's uuid, and the open-data contract refuses uuids
      // in rows (one could be a person's account id).
      return {
        titel: idea.title,
        stand: IDEA_STATUS_LABELS[idea.status],
        unterstuetzungen: idea.supportCount,
        massnahme: measure?.slug ?? null,
        massnahme_titel: measure?.title ?? null,
        eingereicht_am: idea.createdAt.toISOString().slice(0, 10),
        beantwortet_am: idea.answeredAt ? idea.answeredAt.toISOString().slice(0, 10) : null,
      };
    });
  },
};
