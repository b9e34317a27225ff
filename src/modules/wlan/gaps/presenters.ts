import type { TagKind } from '../../../kernel/views';
import type { GapState } from '../tables';

/** The states as staff and the public read them. */
export const STATE_LABELS: Record<GapState, string> = {
  new: 'Neu',
  confirmed: 'Bestätigt',
  planned: 'Geplant',
  resolved: 'Behoben',
  rejected: 'Abgelehnt',
};

export const STATE_KINDS: Record<GapState, TagKind> = {
  new: 'info',
  confirmed: 'warning',
  planned: 'neutral',
  resolved: 'success',
  rejected: 'danger',
};

/** Staff confirmed these: only they appear on the public heat map. */
export const PUBLIC_STATES = ['confirmed', 'planned', 'resolved'] as const satisfies readonly GapState[];

/** Closed reports: the contact data go a configurable time after this. */
export const CLOSED_STATES: readonly GapState[] = ['resolved', 'rejected'];

export const REFERENCE_PATTERN = /^WLAN-\d{4}-\d{4,6}$/;

export function formatGapReference(year: number, number: number): string {
  return `WLAN-${year}-${String(number).padStart(4, '0')}`;
}
