import type { FilterChip } from '../../../kernel/views';
import { PATHS } from '../paths';
import { STATUS_LABELS } from '../workflow';
import type { EventRow } from './repository';
import { inboxQuery, type InboxFilters } from './schemas';

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

/**
 * The active filters of the inbox as removable chips: each links to the list without that one
 * filter, so removing works without JavaScript and every state stays a bookmarkable URL.
 */
export function inboxFilterChips(
  filters: InboxFilters,
  names: { services: ReadonlyMap<string, string>; colleagues: ReadonlyMap<string, string> },
): FilterChip[] {
  const without = (change: Partial<InboxFilters>) => `${PATHS.inbox}${inboxQuery({ ...filters, ...change, page: 1 })}`;
  const chips: FilterChip[] = [];
  if (filters.q) chips.push({ label: `Suche: ${filters.q}`, href: without({ q: undefined }) });
  if (filters.service) chips.push({ label: `Leistung: ${names.services.get(filters.service) ?? filters.service}`, href: without({ service: undefined }) });
  if (filters.status !== 'open') {
    chips.push({ label: `Status: ${filters.status === 'all' ? 'alle' : STATUS_LABELS[filters.status]}`, href: without({ status: 'open' }) });
  }
  if (filters.submittedFrom) chips.push({ label: `Eingang ab ${formatIsoDate(filters.submittedFrom)}`, href: without({ submittedFrom: undefined }) });
  if (filters.submittedTo) chips.push({ label: `Eingang bis ${formatIsoDate(filters.submittedTo)}`, href: without({ submittedTo: undefined }) });
  if (filters.assignee) chips.push({ label: `Bearbeitung: ${assigneeLabel(filters.assignee, names.colleagues)}`, href: without({ assignee: undefined }) });
  if (filters.overdue) chips.push({ label: 'Nur überfällige', href: without({ overdue: false }) });
  return chips;
}

function assigneeLabel(assignee: NonNullable<InboxFilters['assignee']>, colleagues: ReadonlyMap<string, string>): string {
  if (assignee === 'me') return 'mir zugewiesen';
  if (assignee === 'none') return 'niemandem zugewiesen';
  return colleagues.get(assignee.userId) ?? 'unbekannte Person';
}

/** `2026-03-27` → `27.03.2026`, as German readers write dates. */
function formatIsoDate(value: string): string {
  const [year, month, day] = value.split('-');
  return `${day}.${month}.${year}`;
}
