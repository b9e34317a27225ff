import { z } from 'zod';
import { enumChoice, isCalendarDate, optionalText, text, isUuid } from '../../../kernel/http';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../workflow';

/** Status filter of the inbox: the open ones (default), every submitted one, or exactly one status. */
export type StatusFilter = 'open' | 'all' | Exclude<ApplicationStatus, 'draft'>;
export type AssigneeFilter = 'me' | 'none' | { userId: string } | undefined;
export type InboxSort = 'due' | 'submitted';

export interface InboxFilters {
  service: string | undefined;
  status: StatusFilter;
  submittedFrom: string | undefined;
  submittedTo: string | undefined;
  assignee: AssigneeFilter;
  overdue: boolean;
  q: string | undefined;
  sort: InboxSort;
  page: number;
}

const SUBMITTED_STATUSES = APPLICATION_STATUSES.filter((status): status is Exclude<ApplicationStatus, 'draft'> => status !== 'draft');

function single(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.trim() ? first.trim() : undefined;
}

/** A bad date filter is ignored like the other bad filters; the database would refuse it. */
function validDate(value: string | undefined): string | undefined {
  return value && isCalendarDate(value) ? value : undefined;
}

/**
 * The inbox filters come from a GET form and links, so they are never an error page: anything
 * unknown or malformed falls back to "no filter" (a bookmarked link keeps working).
 */
export function parseInboxFilters(query: Record<string, unknown>): InboxFilters {
  const status = single(query.status);
  const assignee = single(query.bearbeitung);
  return {
    service: single(query.leistung)?.slice(0, 200),
    status: status === 'all' || (SUBMITTED_STATUSES as string[]).includes(status ?? '') ? (status as StatusFilter) : 'open',
    submittedFrom: validDate(single(query.von)),
    submittedTo: validDate(single(query.bis)),
    assignee: assignee === 'me' || assignee === 'none' ? assignee : assignee && isUuid(assignee) ? { userId: assignee } : undefined,
    overdue: single(query.ueberfaellig) === 'ja',
    q: single(query.q)?.slice(0, 200),
    sort: single(query.sortierung) === 'eingang' ? 'submitted' : 'due',
    page: Math.min(Math.max(1, Number.parseInt(single(query.seite) ?? '1', 10) || 1), 10_000),
  };
}

/** The query string of the filters (the pagination links and the form keep them). */
export function inboxQuery(filters: InboxFilters, page = filters.page): string {
  const query = new URLSearchParams();
  if (filters.service) query.set('leistung', filters.service);
  if (filters.status !== 'open') query.set('status', filters.status);
  if (filters.submittedFrom) query.set('von', filters.submittedFrom);
  if (filters.submittedTo) query.set('bis', filters.submittedTo);
  if (filters.assignee) query.set('bearbeitung', typeof filters.assignee === 'string' ? filters.assignee : filters.assignee.userId);
  if (filters.overdue) query.set('ueberfaellig', 'ja');
  if (filters.q) query.set('q', filters.q);
  if (filters.sort === 'submitted') query.set('sortierung', 'eingang');
  if (page > 1) query.set('seite', String(page));
  const search = query.toString();
  return search ? `?${search}` : '';
}

export const AssignSchema = z.object({
  assignee: z.string({ error: 'Wählen Sie aus, wer den Antrag bearbeitet.' }).refine(isUuid, { error: 'Wählen Sie aus, wer den Antrag bearbeitet.' }),
});

/** Rückfrage and Ablehnung tell the citizen why: the reason is required there, optional otherwise. */
export const REASON_REQUIRED: readonly ApplicationStatus[] = ['awaiting_citizen', 'rejected'];

export const StatusChangeSchema = z
  .object({
    status: enumChoice(
      SUBMITTED_STATUSES as [Exclude<ApplicationStatus, 'draft'>, ...Exclude<ApplicationStatus, 'draft'>[]],
      'Wählen Sie den neuen Status aus.',
    ),
    reason: optionalText('Die Begründung', 5000),
  })
  .superRefine((value, context) => {
    if (REASON_REQUIRED.includes(value.status) && !value.reason) {
      const what = value.status === 'rejected' ? 'warum der Antrag abgelehnt wird' : 'was die antragstellende Person tun soll';
      context.addIssue({ code: 'custom', path: ['reason'], message: `Geben Sie an, ${what}.` });
    }
  });

export const NoteSchema = z.object({ note: text('die Notiz', { max: 5000 }) });

export const MessageSchema = z.object({
  subject: text('einen Betreff', { max: 200 }),
  body: text('den Text der Nachricht', { max: 10_000 }),
});

export const BESCHEID_DECISIONS = ['approved', 'rejected'] as const;
export const BescheidSchema = z.object({
  decision: enumChoice(BESCHEID_DECISIONS, 'Wählen Sie aus, ob der Antrag bewilligt oder abgelehnt wird.'),
  reasoning: text('die Begründung des Bescheids', { max: 20_000 }),
});

export const MarkPaidSchema = z.object({
  payment: z.string({ error: 'Wählen Sie die Zahlung aus.' }).refine(isUuid, { error: 'Wählen Sie die Zahlung aus.' }),
});
