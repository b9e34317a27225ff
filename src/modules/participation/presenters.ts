import type { TagKind } from '../../kernel/views';
import type { IdeaStatus, Visibility } from './tables';

export const IDEA_STATUS_LABELS: Record<IdeaStatus, string> = {
  submitted: 'Eingereicht',
  in_review: 'In Prüfung',
  adopted: 'Aufgegriffen',
  implemented: 'Umgesetzt',
  rejected: 'Abgelehnt',
};

export const IDEA_STATUS_TAGS: Record<IdeaStatus, TagKind> = {
  submitted: 'neutral',
  in_review: 'info',
  adopted: 'info',
  implemented: 'success',
  rejected: 'danger',
};

export const VISIBILITY_LABELS: Record<Visibility, string> = {
  pending: 'Wartet auf Freigabe',
  published: 'Veröffentlicht',
  hidden: 'Ausgeblendet',
};

/** What the public reads in place of a hidden contribution. */
export const HIDDEN_NOTE = 'Dieser Beitrag wurde vom Moderationsteam ausgeblendet.';
export const DELETED_NOTE = 'Dieser Kommentar wurde von der Person gelöscht, die ihn geschrieben hat.';

/** The name beside an idea: as chosen at submission, "anonym", or "gelöschtes Konto" once the account is gone. */
export function ideaAuthorLabel(idea: { showName: boolean; authorName: string | null }): string {
  if (!idea.showName) return 'anonym';
  return idea.authorName ?? 'gelöschtes Konto';
}

export function commentAuthorLabel(comment: { authorName: string | null }): string {
  return comment.authorName ?? 'gelöschtes Konto';
}

export function supportLabel(count: number): string {
  return count === 1 ? '1 Unterstützung' : `${count.toLocaleString('de-DE')} Unterstützungen`;
}

/** The banner after "Vorschlag einreichen". */
export function submittedMessage(published: boolean): string {
  return published
    ? 'Vielen Dank! Ihr Vorschlag ist veröffentlicht.'
    : 'Vielen Dank! Ihr Vorschlag ist eingegangen. Das Moderationsteam gibt ihn frei, meist innerhalb eines Arbeitstages. Bis dahin sehen nur Sie ihn.';
}
