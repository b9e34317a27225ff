import type { TagKind } from '../../kernel/views';

/**
 * The status workflow of an Antrag: eingegangen → in Bearbeitung → Rückfrage (the citizen must
 * act) → abgeschlossen (bewilligt / abgelehnt), or zurückgezogen by the citizen.
 */
export const APPLICATION_STATUSES = ['draft', 'submitted', 'in_progress', 'awaiting_citizen', 'approved', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  draft: 'Entwurf',
  submitted: 'Eingegangen',
  in_progress: 'In Bearbeitung',
  awaiting_citizen: 'Rückfrage',
  approved: 'Bewilligt',
  rejected: 'Abgelehnt',
  withdrawn: 'Zurückgezogen',
};

export const STATUS_TAGS: Record<ApplicationStatus, TagKind> = {
  draft: 'neutral',
  submitted: 'info',
  in_progress: 'info',
  awaiting_citizen: 'warning',
  approved: 'success',
  rejected: 'danger',
  withdrawn: 'neutral',
};

export const CLOSED_STATUSES: readonly ApplicationStatus[] = ['approved', 'rejected', 'withdrawn'];
export const OPEN_STATUSES: readonly ApplicationStatus[] = ['submitted', 'in_progress', 'awaiting_citizen'];

/** Transitions staff may make; withdrawing is the citizen's (any open status → withdrawn). */
export const STAFF_TRANSITIONS: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  draft: [],
  submitted: ['in_progress', 'awaiting_citizen', 'approved', 'rejected'],
  in_progress: ['awaiting_citizen', 'approved', 'rejected'],
  awaiting_citizen: ['in_progress', 'approved', 'rejected'],
  approved: [],
  rejected: [],
  withdrawn: [],
};

export function isClosed(status: ApplicationStatus): boolean {
  return CLOSED_STATUSES.includes(status);
}

export function mayStaffMove(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return STAFF_TRANSITIONS[from].includes(to);
}

export function mayWithdraw(status: ApplicationStatus): boolean {
  return OPEN_STATUSES.includes(status);
}
