import { STATUS_LABELS } from '../workflow';
import type { EventRow } from './repository';

/** One line of the history, in words, for the detail page and the PDF export. */
export function eventLabel(event: Pick<EventRow, 'kind' | 'toStatus'>): string {
  switch (event.kind) {
    case 'status':
      return event.toStatus ? `Status: ${STATUS_LABELS[event.toStatus as keyof typeof STATUS_LABELS] ?? event.toStatus}` : 'Status geändert';
    case 'assignment':
      return 'Zuweisung';
    case 'note':
      return 'Interne Notiz';
    case 'payment':
      return 'Zahlung';
    case 'bescheid':
      return 'Bescheid erstellt';
  }
}

/** Who may see an entry, said in words (not by colour): internal notes never reach the citizen. */
export function visibilityLabel(event: Pick<EventRow, 'visibleToApplicant'>): string {
  return event.visibleToApplicant ? 'für die antragstellende Person sichtbar' : 'nur intern';
}

export const PAYMENT_STATUS_LABELS: Record<string, string> = {
  created: 'angelegt',
  open: 'offen',
  paid: 'bezahlt',
  failed: 'fehlgeschlagen',
  cancelled: 'abgebrochen',
};

export const PROVIDER_LABELS: Record<string, string> = {
  invoice: 'Rechnung / Überweisung',
  test: 'Testbezahldienst',
};
